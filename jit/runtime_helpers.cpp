// Implementations of the C-ABI helpers of jit/runtime_helpers.h: each one forwards to runtime/ and
// converts between plain scalars/pointers and rt::Value. No Python rule is decided here.
#include "jit/runtime_helpers.h"

#include "runtime/errors.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/math_functions.h"
#include "runtime/numeric.h"
#include "runtime/ops.h"
#include "runtime/random_mt.h"
#include "runtime/tuple.h"

#include <cstddef>
#include <cstring>
#include <new>

using namespace fastjit::rt;

// Offsets compiled code relies on (jit/codegen_ops.cpp reads them). ListObject derives from Object,
// so it is not standard-layout, but its layout is fixed (list.h) and clang computes it exactly.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(ListObject, storage) == 16);
static_assert(offsetof(ListObject, size) == 24);
static_assert(offsetof(ListObject, data) == 40);
#pragma clang diagnostic pop
static_assert(sizeof(TupleObject) == 24);


extern "C" {

int64_t fj_call_depth = 0;
int64_t fj_recursion_limit = 1000;

void fj_raise(int32_t excType, const char *message) {
  raise(ExcType(excType), message ? std::string(message) : std::string());
}

void fj_raise_numeric(int32_t which) {
  double d;
  switch (which) {
  case FJ_INT_OVERFLOW: raiseIntegerOverflow(); break;
  case FJ_INT_DIV_ZERO: raiseIntDivByZero(); break;
  case FJ_INT_MOD_ZERO: raiseIntModByZero(); break;
  case FJ_FLOAT_FLOORDIV_ZERO: raiseFloatFloorDivByZero(); break;
  case FJ_FLOAT_MOD_ZERO: raiseFloatModByZero(); break;
  case FJ_FLOAT_DIV_ZERO: floatTrueDiv(1.0, 0.0, d); break;  // raises its own message
  default: raise(ExcType::RuntimeError, "fastjit: unknown numeric error");
  }
}

void fj_raise_recursion() { raise(ExcType::RecursionError, "maximum recursion depth exceeded"); }

void fj_traceback(const char *file, int32_t line, const char *function) {
  addTraceback(file, line, function);
}

void fj_destroy(void *object) { destroyObject(static_cast<Object *>(object)); }

int32_t fj_int_pow(int64_t a, int64_t b, int64_t *out) {
  Value r = intPow(a, b);
  if (r.isError()) return -1;
  if (!r.isInt()) {
    fj_raise_unexpected_type("int ** int");
    return -1;
  }
  *out = r.asInt();
  return 0;
}

int32_t fj_int_truediv(int64_t a, int64_t b, double *out) { return intTrueDiv(a, b, *out) ? 0 : -1; }
int32_t fj_int_lshift(int64_t a, int64_t b, int64_t *out) { return intLShift(a, b, *out) ? 0 : -1; }
int32_t fj_int_rshift(int64_t a, int64_t b, int64_t *out) { return intRShift(a, b, *out) ? 0 : -1; }
int32_t fj_float_floordiv(double a, double b, double *out) {
  return floatFloorDiv(a, b, *out) ? 0 : -1;
}
int32_t fj_float_mod(double a, double b, double *out) { return floatMod(a, b, *out) ? 0 : -1; }

int32_t fj_float_pow(double a, double b, double *out) {
  Value r = floatPow(a, b);
  if (r.isError()) return -1;
  if (!r.isFloat()) {
    fj_raise_unexpected_type("float ** float");
    return -1;
  }
  *out = r.asFloat();
  return 0;
}

int32_t fj_math1(int32_t fn, double x, double *out) {
  return math1(MathFn1(fn), x, *out) ? 0 : -1;
}
int32_t fj_math_log_int(int64_t x, double *out) { return mathLogInt(x, *out) ? 0 : -1; }
int32_t fj_math2(int32_t code, double x, double y, double *out) {
  switch (code) {
  case 0: return mathAtan2(x, y, *out) ? 0 : -1;
  case 1: return mathPow(x, y, *out) ? 0 : -1;
  case 2: return mathFmod(x, y, *out) ? 0 : -1;
  case 3: return mathLogBase(x, y, *out) ? 0 : -1;
  case 4: {
    const double coords[2] = {x, y};
    return mathHypot(coords, 2, *out) ? 0 : -1;
  }
  default: *out = mathCopysign(x, y); return 0;
  }
}
int32_t fj_math_to_int(int32_t code, double x, int64_t *out) {
  bool ok = code == 0 ? mathFloor(x, *out) : code == 1 ? mathCeil(x, *out) : mathTrunc(x, *out);
  return ok ? 0 : -1;
}

int32_t fj_complex_div(double ar, double ai, double br, double bi, double *out2) {
  Complex q;
  if (!complexDiv({ar, ai}, {br, bi}, q)) return -1;
  out2[0] = q.re;
  out2[1] = q.im;
  return 0;
}

int32_t fj_complex_abs(double re, double im, double *out) {
  return complexAbs({re, im}, *out) ? 0 : -1;
}

int32_t fj_compare_int_float(int64_t i, double f) { return compareIntFloat(i, f); }
int32_t fj_float_to_int(double f, int64_t *out) { return floatToInt(f, *out) ? 0 : -1; }

void *fj_list_new(int64_t reserve) {
  Value v = makeList(reserve);
  return v.isError() ? nullptr : v.release_object();
}

void *fj_list_repeat(void *list, int64_t times) {
  Value v = listRepeat(static_cast<ListObject *>(list), times);
  return v.isError() ? nullptr : v.release_object();
}

void *fj_list_concat(void *a, void *b) {
  Value v = listConcat(static_cast<ListObject *>(a), static_cast<ListObject *>(b));
  return v.isError() ? nullptr : v.release_object();
}

int32_t fj_list_append(void *list, const Value *v) {
  return listAppend(static_cast<ListObject *>(list), *v);
}

int32_t fj_list_set(void *list, int64_t index, const Value *v) {
  return listSet(static_cast<ListObject *>(list), index, *v);
}

double fj_random_random() { return globalRandom().random(); }
void *fj_random_generator() { return &globalRandom(); }
int32_t fj_random_randint(int64_t a, int64_t b, int64_t *out) {
  return globalRandom().randint(a, b, *out) ? 0 : -1;
}

void *fj_make_tuple(const Value *items, int64_t n) {
  Value v = makeTuple(items, n);
  return v.isError() ? nullptr : v.release_object();
}

int32_t fj_call(const Value *callee, const Value *args, int64_t n, Value *out) {
  Value r = call(*callee, args, size_t(n), nullptr);
  if (r.isError()) return -1;
  new (out) Value(std::move(r));
  return 0;
}

void fj_raise_unexpected_type(const char *what) {
  // Compiled code specialised on a type that no longer holds and cannot continue (where it
  // cannot deoptimize, runtime_helpers.h): say so rather than compute a wrong result.
  raise(ExcType::RuntimeError,
        std::string("fastjit: compiled code met an unexpected type for ") + what);
}


void fj_store_value(Value *slot, const Value *v) { *slot = *v; }

void *fj_unbox_list_iter(const Value *v, int64_t *index) {
  IteratorObject *it = asIterator(*v);
  *index = it->index;
  return it->source.asObject();
}

namespace {
// The interpreter's iterator of `kind` over `source`, positioned at `index`, into *slot (reusing
// the iterator already there when it is the same one).
int32_t storeSeqIterator(Value *slot, IterKind kind, void *source, int64_t index) {
  if (slot->isObject(ObjKind::Iterator)) {
    IteratorObject *it = asIterator(*slot);
    if (it->iterKind == kind && it->source.isObject() && it->source.asObject() == source) {
      it->index = index;
      return 0;
    }
  }
  Value it = makeSeqIterator(kind, Value::borrow(static_cast<Object *>(source)));
  if (it.isError()) return -1;
  asIterator(it)->index = index;
  *slot = std::move(it);
  return 0;
}
}  // namespace

int32_t fj_store_list_iter(Value *slot, void *list, int64_t index) {
  return storeSeqIterator(slot, IterKind::List, list, index);
}
int32_t fj_store_tuple_iter(Value *slot, void *tuple, int64_t index) {
  return storeSeqIterator(slot, IterKind::Tuple, tuple, index);
}

}  // extern "C"
