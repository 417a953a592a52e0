// Comparisons of ops.h: ==/!= (never an error for Tier 1 values), the orderings with CPython's
// exact int/float rules and lexicographic str/list/tuple order, `is`, and `in` for lists, tuples,
// strings, ranges and iterators. Containers compare their items with CPython's "identical or
// equal" rule for objects; unboxed numbers compare by value (see itemsEqual).
#include "runtime/errors.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/numeric.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <cstring>
#include <fmt/format.h>

namespace fastjit::rt {

int equalValues(const Value &a, const Value &b);  // below, after the container helpers

namespace {

// Identity: same tag and same payload. Immediates have no identity in fastjit, so bitwise-equal
// immediates count as the same object (as CPython's cached small ints and shared constants do).
bool identical(const Value &a, const Value &b) {
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
  case Tag::Error:
  case Tag::None: return true;
  case Tag::Bool:
  case Tag::Int: return a.asInt() == b.asInt();
  case Tag::Float: {
    double x = a.asFloat(), y = b.asFloat();
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  case Tag::Complex: {
    Complex x = a.asComplex(), y = b.asComplex();
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  case Tag::Object: return a.asObject() == b.asObject();
  }
  return false;
}

inline bool isIntLike(const Value &v) { return v.isInt() || v.isBool(); }

// Numeric equality across int/bool/float/complex; -2 when the operands are not both numbers.
int numericEqual(const Value &a, const Value &b) {
  bool an = isIntLike(a) || a.isFloat() || a.isComplex();
  bool bn = isIntLike(b) || b.isFloat() || b.isComplex();
  if (!an || !bn) return -2;
  if (a.isComplex() || b.isComplex()) {
    Complex x = a.isComplex() ? a.asComplex() : Complex{0, 0};
    Complex y = b.isComplex() ? b.asComplex() : Complex{0, 0};
    if (a.isComplex() && b.isComplex()) return x.re == y.re && x.im == y.im;
    const Value &other = a.isComplex() ? b : a;
    Complex z = a.isComplex() ? x : y;
    if (z.im != 0.0) return 0;
    if (other.isFloat()) return other.asFloat() == z.re;
    return compareIntFloat(other.asInt(), z.re) == 0;
  }
  if (a.isFloat() && b.isFloat()) return a.asFloat() == b.asFloat();
  if (a.isFloat()) return compareIntFloat(b.asInt(), a.asFloat()) == 0;
  if (b.isFloat()) return compareIntFloat(a.asInt(), b.asFloat()) == 0;
  return a.asInt() == b.asInt();
}

// CPython's "identical or equal" for container items. A float or complex here has no identity of
// its own (it was unboxed), and a NaN read twice is most often two different objects in CPython
// (float("nan") in [float("nan")] is False), so numbers compare by value only.
int itemsEqual(const Value &a, const Value &b) {
  if (a.isFloat() || a.isComplex()) return equalValues(a, b);
  if (identical(a, b)) return 1;
  return equalValues(a, b);
}

// Containers nested deeper than this compare with RecursionError, as CPython's do, instead of
// overflowing the C stack.
constexpr int kMaxCompareNesting = 990;
thread_local int compareNesting = 0;

struct NestingGuard {
  bool ok;
  NestingGuard() : ok(++compareNesting <= kMaxCompareNesting) {
    if (!ok) raise(ExcType::RecursionError, "maximum recursion depth exceeded in comparison");
  }
  ~NestingGuard() { --compareNesting; }
};

int listsEqual(const ListObject *a, const ListObject *b) {
  if (a->size != b->size) return 0;
  if (a == b) return 1;
  if (a->storage == b->storage) {
    if (a->storage == ListStorage::Int)
      return std::memcmp(a->ints, b->ints, size_t(a->size) * sizeof(int64_t)) == 0;
    if (a->storage == ListStorage::Bool)
      return std::memcmp(a->bools, b->bools, size_t(a->size)) == 0;
    if (a->storage == ListStorage::Float) {
      for (int64_t i = 0; i < a->size; ++i)
        if (!(a->floats[i] == b->floats[i])) return false;
      return true;
    }
  }
  NestingGuard guard;
  if (!guard.ok) return -1;
  for (int64_t i = 0; i < a->size && i < b->size; ++i) {
    int r = itemsEqual(listGet(a, i), listGet(b, i));
    if (r <= 0) return r;
  }
  return a->size == b->size;  // an item comparison cannot change sizes in Tier 1, but be safe
}

int tuplesEqual(const TupleObject *a, const TupleObject *b) {
  if (a->size != b->size) return 0;
  NestingGuard guard;
  if (!guard.ok) return -1;
  for (int64_t i = 0; i < a->size; ++i) {
    int r = itemsEqual(a->items()[i], b->items()[i]);
    if (r <= 0) return r;
  }
  return 1;
}

bool rangesEqual(const RangeObject *a, const RangeObject *b) {
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  return a->length == 1 || a->step == b->step;
}

Value notSupported(CompareOp op, const Value &a, const Value &b) {
  return raise(ExcType::TypeError, fmt::format("'{}' not supported between instances of '{}' and '{}'",
                                               compareOpSymbol(op), typeName(a), typeName(b)));
}

inline bool orderHolds(CompareOp op, int c) {
  switch (op) {
  case CompareOp::Lt: return c < 0;
  case CompareOp::Le: return c <= 0;
  case CompareOp::Gt: return c > 0;
  case CompareOp::Ge: return c >= 0;
  default: return false;
  }
}

// Lexicographic order of two item arrays (CPython's list_richcompare / tuplerichcompare).
int sequenceOrder(CompareOp op, int64_t na, int64_t nb, auto getA, auto getB) {
  NestingGuard guard;
  if (!guard.ok) return -1;
  int64_t i = 0;
  for (; i < na && i < nb; ++i) {
    Value x = getA(i), y = getB(i);
    int eq = itemsEqual(x, y);
    if (eq < 0) return -1;
    if (!eq) return compareBool(op, x, y);
  }
  return orderHolds(op, na < nb ? -1 : na > nb ? 1 : 0);
}

}  // namespace

// == for any two values: -1 (RecursionError pending), 0 or 1.
int equalValues(const Value &a, const Value &b) {
  int n = numericEqual(a, b);
  if (n != -2) return n == 1;
  if (a.tag() != b.tag()) return 0;
  if (!a.isObject()) return 1;  // None == None
  Object *x = a.asObject(), *y = b.asObject();
  if (x == y) return 1;
  if (x->kind != y->kind) return 0;
  switch (x->kind) {
  case ObjKind::Str: {
    auto *s = static_cast<StrObject *>(x), *t = static_cast<StrObject *>(y);
    return s->byteLength == t->byteLength && std::memcmp(s->data(), t->data(), size_t(s->byteLength)) == 0;
  }
  case ObjKind::List: return listsEqual(static_cast<ListObject *>(x), static_cast<ListObject *>(y));
  case ObjKind::Tuple: return tuplesEqual(static_cast<TupleObject *>(x), static_cast<TupleObject *>(y));
  case ObjKind::Range: return rangesEqual(static_cast<RangeObject *>(x), static_cast<RangeObject *>(y));
  default: return 0;
  }
}

bool valuesEqual(const Value &a, const Value &b) { return equalValues(a, b) == 1; }

int compareBool(CompareOp op, const Value &a, const Value &b) {
  switch (op) {
  case CompareOp::Eq: return equalValues(a, b);
  case CompareOp::Ne: {
    int r = equalValues(a, b);
    return r < 0 ? -1 : !r;
  }
  case CompareOp::Is: return identical(a, b);
  case CompareOp::IsNot: return !identical(a, b);
  case CompareOp::In: return contains(b, a);
  case CompareOp::NotIn: {
    int r = contains(b, a);
    return r < 0 ? -1 : !r;
  }
  default: break;
  }
  // Orderings.
  if (a.isInt() && b.isInt()) return orderHolds(op, a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt());
  if (a.isFloat() && b.isFloat()) {
    double x = a.asFloat(), y = b.asFloat();
    switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Gt: return x > y;
    default: return x >= y;
    }
  }
  // float vs int (`abs(z) < 2`): ints of magnitude below 2**53 convert to double exactly.
  if (a.isFloat() && b.isInt() && b.asInt() > -(int64_t(1) << 53) && b.asInt() < (int64_t(1) << 53)) {
    double x = a.asFloat(), y = double(b.asInt());
    switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Gt: return x > y;
    default: return x >= y;
    }
  }
  bool aReal = isIntLike(a) || a.isFloat(), bReal = isIntLike(b) || b.isFloat();
  if (aReal && bReal) {
    if (isIntLike(a) && isIntLike(b))
      return orderHolds(op, a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt());
    int c = a.isFloat() ? -compareIntFloat(b.asInt(), a.asFloat()) : compareIntFloat(a.asInt(), b.asFloat());
    if (c == kUnordered || c == -kUnordered) return 0;
    return orderHolds(op, c);
  }
  if (a.isObject() && b.isObject() && a.asObject()->kind == b.asObject()->kind) {
    switch (a.asObject()->kind) {
    case ObjKind::Str: return orderHolds(op, strCompare(asStr(a), asStr(b)));
    case ObjKind::List: {
      const ListObject *x = asList(a), *y = asList(b);
      return sequenceOrder(op, x->size, y->size, [x](int64_t i) { return listGet(x, i); },
                           [y](int64_t i) { return listGet(y, i); });
    }
    case ObjKind::Tuple: {
      const TupleObject *x = asTuple(a), *y = asTuple(b);
      return sequenceOrder(op, x->size, y->size, [x](int64_t i) { return x->items()[i]; },
                           [y](int64_t i) { return y->items()[i]; });
    }
    default: break;
    }
  }
  notSupported(op, a, b);
  return -1;
}

