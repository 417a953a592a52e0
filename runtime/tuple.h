// Python tuple objects: immutable, fixed-size arrays of boxed Values stored inline after the header.
// Tuples are created complete by their factories; nothing may change an element afterwards
// (the one exception is filling a freshly created tuple through items() before it is shared).
#pragma once

#include "runtime/object.h"

namespace fastjit::rt {

struct TupleObject : Object {
  int64_t size;

  Value *items() { return reinterpret_cast<Value *>(this + 1); }
  const Value *items() const { return reinterpret_cast<const Value *>(this + 1); }
};

inline bool isTuple(const Value &v) { return v.isObject(ObjKind::Tuple); }
inline TupleObject *asTuple(const Value &v) { return static_cast<TupleObject *>(v.asObject()); }

// Copies the items. Value::error() with MemoryError pending on failure.
Value makeTuple(const Value *items, int64_t n);
// A tuple of n None items to fill through items() (before it is shared). nullptr on MemoryError.
TupleObject *newTuple(int64_t n);
Value makeTuple2(const Value &a, const Value &b);  // (a, b): enumerate, zip, divmod

Value tupleConcat(const TupleObject *a, const TupleObject *b);
Value tupleRepeat(const TupleObject *t, int64_t times);
Value tupleSlice(const TupleObject *t, int64_t start, int64_t stop, int64_t step, int64_t count);

}  // namespace fastjit::rt
