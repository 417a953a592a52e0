// Iterator objects and the generic iteration protocol of ops.h (getIter / iterNext): one switch on
// the iterator's kind per step. Exhausted iterators drop their source, like CPython's, so a list
// that grows after its iterator finished is not resumed.
#include "runtime/iterator.h"

#include "runtime/errors.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <fmt/format.h>

namespace fastjit::rt {
namespace {

IteratorObject *newIterator(IterKind kind, TypeId type) {
  auto *it = new (std::nothrow) IteratorObject();
  if (!it) {
    raise(ExcType::MemoryError, "");
    return nullptr;
  }
  it->refcount = 1;
  it->kind = ObjKind::Iterator;
  it->iterKind = kind;
  it->typeId = type;
  it->index = it->next = it->remaining = 0;
  it->step = 1;
  return it;
}

int finish(IteratorObject *it) {
  it->iterKind = IterKind::Exhausted;
  it->source = Value::none();
  return 0;
}

}  // namespace

Value makeSeqIterator(IterKind kind, const Value &source) {
  TypeId t = kind == IterKind::List    ? TypeId::ListIterator
             : kind == IterKind::Tuple ? TypeId::TupleIterator
                                       : TypeId::StrIterator;
  IteratorObject *it = newIterator(kind, t);
  if (!it) return Value::error();
  it->source = source;
  return Value::adopt(it);
}

Value makeRangeIterator(int64_t start, int64_t step, int64_t count) {
  IteratorObject *it = newIterator(IterKind::Range, TypeId::RangeIterator);
  if (!it) return Value::error();
  it->next = start;
  it->step = step;
  it->remaining = count;
  return Value::adopt(it);
}

Value makeEnumerate(const Value &iterator, int64_t start) {
  IteratorObject *it = newIterator(IterKind::Enumerate, TypeId::Enumerate);
  if (!it) return Value::error();
  it->source = iterator;
  it->next = start;
  return Value::adopt(it);
}

Value makeZip(const Value *iterators, int64_t n) {
  Value tuple = makeTuple(iterators, n);
  if (tuple.isError()) return tuple;
  IteratorObject *it = newIterator(IterKind::Zip, TypeId::Zip);
  if (!it) return Value::error();
  it->source = std::move(tuple);
  return Value::adopt(it);
}

Value makeReversed(const Value &seq) {
  if (isRange(seq)) {
    const RangeObject *r = asRange(seq);
    // Last element first; the step is negated. Unsigned arithmetic: no overflow in the product.
    int64_t last = r->length ? rangeItem(r, r->length - 1) : r->start;
    IteratorObject *it = newIterator(IterKind::Range, TypeId::RangeReverseIterator);
    if (!it) return Value::error();
    it->next = last;
    it->step = int64_t(0 - uint64_t(r->step));
    it->remaining = r->length;
    return Value::adopt(it);
  }
  bool list = isList(seq);
  IteratorObject *it = newIterator(list ? IterKind::ListReverse : IterKind::Reversed,
                                   list ? TypeId::ListReverseIterator : TypeId::Reversed);
  if (!it) return Value::error();
  it->source = seq;
  it->index = list ? asList(seq)->size - 1 : isTuple(seq) ? asTuple(seq)->size - 1 : asStr(seq)->length - 1;
  return Value::adopt(it);
}

TypeId iteratorTypeId(const IteratorObject *it) { return it->typeId; }

Value getIter(const Value &v) {
  if (v.isObject()) {
    switch (v.asObject()->kind) {
    case ObjKind::List: return makeSeqIterator(IterKind::List, v);
    case ObjKind::Tuple: return makeSeqIterator(IterKind::Tuple, v);
    case ObjKind::Str: return makeSeqIterator(IterKind::Str, v);
    case ObjKind::Range: {
      const RangeObject *r = asRange(v);
      return makeRangeIterator(r->start, r->step, r->length);
    }
    case ObjKind::Iterator: return v;
    default: break;
    }
  }
  return raise(ExcType::TypeError, fmt::format("'{}' object is not iterable", typeName(v)));
}

int iterNext(const Value &iterator, Value &out) {
  if (!isIterator(iterator))
    return raise(ExcType::TypeError, fmt::format("'{}' object is not an iterator", typeName(iterator))),
           -1;
  IteratorObject *it = asIterator(iterator);
  switch (it->iterKind) {
  case IterKind::List: {
    const ListObject *l = asList(it->source);
    if (it->index >= l->size) return finish(it);
    out = listGet(l, it->index++);
    return 1;
  }
  case IterKind::Tuple: {
    const TupleObject *t = asTuple(it->source);
    if (it->index >= t->size) return finish(it);
    out = t->items()[it->index++];
    return 1;
  }
  case IterKind::Str: {
    const StrObject *s = asStr(it->source);
    if (it->index >= s->byteLength) return finish(it);
    if (s->ascii) {
      out = strItem(s, it->index++);
    } else {
      size_t pos = size_t(it->index);
      out = makeChar(decodeUtf8(s->view(), pos));
      it->index = int64_t(pos);
    }
    return 1;
  }
  case IterKind::Range:
    if (it->remaining <= 0) return 0;
    out = Value::integer(it->next);
    it->next = int64_t(uint64_t(it->next) + uint64_t(it->step));
    --it->remaining;
    return 1;
  case IterKind::ListReverse: {
    const ListObject *l = asList(it->source);
    if (it->index < 0 || it->index >= l->size) return finish(it);
    out = listGet(l, it->index--);
    return 1;
  }
  case IterKind::Reversed: {
    if (it->index < 0) return finish(it);
    if (isTuple(it->source)) out = asTuple(it->source)->items()[it->index];
    else out = strItem(asStr(it->source), it->index);
    --it->index;
    return 1;
  }
  case IterKind::Enumerate: {
    Value item;
    int r = iterNext(it->source, item);
    if (r <= 0) return r < 0 ? -1 : finish(it);
    out = makeTuple2(Value::integer(it->next), item);
    if (out.isError()) return -1;
    // CPython switches to arbitrary precision here; we raise instead of wrapping.
    if (it->next == INT64_MAX) return raise(ExcType::OverflowError, "integer overflow"), -1;
    ++it->next;
    return 1;
  }
  case IterKind::Zip: {
    TupleObject *its = asTuple(it->source);
    int64_t n = its->size;
    if (n == 0) return finish(it);
    TupleObject *result = newTuple(n);
    if (!result) return -1;
    Value holder = Value::adopt(result);
    for (int64_t i = 0; i < n; ++i) {
      int r = iterNext(its->items()[i], result->items()[i]);
      if (r < 0) return -1;
      if (r == 0) return finish(it);
    }
    out = std::move(holder);
    return 1;
  }
  case IterKind::Exhausted:
    return 0;
  }
  return 0;
}

}  // namespace fastjit::rt
