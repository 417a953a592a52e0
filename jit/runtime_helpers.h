// The C-ABI functions compiled code calls: thin wrappers over runtime/ (numeric.h, list.h, ops.h,
// errors.h) with plain scalar/pointer signatures that LLVM IR can declare. They hold no semantics
// of their own: each forwards to the one runtime implementation of its rule, so compiled slow
// paths behave exactly like the interpreter.
//
// Conventions: an int32_t result is 0 on success and -1 with a Python exception pending;
// a pointer result is nullptr with an exception pending. Codegen declares each with the same name
// and types (jit/codegen_runtime.cpp); jit/runtime_symbols.cpp lists their addresses.
#pragma once

#include <cstdint>

namespace fastjit::rt {
class Value;
}

extern "C" {

// Numeric errors raised through runtime/numeric.h so each message is written once.
enum FjNumericError : int32_t {
  FJ_INT_OVERFLOW = 0,       // OverflowError "integer overflow"
  FJ_INT_DIV_ZERO = 1,       // "integer division or modulo by zero"
  FJ_INT_MOD_ZERO = 2,       // "integer modulo by zero"
  FJ_FLOAT_FLOORDIV_ZERO = 3,
  FJ_FLOAT_MOD_ZERO = 4,
  FJ_FLOAT_DIV_ZERO = 5,     // "float division by zero"
};

// The call depth shared by compiled frames; RecursionError past fj_recursion_limit.
extern int64_t fj_call_depth;
extern int64_t fj_recursion_limit;

void fj_raise(int32_t excType, const char *message);  // message may be null
void fj_raise_numeric(int32_t which);
void fj_raise_recursion();
void fj_traceback(const char *file, int32_t line, const char *function);
void fj_destroy(void *object);

int32_t fj_int_pow(int64_t a, int64_t b, int64_t *out);
int32_t fj_int_truediv(int64_t a, int64_t b, double *out);
int32_t fj_int_lshift(int64_t a, int64_t b, int64_t *out);
int32_t fj_int_rshift(int64_t a, int64_t b, int64_t *out);
int32_t fj_float_floordiv(double a, double b, double *out);
int32_t fj_float_mod(double a, double b, double *out);
int32_t fj_float_pow(double a, double b, double *out);
int32_t fj_complex_div(double ar, double ai, double br, double bi, double *out2);
int32_t fj_complex_abs(double re, double im, double *out);
int32_t fj_compare_int_float(int64_t i, double f);  // -1, 0, 1, or 2 (unordered)
int32_t fj_float_to_int(double f, int64_t *out);

// math module functions on unboxed numbers (runtime/math_functions.h; jit/codegen_modules.cpp):
// 0, or -1 with the exception pending. fj_math1's fn is an rt::MathFn1; fj_math2's code is
// 0 atan2(x, y), 1 pow, 2 fmod, 3 log(x, base), 4 hypot, 5 copysign; fj_math_to_int's is
// 0 floor, 1 ceil, 2 trunc.
int32_t fj_math1(int32_t fn, double x, double *out);
int32_t fj_math_log_int(int64_t x, double *out);
int32_t fj_math2(int32_t code, double x, double y, double *out);
int32_t fj_math_to_int(int32_t code, double x, int64_t *out);

void *fj_list_new(int64_t reserve);
void *fj_list_repeat(void *list, int64_t times);
void *fj_list_concat(void *a, void *b);
int32_t fj_list_append(void *list, const fastjit::rt::Value *v);
int32_t fj_list_set(void *list, int64_t index, const fastjit::rt::Value *v);
// random.random() on the random module's generator (runtime/random_mt.h): the same stream.
double fj_random_random();
// random.randint(a, b) on the same generator: 0, or -1 with ValueError pending.
int32_t fj_random_randint(int64_t a, int64_t b, int64_t *out);
// The generator's address: compiled code inlines random() on it while two untwisted words are
// left, and calls fj_random_random otherwise.
void *fj_random_generator();

void *fj_make_tuple(const fastjit::rt::Value *items, int64_t n);

// Calls any callable through rt::call; *out receives the result (a new Value constructed in raw
// memory). Returns 0, or -1 with the exception pending.
int32_t fj_call(const fastjit::rt::Value *callee, const fastjit::rt::Value *args, int64_t n,
                fastjit::rt::Value *out);
// RuntimeError "fastjit: compiled code met an unexpected type for <what>": only where compiled
// code cannot deoptimize (jit/codegen_deopt.cpp: a live value it cannot box) and for results
// inference proves (int ** int with a non-negative exponent).
void fj_raise_unexpected_type(const char *what);

// Deoptimization of compiled functions (jit/deopt.h, defined in jit/deopt.cpp). `site` is a
// jit::DeoptSite: its registers' words follow as variadic int64_t, boxed into a fresh interpreter
// register file for site->fn; *value (an owned Value, or null) goes to site->dst; the interpreter
// then runs the rest of the call from (site->block, site->inst). 0: the result is in *out (raw
// memory, an owned Value); -1: an exception is pending with this frame's traceback line added.
int32_t fj_deopt(const void *site, fastjit::rt::Value *value, fastjit::rt::Value *out, ...);
// A deoptimized call's result of another type than its specialization's: the callee moves it
// here (*v owned) and returns `failed` with no exception pending; its caller takes it (1, *out
// raw memory receiving it) or finds none (0: a real exception).
void fj_deopt_set_result(fastjit::rt::Value *v);
int32_t fj_deopt_take_result(fastjit::rt::Value *out);
// *slot = *v, moving v's reference (a module loop's register file receiving a call's result).
void fj_move_value(fastjit::rt::Value *slot, fastjit::rt::Value *v);

// Module-level loop regions (jit/codegen_region.cpp) read and write the interpreter's Values.
// *slot = *v (a copy: objects gain a reference; the slot's old value is released).
void fj_store_value(fastjit::rt::Value *slot, const fastjit::rt::Value *v);
// The list and the next index of a list iterator (*v is one): the list is borrowed.
void *fj_unbox_list_iter(const fastjit::rt::Value *v, int64_t *index);
// Leaves a list iterator over `list` at `index` in *slot: the iterator already there when it
// iterates that list, else a new one. 0, or -1 with MemoryError pending.
int32_t fj_store_list_iter(fastjit::rt::Value *slot, void *list, int64_t index);
int32_t fj_store_tuple_iter(fastjit::rt::Value *slot, void *tuple, int64_t index);

}  // extern "C"
