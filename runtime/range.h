// Python range objects: start, stop, step and the precomputed length (CPython's formula), so that
// len(), indexing, `in` and iteration are O(1) per step. Immutable after creation.
#pragma once

#include "runtime/object.h"

namespace fastjit::rt {

struct RangeObject : Object {
  int64_t start;
  int64_t stop;
  int64_t step;    // never 0
  int64_t length;  // number of elements, >= 0
};

inline bool isRange(const Value &v) { return v.isObject(ObjKind::Range); }
inline RangeObject *asRange(const Value &v) { return static_cast<RangeObject *>(v.asObject()); }

// step == 0 raises ValueError "range() arg 3 must not be zero".
Value makeRange(int64_t start, int64_t stop, int64_t step);
// Number of elements of range(start, stop, step), step != 0 (no overflow for any int64 inputs).
int64_t rangeLength(int64_t start, int64_t stop, int64_t step);
// The i-th element, 0 <= i < length.
// Unsigned arithmetic: the product may not fit even when the element does.
inline int64_t rangeItem(const RangeObject *r, int64_t i) {
  return int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step));
}

}  // namespace fastjit::rt
