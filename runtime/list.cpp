// list objects and their storage strategies (see list.h). Everything that changes a list's
// elements goes through here, so the strategy invariant (every element of an Int list is an int,
// ...) holds for compiled code that reads the typed arrays directly.
//
// Values are moved around with memmove/realloc: a Value holds no pointer into itself, so it is
// trivially relocatable, and this keeps boxed storage as cheap as the typed arrays.
#include "runtime/list.h"

#include "runtime/errors.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"

#include <cstring>
#include <new>
#include <vector>

namespace fastjit::rt {
namespace {

size_t elemSize(ListStorage s) {
  switch (s) {
  case ListStorage::Empty: return 8;
  case ListStorage::Int: return sizeof(int64_t);
  case ListStorage::Float: return sizeof(double);
  case ListStorage::Complex: return sizeof(Complex);
  case ListStorage::Bool: return sizeof(uint8_t);
  case ListStorage::Boxed: return sizeof(Value);
  }
  return sizeof(Value);
}

ListStorage storageFor(const Value &v) {
  switch (v.tag()) {
  case Tag::Int: return ListStorage::Int;
  case Tag::Float: return ListStorage::Float;
  case Tag::Complex: return ListStorage::Complex;
  case Tag::Bool: return ListStorage::Bool;
  default: return ListStorage::Boxed;
  }
}

// Checks n elements of storage s fit in kMaxContainerBytes (raises MemoryError otherwise).
bool sizeOk(ListStorage s, int64_t n) {
  if (n < 0 || n > kMaxContainerBytes / int64_t(elemSize(s))) {
    raise(ExcType::MemoryError, "");
    return false;
  }
  return true;
}

// Stores v (whose storage matches l's) at slot i of a slot that holds no live Value.
inline void storeRaw(ListObject *l, int64_t i, const Value &v) {
  switch (l->storage) {
  case ListStorage::Int: l->ints[i] = v.asInt(); break;
  case ListStorage::Float: l->floats[i] = v.asFloat(); break;
  case ListStorage::Complex: l->complexes[i] = v.asComplex(); break;
  case ListStorage::Bool: l->bools[i] = v.asBool(); break;
  default: new (&l->boxed[i]) Value(v); break;
  }
}

int grow(ListObject *l, int64_t needed) {
  if (needed <= l->capacity) return 0;
  // Over-allocate by 50% (CPython uses ~12.5%; appends dominate our workloads).
  int64_t cap = needed + (needed >> 1) + 4;
  return listReserve(l, cap);
}

// Switches an Empty list to the strategy of its first element, or any list to Boxed when v does
// not fit its strategy. Returns 0 or -1.
int adaptTo(ListObject *l, const Value &v) {
  ListStorage want = storageFor(v);
  if (l->storage == want) return 0;
  if (l->storage == ListStorage::Empty || l->size == 0) {
    // No elements: re-type the (empty) array; its byte capacity converts to the new element size.
    int64_t bytes = l->capacity * int64_t(elemSize(l->storage));
    l->storage = want;
    l->capacity = bytes / int64_t(elemSize(want));
    return 0;
  }
  return listMakeBoxed(l);
}

ListObject *liveLists = nullptr;  // head of the registry of live lists (list.h)

void linkLive(ListObject *l) {
  l->prevLive = nullptr;
  l->nextLive = liveLists;
  if (liveLists) liveLists->prevLive = l;
  liveLists = l;
}

void unlinkLive(ListObject *l) {
  if (l->prevLive) l->prevLive->nextLive = l->nextLive;
  else liveLists = l->nextLive;
  if (l->nextLive) l->nextLive->prevLive = l->prevLive;
}

// Breaks list cycles when the process exits (before LeakSanitizer's check, which runs last).
struct ExitCycleBreaker {
  ~ExitCycleBreaker() { releaseListCycles(); }
} exitCycleBreaker;

}  // namespace

void releaseListCycles() {
  // Hold a reference to every live list while emptying them, so none is freed mid-walk; then
  // drop those references: lists that were only alive through cycles are freed now.
  std::vector<ListObject *> all;
  for (ListObject *l = liveLists; l; l = l->nextLive) all.push_back(l);
  for (ListObject *l : all) incref(l);
  for (ListObject *l : all) listClear(l);
  for (ListObject *l : all) decref(l);
}

void listFree(ListObject *l) {
  unlinkLive(l);
  if (l->storage == ListStorage::Boxed)
    for (int64_t i = 0; i < l->size; ++i) l->boxed[i].~Value();
  freeBytes(l->data);
  freeBytes(l);
}

ListObject *newList(ListStorage storage, int64_t capacity) {
  if (!sizeOk(storage, capacity)) return nullptr;
  auto *l = static_cast<ListObject *>(allocBytes(sizeof(ListObject)));
  if (!l) return nullptr;
  l->refcount = 1;
  l->kind = ObjKind::List;
  l->storage = storage;
  l->size = 0;
  l->capacity = 0;
  l->data = nullptr;
  if (capacity > 0) {
    l->data = allocBytes(size_t(capacity) * elemSize(storage));
    if (!l->data) {
      freeBytes(l);
      return nullptr;
    }
    l->capacity = capacity;
  }
  linkLive(l);
  return l;
}

Value makeList(int64_t reserve) {
  ListObject *l = newList(ListStorage::Empty, reserve);
  return l ? Value::adopt(l) : Value::error();
}

Value makeListFrom(const Value *items, int64_t n) {
  ListStorage s = n ? storageFor(items[0]) : ListStorage::Empty;
  for (int64_t i = 1; i < n && s != ListStorage::Boxed; ++i)
    if (storageFor(items[i]) != s) s = ListStorage::Boxed;
  ListObject *l = newList(s, n);
  if (!l) return Value::error();
  for (int64_t i = 0; i < n; ++i) storeRaw(l, i, items[i]);
  l->size = n;
  return Value::adopt(l);
}

Value makeIntList(int64_t n, int64_t fill) {
  ListObject *l = newList(n ? ListStorage::Int : ListStorage::Empty, n);
  if (!l) return Value::error();
  for (int64_t i = 0; i < n; ++i) l->ints[i] = fill;
  l->size = n;
  return Value::adopt(l);
}

Value makeFloatList(int64_t n, double fill) {
  ListObject *l = newList(n ? ListStorage::Float : ListStorage::Empty, n);
  if (!l) return Value::error();
  for (int64_t i = 0; i < n; ++i) l->floats[i] = fill;
  l->size = n;
  return Value::adopt(l);
}

Value listGet(const ListObject *l, int64_t i) {
  switch (l->storage) {
  case ListStorage::Int: return Value::integer(l->ints[i]);
  case ListStorage::Float: return Value::floating(l->floats[i]);
  case ListStorage::Complex: return Value::complex(l->complexes[i].re, l->complexes[i].im);
  case ListStorage::Bool: return Value::boolean(l->bools[i] != 0);
  default: return l->boxed[i];
  }
}

int listReserve(ListObject *l, int64_t cap) {
  if (cap <= l->capacity) return 0;
  ListStorage s = l->storage == ListStorage::Empty ? ListStorage::Boxed : l->storage;
  if (!sizeOk(s, cap)) return -1;
  void *p = reallocBytes(l->data, size_t(cap) * elemSize(s));
  if (!p) return -1;
  l->data = p;
  l->capacity = int64_t(size_t(cap) * elemSize(s) / elemSize(l->storage));
  return 0;
}

int listMakeBoxed(ListObject *l) {
  if (l->storage == ListStorage::Boxed) return 0;
  int64_t cap = l->capacity > l->size ? l->capacity : l->size;
  if (!sizeOk(ListStorage::Boxed, cap)) return -1;
  Value *boxed = cap ? static_cast<Value *>(allocBytes(size_t(cap) * sizeof(Value))) : nullptr;
  if (cap && !boxed) return -1;
  for (int64_t i = 0; i < l->size; ++i) new (&boxed[i]) Value(listGet(l, i));
  freeBytes(l->data);
  l->boxed = boxed;
  l->capacity = cap;
  l->storage = ListStorage::Boxed;
  return 0;
}

int listSet(ListObject *l, int64_t i, const Value &v) {
  switch (l->storage) {
  case ListStorage::Int:
    if (v.isInt()) { l->ints[i] = v.asInt(); return 0; }
    break;
  case ListStorage::Float:
    if (v.isFloat()) { l->floats[i] = v.asFloat(); return 0; }
    break;
  case ListStorage::Complex:
    if (v.isComplex()) { l->complexes[i] = v.asComplex(); return 0; }
    break;
  case ListStorage::Bool:
    if (v.isBool()) { l->bools[i] = v.asBool(); return 0; }
    break;
  case ListStorage::Boxed:
    l->boxed[i] = v;
    return 0;
  case ListStorage::Empty:
    break;
  }
  if (listMakeBoxed(l) < 0) return -1;
  l->boxed[i] = v;
  return 0;
}

int listAppend(ListObject *l, const Value &v) {
  if (l->storage != storageFor(v) && l->storage != ListStorage::Boxed && adaptTo(l, v) < 0) return -1;
  if (l->size == l->capacity && grow(l, l->size + 1) < 0) return -1;
  storeRaw(l, l->size, v);
  ++l->size;
  return 0;
}

int listInsert(ListObject *l, int64_t i, const Value &v) {
  int64_t n = l->size;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  if (l->storage != storageFor(v) && l->storage != ListStorage::Boxed && adaptTo(l, v) < 0) return -1;
  if (n == l->capacity && grow(l, n + 1) < 0) return -1;
  size_t es = elemSize(l->storage);
  char *base = static_cast<char *>(l->data);
  std::memmove(base + size_t(i + 1) * es, base + size_t(i) * es, size_t(n - i) * es);
  storeRaw(l, i, v);
  ++l->size;
  return 0;
}

void listDelete(ListObject *l, int64_t i) {
  size_t es = elemSize(l->storage);
  if (l->storage == ListStorage::Boxed) l->boxed[i].~Value();
  char *base = static_cast<char *>(l->data);
  std::memmove(base + size_t(i) * es, base + size_t(i + 1) * es, size_t(l->size - i - 1) * es);
  --l->size;
}

Value listPop(ListObject *l, int64_t i) {
  Value v = listGet(l, i);
  listDelete(l, i);
  return v;
}

void listClear(ListObject *l) {
  // Detach the array first: destroying an item may run code that looks at this list again.
  ListStorage storage = l->storage;
  void *data = l->data;
  int64_t size = l->size;
  l->data = nullptr;
  l->size = 0;
  l->capacity = 0;
  l->storage = ListStorage::Empty;
  if (storage == ListStorage::Boxed)
    for (int64_t i = 0; i < size; ++i) static_cast<Value *>(data)[i].~Value();
  freeBytes(data);
}

void listReverse(ListObject *l) {
  size_t es = elemSize(l->storage);
  char *base = static_cast<char *>(l->data);
  char tmp[sizeof(Value)];
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) {
    std::memcpy(tmp, base + size_t(i) * es, es);
    std::memcpy(base + size_t(i) * es, base + size_t(j) * es, es);
    std::memcpy(base + size_t(j) * es, tmp, es);
  }
}

