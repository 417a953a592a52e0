// Iterator objects: the single-pass iterators of lists, tuples, strings and ranges, and the
// enumerate, zip and reversed objects. All share one struct with a kind, so iterNext (ops.h) is a
// switch, not a virtual call. The interpreter may also iterate ranges and lists inline without
// creating one of these; this is the general path.
#pragma once

#include "runtime/object.h"

namespace fastjit::rt {

enum class IterKind : uint8_t {
  List,          // source: list; index: next position (re-checks the size: lists may grow)
  Tuple,         // source: tuple
  Str,           // source: str; index: next byte offset
  Range,         // next: next value; remaining: values left; step
  ListReverse,   // reversed(list): index counts down (CPython re-checks index < len)
  Reversed,      // reversed(tuple) / reversed(str): index counts down over code points
  Enumerate,     // source: inner iterator; next: the counter
  Zip,           // source: tuple of iterators
  Exhausted,     // finished: drops its references early, as CPython does
};

struct IteratorObject : Object {
  IterKind iterKind;
  TypeId typeId;  // what type() reports; kept when the iterator becomes Exhausted
  Value source;
  int64_t index;
  int64_t next;
  int64_t remaining;
  int64_t step;
};

inline bool isIterator(const Value &v) { return v.isObject(ObjKind::Iterator); }
inline IteratorObject *asIterator(const Value &v) {
  return static_cast<IteratorObject *>(v.asObject());
}

// Factories (the checks that the argument is iterable are done by the callers / builtins).
Value makeSeqIterator(IterKind kind, const Value &source);          // List, Tuple, Str
Value makeRangeIterator(int64_t start, int64_t step, int64_t count);
Value makeEnumerate(const Value &iterator, int64_t start);          // iterator from getIter
Value makeZip(const Value *iterators, int64_t n);                   // iterators from getIter
// reversed(x) for a list, tuple, str or range (the builtin checks the type first).
Value makeReversed(const Value &sequence);

// The Python type an iterator reports (list_iterator, enumerate, zip, ...).
TypeId iteratorTypeId(const IteratorObject *it);

}  // namespace fastjit::rt
