// The C-ABI helpers behind compiled code's generic operations (jit/codegen_dynamic.cpp): one per
// IR instruction that inference left dynamic. Each forwards to the runtime function the
// interpreter calls for the same instruction (runtime/ops.h, runtime/instructions.h,
// runtime/function.h), so compiled and interpreted code share every rule and every message.
//
// Conventions: Value pointers are borrowed; `out` parameters are raw memory that receives a new
// (owned) Value on success. int32_t results are 0 on success and -1 with a Python exception
// pending; predicates return 1 / 0, or -1 on error.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fastjit::rt {
class Value;
struct KeywordNames;
}

extern "C" {

using FjValue = fastjit::rt::Value;

int32_t fj_dyn_binary(int32_t op, int32_t inplace, const FjValue *a, const FjValue *b, FjValue *out);
int32_t fj_dyn_unary(int32_t op, const FjValue *a, FjValue *out);
int32_t fj_dyn_compare(int32_t op, const FjValue *a, const FjValue *b);  // 1, 0, -1
int32_t fj_dyn_truthy(const FjValue *a);                                // 1, 0, -1
int32_t fj_dyn_getitem(const FjValue *c, const FjValue *i, FjValue *out);
int32_t fj_dyn_setitem(const FjValue *c, const FjValue *i, const FjValue *v);
int32_t fj_dyn_delitem(const FjValue *c, const FjValue *i);
int32_t fj_dyn_getslice(const FjValue *c, const FjValue *start, const FjValue *stop,
                        const FjValue *step, FjValue *out);
int32_t fj_dyn_getattr(const FjValue *o, const char *name, FjValue *out);
int32_t fj_dyn_call(const FjValue *callee, const FjValue *args, int64_t n,
                    const fastjit::rt::KeywordNames *kw, FjValue *out);
int32_t fj_dyn_call_method(const FjValue *self, const char *name, const FjValue *args, int64_t n,
                           const fastjit::rt::KeywordNames *kw, FjValue *out);
// LoadGlobal / StoreGlobal on the module's global table (slot: its address).
int32_t fj_dyn_load_global(const FjValue *slot, const char *name, FjValue *out);
void fj_dyn_store_global(FjValue *slot, const FjValue *v);
int32_t fj_dyn_unpack(const FjValue *src, int64_t n, FjValue *outs);
int32_t fj_dyn_format(const FjValue *v, int32_t conversion, const FjValue *spec, FjValue *out);
int32_t fj_dyn_build_string(const FjValue *pieces, int64_t n, FjValue *out);
int32_t fj_dyn_get_iter(const FjValue *c, FjValue *out);
int32_t fj_dyn_iter_next(const FjValue *it, FjValue *out);  // 1 item, 0 exhausted, -1
int32_t fj_dyn_range_init(const FjValue *callee, const FjValue *args, int64_t n, FjValue *out3);
// 1: *item and *next (the new cur) written; 0: loop over; -1 error.
int32_t fj_dyn_range_next(const FjValue *cur, const FjValue *stop, const FjValue *step,
                          FjValue *item, FjValue *next);
void fj_dyn_raise_assert(const FjValue *message);  // message may be null

}  // extern "C"

namespace fastjit::jit {
struct RuntimeSymbol;
// The helpers above, for the engine's symbol table (jit/runtime_symbols.cpp).
const RuntimeSymbol *dynamicRuntimeSymbols(size_t &count);
}  // namespace fastjit::jit