int listExtend(ListObject *l, const Value &iterable) {
  if (isList(iterable)) {
    // Copy first: l.extend(l) must append the original elements once.
    Value copy = listCopy(asList(iterable));
    if (copy.isError()) return -1;
    ListObject *src = asList(copy);
    if (src->size == 0) return 0;
    if (l->size == 0 && l->storage != src->storage) {
      listClear(l);
      l->storage = src->storage;
    }
    if (l->storage != src->storage && listMakeBoxed(l) < 0) return -1;
    if (grow(l, l->size + src->size) < 0) return -1;
    for (int64_t i = 0; i < src->size; ++i) storeRaw(l, l->size + i, listGet(src, i));
    l->size += src->size;
    return 0;
  }
  if (isTuple(iterable)) {
    TupleObject *t = asTuple(iterable);
    for (int64_t i = 0; i < t->size; ++i)
      if (listAppend(l, t->items()[i]) < 0) return -1;
    return 0;
  }
  Value it = getIter(iterable);
  if (it.isError()) return -1;
  Value item;
  for (;;) {
    int r = iterNext(it, item);
    if (r <= 0) return r;
    if (listAppend(l, item) < 0) return -1;
  }
}

Value listCopy(const ListObject *l) {
  return listSlice(l, 0, l->size, 1, l->size);
}

