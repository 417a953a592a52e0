// The generic helpers of jit/runtime_dynamic.h. No Python rule is decided here: each function
// converts between the C ABI and rt::Value and calls the runtime function the interpreter calls
// for the same instruction (runtime/interp/interpreter.cpp and support.cpp).
#include "jit/runtime_dynamic.h"

#include "jit/engine.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/instructions.h"
#include "runtime/modules.h"
#include "runtime/ops.h"
#include "runtime/str.h"

#include <new>

using namespace fastjit::rt;

namespace {

// Moves a result into raw memory: 0, or -1 when it is the error marker.
int32_t put(Value &&v, Value *out) {
  if (v.isError()) return -1;
  new (out) Value(std::move(v));
  return 0;
}

}  // namespace

extern "C" {

int32_t fj_dyn_binary(int32_t op, int32_t inplace, const Value *a, const Value *b, Value *out) {
  return put(inplace ? inplaceOp(BinaryOp(op), *a, *b) : binaryOp(BinaryOp(op), *a, *b), out);
}

int32_t fj_dyn_unary(int32_t op, const Value *a, Value *out) { return put(unaryOp(UnaryOp(op), *a), out); }

int32_t fj_dyn_compare(int32_t op, const Value *a, const Value *b) {
  // As the interpreter's slow comparison: the generic result, then its truth value.
  Value r = compare(CompareOp(op), *a, *b);
  if (r.isError()) return -1;
  return truthy(r);
}

int32_t fj_dyn_truthy(const Value *a) { return truthy(*a); }

int32_t fj_dyn_getitem(const Value *c, const Value *i, Value *out) { return put(getItem(*c, *i), out); }
int32_t fj_dyn_setitem(const Value *c, const Value *i, const Value *v) { return setItem(*c, *i, *v) < 0 ? -1 : 0; }
int32_t fj_dyn_delitem(const Value *c, const Value *i) { return delItem(*c, *i) < 0 ? -1 : 0; }

int32_t fj_dyn_getslice(const Value *c, const Value *start, const Value *stop, const Value *step,
                        Value *out) {
  return put(getSlice(*c, *start, *stop, *step), out);
}

int32_t fj_dyn_getattr(const Value *o, const char *name, Value *out) { return put(getAttr(*o, name), out); }

int32_t fj_dyn_call(const Value *callee, const Value *args, int64_t n, const KeywordNames *kw,
                    Value *out) {
  return put(call(*callee, args, size_t(n), kw), out);
}

int32_t fj_dyn_call_method(const Value *self, const char *name, const Value *args, int64_t n,
                           const KeywordNames *kw, Value *out) {
  if (isModule(*self)) {  // math.floor(x), time.perf_counter(): the member, then the call
    Value member = getAttr(*self, name);
    if (member.isError()) return -1;
    return put(call(member, args, size_t(n), kw), out);
  }
  return put(callMethod(*self, name, args, size_t(n), kw), out);
}

int32_t fj_dyn_load_global(const Value *slot, const char *name, Value *out) {
  if (!slot->isError()) return put(Value(*slot), out);
  return put(builtinOrNameError(name), out);
}

void fj_dyn_store_global(Value *slot, const Value *v) { *slot = *v; }

int32_t fj_dyn_unpack(const Value *src, int64_t n, Value *outs) {
  for (int64_t i = 0; i < n; ++i) new (&outs[i]) Value();
  if (unpackSequence(*src, n, outs)) return 0;
  for (int64_t i = 0; i < n; ++i) outs[i].~Value();
  return -1;
}

int32_t fj_dyn_format(const Value *v, int32_t conversion, const Value *spec, Value *out) {
  return put(formatPiece(*v, conversion, spec ? strView(*spec) : std::string_view()), out);
}

int32_t fj_dyn_build_string(const Value *pieces, int64_t n, Value *out) {
  return put(concatStrings(pieces, size_t(n)), out);
}

int32_t fj_dyn_get_iter(const Value *c, Value *out) { return put(getIter(*c), out); }

int32_t fj_dyn_iter_next(const Value *it, Value *out) {
  Value item;
  int r = iterNext(*it, item);
  if (r == 1) new (out) Value(std::move(item));
  return r;
}

int32_t fj_dyn_range_init(const Value *callee, const Value *args, int64_t n, Value *out3) {
  Value out[3];
  if (!forRangeInit(*callee, args, size_t(n), out)) return -1;
  for (int i = 0; i < 3; ++i) new (&out3[i]) Value(std::move(out[i]));
  return 0;
}

int32_t fj_dyn_range_next(const Value *cur, const Value *stop, const Value *step, Value *item,
                          Value *next) {
  Value c = *cur, v;
  int r = forRangeNext(c, *stop, *step, v);
  if (r == 1) {
    new (item) Value(std::move(v));
    new (next) Value(std::move(c));
  }
  return r;
}

void fj_dyn_raise_assert(const Value *message) { raiseAssertion(message); }

}  // extern "C"

namespace fastjit::jit {

const RuntimeSymbol *dynamicRuntimeSymbols(size_t &count) {
#define FJ_SYMBOL(name) {#name, reinterpret_cast<void *>(&name)}
  static const RuntimeSymbol symbols[] = {
      FJ_SYMBOL(fj_dyn_binary),      FJ_SYMBOL(fj_dyn_unary),       FJ_SYMBOL(fj_dyn_compare),
      FJ_SYMBOL(fj_dyn_truthy),      FJ_SYMBOL(fj_dyn_getitem),     FJ_SYMBOL(fj_dyn_setitem),
      FJ_SYMBOL(fj_dyn_delitem),     FJ_SYMBOL(fj_dyn_getslice),    FJ_SYMBOL(fj_dyn_getattr),
      FJ_SYMBOL(fj_dyn_call),        FJ_SYMBOL(fj_dyn_call_method), FJ_SYMBOL(fj_dyn_load_global),
      FJ_SYMBOL(fj_dyn_store_global), FJ_SYMBOL(fj_dyn_unpack),     FJ_SYMBOL(fj_dyn_format),
      FJ_SYMBOL(fj_dyn_build_string), FJ_SYMBOL(fj_dyn_get_iter),   FJ_SYMBOL(fj_dyn_iter_next),
      FJ_SYMBOL(fj_dyn_range_init),  FJ_SYMBOL(fj_dyn_range_next),  FJ_SYMBOL(fj_dyn_raise_assert),
  };
#undef FJ_SYMBOL
  count = sizeof(symbols) / sizeof(symbols[0]);
  return symbols;
}

}  // namespace fastjit::jit
