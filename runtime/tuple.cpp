// tuple objects: creation (items stored inline after the header), concatenation, repetition and
// slicing. A tuple is immutable once it has been handed out.
#include "runtime/tuple.h"

#include "runtime/errors.h"

#include <new>

namespace fastjit::rt {

TupleObject *newTuple(int64_t n) {
  if (n < 0 || n > kMaxContainerBytes / int64_t(sizeof(Value))) {
    raise(ExcType::MemoryError, "");
    return nullptr;
  }
  auto *t = static_cast<TupleObject *>(allocBytes(sizeof(TupleObject) + size_t(n) * sizeof(Value)));
  if (!t) return nullptr;
  t->refcount = 1;
  t->kind = ObjKind::Tuple;
  t->size = n;
  for (int64_t i = 0; i < n; ++i) new (&t->items()[i]) Value();
  return t;
}

Value makeTuple(const Value *items, int64_t n) {
  TupleObject *t = newTuple(n);
  if (!t) return Value::error();
  for (int64_t i = 0; i < n; ++i) t->items()[i] = items[i];
  return Value::adopt(t);
}

Value makeTuple2(const Value &a, const Value &b) {
  TupleObject *t = newTuple(2);
  if (!t) return Value::error();
  t->items()[0] = a;
  t->items()[1] = b;
  return Value::adopt(t);
}

Value tupleConcat(const TupleObject *a, const TupleObject *b) {
  TupleObject *t = newTuple(a->size + b->size);
  if (!t) return Value::error();
  for (int64_t i = 0; i < a->size; ++i) t->items()[i] = a->items()[i];
  for (int64_t i = 0; i < b->size; ++i) t->items()[a->size + i] = b->items()[i];
  return Value::adopt(t);
}

Value tupleRepeat(const TupleObject *src, int64_t times) {
  if (times <= 0) times = 0;
  if (src->size && times > kMaxContainerBytes / int64_t(sizeof(Value)) / src->size)
    return raise(ExcType::MemoryError, "");
  if (times == 1) return Value::borrow(const_cast<TupleObject *>(src));
  TupleObject *t = newTuple(src->size * times);
  if (!t) return Value::error();
  for (int64_t k = 0, j = 0; k < times; ++k)
    for (int64_t i = 0; i < src->size; ++i, ++j) t->items()[j] = src->items()[i];
  return Value::adopt(t);
}

Value tupleSlice(const TupleObject *src, int64_t start, int64_t stop, int64_t step, int64_t count) {
  if (count < 0) count = 0;
  if (step == 1 && start == 0 && count == src->size)
    return Value::borrow(const_cast<TupleObject *>(src));
  TupleObject *t = newTuple(count);
  if (!t) return Value::error();
  for (int64_t i = 0, j = start; i < count; ++i, j += step) t->items()[i] = src->items()[j];
  return Value::adopt(t);
}

}  // namespace fastjit::rt