Value listConcat(const ListObject *a, const ListObject *b) {
  int64_t n = a->size + b->size;
  ListStorage s = a->size == 0 ? b->storage : b->size == 0 ? a->storage
                  : a->storage == b->storage ? a->storage : ListStorage::Boxed;
  if (n == 0) s = ListStorage::Empty;
  ListObject *r = newList(s, n);
  if (!r) return Value::error();
  if (s != ListStorage::Boxed && s != ListStorage::Empty) {
    size_t es = elemSize(s);
    // An empty operand may have no array at all (memcpy's pointers must not be null).
    if (a->size) std::memcpy(r->data, a->data, size_t(a->size) * es);
    if (b->size)
      std::memcpy(static_cast<char *>(r->data) + size_t(a->size) * es, b->data, size_t(b->size) * es);
  } else {
    for (int64_t i = 0; i < a->size; ++i) new (&r->boxed[i]) Value(listGet(a, i));
    for (int64_t i = 0; i < b->size; ++i) new (&r->boxed[a->size + i]) Value(listGet(b, i));
  }
  r->size = n;
  return Value::adopt(r);
}

Value listRepeat(const ListObject *l, int64_t times) {
  if (times <= 0 || l->size == 0) return makeList();
  if (l->size > kMaxContainerBytes / int64_t(sizeof(Value)) / times)
    return raise(ExcType::MemoryError, "");
  int64_t n = l->size * times;
  ListObject *r = newList(l->storage, n);
  if (!r) return Value::error();
  if (l->storage == ListStorage::Boxed) {
    for (int64_t k = 0, j = 0; k < times; ++k)
      for (int64_t i = 0; i < l->size; ++i, ++j) new (&r->boxed[j]) Value(l->boxed[i]);
  } else if (l->size == 1 && l->storage != ListStorage::Complex) {
    // [x] * n: a fill loop the compiler vectorises.
    if (l->storage == ListStorage::Int)
      for (int64_t j = 0; j < n; ++j) r->ints[j] = l->ints[0];
    else if (l->storage == ListStorage::Bool)
      std::memset(r->bools, l->bools[0], size_t(n));
    else
      for (int64_t j = 0; j < n; ++j) r->floats[j] = l->floats[0];
  } else {
    size_t bytes = size_t(l->size) * elemSize(l->storage);
    for (int64_t k = 0; k < times; ++k)
      std::memcpy(static_cast<char *>(r->data) + size_t(k) * bytes, l->data, bytes);
  }
  r->size = n;
  return Value::adopt(r);
}

Value listSlice(const ListObject *l, int64_t start, int64_t stop, int64_t step, int64_t count) {
  if (count <= 0) return makeList();
  ListObject *r = newList(l->storage, count);
  if (!r) return Value::error();
  if (step == 1 && l->storage != ListStorage::Boxed) {
    size_t es = elemSize(l->storage);
    std::memcpy(r->data, static_cast<const char *>(l->data) + size_t(start) * es, size_t(count) * es);
  } else {
    for (int64_t i = 0, j = start; i < count; ++i, j += step) storeRaw(r, i, listGet(l, j));
  }
  r->size = count;
  return Value::adopt(r);
}

}  // namespace fastjit::rt
