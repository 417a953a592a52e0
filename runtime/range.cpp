// range objects: creation with CPython's length formula, computed in unsigned arithmetic so that
// no start/stop/step combination overflows.
#include "runtime/range.h"

#include "runtime/errors.h"

namespace fastjit::rt {

int64_t rangeLength(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) {
    if (start >= stop) return 0;
    return int64_t(1 + (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step));
  }
  if (start <= stop) return 0;
  return int64_t(1 + (uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)));
}

Value makeRange(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return raise(ExcType::ValueError, "range() arg 3 must not be zero");
  auto *r = static_cast<RangeObject *>(allocBytes(sizeof(RangeObject)));
  if (!r) return Value::error();
  r->refcount = 1;
  r->kind = ObjKind::Range;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = rangeLength(start, stop, step);
  return Value::adopt(r);
}

}  // namespace fastjit::rt