Value compare(CompareOp op, const Value &a, const Value &b) {
  int r = compareBool(op, a, b);
  return r < 0 ? Value::error() : Value::boolean(r != 0);
}

int contains(const Value &container, const Value &item) {
  if (container.isObject()) {
    switch (container.asObject()->kind) {
    case ObjKind::List: {
      const ListObject *l = asList(container);
      if (l->storage == ListStorage::Int && item.isInt()) {
        int64_t x = item.asInt();
        for (int64_t i = 0; i < l->size; ++i)
          if (l->ints[i] == x) return 1;
        return 0;
      }
      if (l->storage == ListStorage::Bool && item.isBool())
        return l->size && std::memchr(l->bools, item.asBool() ? 1 : 0, size_t(l->size)) ? 1 : 0;
      if (l->storage == ListStorage::Float && item.isFloat()) {
        double x = item.asFloat();
        for (int64_t i = 0; i < l->size; ++i)
          if (l->floats[i] == x) return 1;
        return 0;
      }
      for (int64_t i = 0; i < l->size; ++i)
        if (int r = itemsEqual(listGet(l, i), item)) return r;
      return 0;
    }
    case ObjKind::Tuple: {
      const TupleObject *t = asTuple(container);
      for (int64_t i = 0; i < t->size; ++i)
        if (int r = itemsEqual(t->items()[i], item)) return r;
      return 0;
    }
    case ObjKind::Str:
      if (!isStr(item)) {
        raise(ExcType::TypeError, fmt::format("'in <string>' requires string as left operand, not {}",
                                              typeName(item)));
        return -1;
      }
      return strContains(asStr(container), asStr(item));
    case ObjKind::Range: {
      const RangeObject *r = asRange(container);
      int64_t x;
      if (isIntLike(item)) {
        x = item.asInt();
      } else if (item.isFloat() || item.isComplex()) {
        // CPython compares each element with ==: only an integral value can match.
        double f = item.isFloat() ? item.asFloat() : item.asComplex().re;
        if (item.isComplex() && item.asComplex().im != 0.0) return 0;
        if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) return 0;  // also NaN
        if (f != double(int64_t(f))) return 0;
        x = int64_t(f);
      } else {
        return 0;
      }
      if (r->length == 0) return 0;
      uint64_t off = r->step > 0 ? uint64_t(x) - uint64_t(r->start) : uint64_t(r->start) - uint64_t(x);
      bool inBounds = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
      if (!inBounds) return 0;
      uint64_t step = r->step > 0 ? uint64_t(r->step) : 0 - uint64_t(r->step);
      return off % step == 0;
    }
    case ObjKind::Iterator: {
      Value v;
      for (;;) {
        int n = iterNext(container, v);
        if (n <= 0) return n;
        if (int r = itemsEqual(v, item)) return r;
      }
    }
    default: break;
    }
  }
  raise(ExcType::TypeError, fmt::format("argument of type '{}' is not iterable", typeName(container)));
  return -1;
}

}  // namespace fastjit::rt
