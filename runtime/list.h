// Python list objects with storage strategies (as in PyPy): one list object whose elements are kept
// in contiguous int64_t, double, Complex or one-byte bool arrays while they are all of that type,
// and as boxed Values otherwise. Storing an element of another type switches the whole list to
// boxed storage.
//
// The strategy and the typed pointers are public because compiled code reads them directly: a loop
// over a Float list reads `floats[i]`. Compiled code that stores must call listSet/listAppend (or
// check the strategy itself) so that a switch happens. bool is its own type here although Python makes
// it an int subtype: a list of bools prints True/False, so Int storage never holds a bool and Bool
// storage never holds an int; a list mixing them is boxed and keeps each element's identity.
// Lists are shared references: `a = b` aliases.
#pragma once

#include "runtime/object.h"

namespace fastjit::rt {

enum class ListStorage : uint8_t {
  Empty,    // no elements and no array yet; the first stored value picks the strategy
  Int,      // ints[]      : every element is an int (not bool)
  Float,    // floats[]
  Complex,  // complexes[]
  Bool,     // bools[]     : every element is a bool, one byte each (0 or 1)
  Boxed,    // boxed[]     : Values (never Tag::Error)
};

struct ListObject : Object {
  ListStorage storage;
  int64_t size;      // elements in use
  int64_t capacity;  // elements allocated in the current array
  union {
    void *data;
    int64_t *ints;
    double *floats;
    rt::Complex *complexes;
    uint8_t *bools;
    Value *boxed;
  };
  // Every live list is on one doubly linked registry, so that reference cycles between lists
  // (a.append(a)), which refcounting cannot free, are broken at exit (releaseListCycles).
  ListObject *prevLive;
  ListObject *nextLive;
};
// Layout read by compiled code (Object is 16 bytes: refcount, kind); fields are only ever added
// after `data`, so these offsets stay fixed.
static_assert(sizeof(ListObject) == 64, "compiled code relies on the ListObject layout");

inline bool isList(const Value &v) { return v.isObject(ObjKind::List); }
inline ListObject *asList(const Value &v) { return static_cast<ListObject *>(v.asObject()); }

// Factories. All return Value::error() with MemoryError pending when the allocation fails.
Value makeList(int64_t reserve = 0);                  // empty list
Value makeListFrom(const Value *items, int64_t n);    // picks the best strategy for the items
Value makeIntList(int64_t n, int64_t fill);           // [fill] * n
Value makeFloatList(int64_t n, double fill);          // [0.0] * n
ListObject *newList(ListStorage storage, int64_t capacity);  // size 0; nullptr on MemoryError

// Element access; index already normalised (0 <= i < size). listGet boxes the element.
Value listGet(const ListObject *l, int64_t i);
// Stores v at i, switching strategy when needed. Returns 0, or -1 with MemoryError pending.
int listSet(ListObject *l, int64_t i, const Value &v);
int listAppend(ListObject *l, const Value &v);
int listInsert(ListObject *l, int64_t i, const Value &v);  // i clamped like list.insert
Value listPop(ListObject *l, int64_t i);                  // i already normalised and valid
void listDelete(ListObject *l, int64_t i);                // i already normalised and valid
int listExtend(ListObject *l, const Value &iterable);     // 0 or -1
int listReserve(ListObject *l, int64_t capacity);         // 0 or -1 (MemoryError)
void listClear(ListObject *l);
void listReverse(ListObject *l);
// Forces boxed storage (used before storing a Value of a different type).
int listMakeBoxed(ListObject *l);
// Frees a list whose refcount reached zero (destroyObject calls it).
void listFree(ListObject *l);
// Empties every list still alive, so that lists kept alive only by cycles among themselves are
// freed. Runs automatically at process exit (a static destructor); callers that embed the
// runtime may call it once no Python code will run again.
void releaseListCycles();

// Sequence operations used by ops.cpp.
Value listConcat(const ListObject *a, const ListObject *b);
Value listRepeat(const ListObject *l, int64_t times);  // shares element objects ([[0]*n]*m)
Value listSlice(const ListObject *l, int64_t start, int64_t stop, int64_t step, int64_t count);
Value listCopy(const ListObject *l);

}  // namespace fastjit::rt
