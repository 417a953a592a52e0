// Subscripts of ops.h: x[i], x[i] = v, del x[i] and x[a:b:c] for lists, tuples, strings and ranges,
// with Python's negative indices, CPython's slice clamping (PySlice_AdjustIndices) and CPython's
// messages for every wrong index type and out-of-range index. List stores go through listSet so
// the storage strategy switches when a value of another type arrives.
#include "runtime/errors.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <fmt/format.h>

namespace fastjit::rt {
namespace {

inline bool isIndex(const Value &v) { return v.isInt() || v.isBool(); }

Value badIndexType(const Value &c, const Value &index) {
  if (isStr(c))
    return raise(ExcType::TypeError,
                 fmt::format("string indices must be integers, not '{}'", typeName(index)));
  return raise(ExcType::TypeError, fmt::format("{} indices must be integers or slices, not {}",
                                               typeName(c), typeName(index)));
}

// Normalises a negative index; false when out of [0, size).
inline bool normalise(int64_t &i, int64_t size) {
  if (i < 0) i += size;
  return uint64_t(i) < uint64_t(size);
}

// Reads a slice bound: None -> dflt, int -> value; else TypeError.
bool sliceBound(const Value &v, int64_t dflt, int64_t &out) {
  if (v.isNone()) {
    out = dflt;
    return true;
  }
  if (isIndex(v)) {
    out = v.asInt();
    return true;
  }
  raise(ExcType::TypeError, "slice indices must be integers or None or have an __index__ method");
  return false;
}

}  // namespace

bool adjustSlice(int64_t length, const Value &vstart, const Value &vstop, const Value &vstep,
                 int64_t &start, int64_t &stop, int64_t &step, int64_t &count) {
  if (!sliceBound(vstep, 1, step)) return false;
  if (step == 0) {
    raise(ExcType::ValueError, "slice step cannot be zero");
    return false;
  }
  if (step < -INT64_MAX) step = -INT64_MAX;  // as CPython, so that -step cannot overflow
  if (!sliceBound(vstart, step < 0 ? INT64_MAX : 0, start)) return false;
  if (!sliceBound(vstop, step < 0 ? INT64_MIN : INT64_MAX, stop)) return false;
  auto clamp = [&](int64_t &x) {
    if (x < 0) {
      x = x < -length ? (step < 0 ? -1 : 0) : x + length;
    } else if (x >= length) {
      x = step < 0 ? length - 1 : length;
    }
  };
  clamp(start);
  clamp(stop);
  if (step < 0) count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  else count = start < stop ? (stop - start - 1) / step + 1 : 0;
  return true;
}

Value getItem(const Value &c, const Value &index) {
  if (c.isObject()) {
    switch (c.asObject()->kind) {
    case ObjKind::List: {
      const ListObject *l = asList(c);
      if (!isIndex(index)) return badIndexType(c, index);
      int64_t i = index.asInt();
      if (!normalise(i, l->size)) return raise(ExcType::IndexError, "list index out of range");
      return listGet(l, i);
    }
    case ObjKind::Tuple: {
      const TupleObject *t = asTuple(c);
      if (!isIndex(index)) return badIndexType(c, index);
      int64_t i = index.asInt();
      if (!normalise(i, t->size)) return raise(ExcType::IndexError, "tuple index out of range");
      return t->items()[i];
    }
    case ObjKind::Str: {
      const StrObject *s = asStr(c);
      if (!isIndex(index)) return badIndexType(c, index);
      int64_t i = index.asInt();
      if (!normalise(i, s->length)) return raise(ExcType::IndexError, "string index out of range");
      return strItem(s, i);
    }
    case ObjKind::Range: {
      const RangeObject *r = asRange(c);
      if (!isIndex(index)) return badIndexType(c, index);
      int64_t i = index.asInt();
      if (!normalise(i, r->length)) return raise(ExcType::IndexError, "range object index out of range");
      return Value::integer(rangeItem(r, i));
    }
    default: break;
    }
  }
  return raise(ExcType::TypeError, fmt::format("'{}' object is not subscriptable", typeName(c)));
}

int setItem(const Value &c, const Value &index, const Value &value) {
  if (isList(c)) {
    ListObject *l = asList(c);
    if (!isIndex(index)) return badIndexType(c, index), -1;
    int64_t i = index.asInt();
    if (!normalise(i, l->size)) return raise(ExcType::IndexError, "list assignment index out of range"), -1;
    return listSet(l, i, value);
  }
  raise(ExcType::TypeError, fmt::format("'{}' object does not support item assignment", typeName(c)));
  return -1;
}

int delItem(const Value &c, const Value &index) {
  if (isList(c)) {
    ListObject *l = asList(c);
    if (!isIndex(index)) return badIndexType(c, index), -1;
    int64_t i = index.asInt();
    if (!normalise(i, l->size)) return raise(ExcType::IndexError, "list assignment index out of range"), -1;
    listDelete(l, i);
    return 0;
  }
  bool sequence = isTuple(c) || isStr(c) || isRange(c);
  raise(ExcType::TypeError, fmt::format("'{}' object {} support item deletion", typeName(c),
                                        sequence ? "doesn't" : "does not"));
  return -1;
}

Value getSlice(const Value &c, const Value &vstart, const Value &vstop, const Value &vstep) {
  int64_t length;
  if (isList(c)) length = asList(c)->size;
  else if (isTuple(c)) length = asTuple(c)->size;
  else if (isStr(c)) length = asStr(c)->length;
  else if (isRange(c)) length = asRange(c)->length;
  else return raise(ExcType::TypeError, fmt::format("'{}' object is not subscriptable", typeName(c)));
  int64_t start, stop, step, count;
  if (!adjustSlice(length, vstart, vstop, vstep, start, stop, step, count)) return Value::error();
  switch (c.asObject()->kind) {
  case ObjKind::List: return listSlice(asList(c), start, stop, step, count);
  case ObjKind::Tuple: return tupleSlice(asTuple(c), start, stop, step, count);
  case ObjKind::Str: return strSlice(asStr(c), start, stop, step, count);
  default: {
    // A range's slice is a range (CPython's compute_slice): bounds mapped through the range.
    const RangeObject *r = asRange(c);
    int64_t newStart = rangeItem(r, start);
    int64_t newStop = rangeItem(r, stop);
    int64_t newStep = int64_t(uint64_t(r->step) * uint64_t(step));
    return makeRange(newStart, newStop, newStep);
  }
  }
}

}  // namespace fastjit::rt
