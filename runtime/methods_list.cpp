// The methods of list (append, extend, insert, pop, index, count, reverse, sort, copy, clear) and
// the stable sort shared with sorted(). Each checks its arguments with CPython's messages; the
// element storage work is in list.cpp.
#include "runtime/callargs.h"
#include "runtime/list.h"

#include <algorithm>
#include <vector>

// libstdc++ 12's stable_sort uses std::get_temporary_buffer, which clang 19 flags as deprecated.
#pragma clang diagnostic ignored "-Wdeprecated-declarations"

namespace fastjit::rt {

bool sortValues(std::vector<Value> &items, const Value &key, bool reverse) {
  if (reverse) std::reverse(items.begin(), items.end());
  bool failed = false;
  // A comparator that reports "not less" once a comparison has failed, so the sort finishes
  // quickly and the error surfaces afterwards (std::stable_sort never reads out of bounds).
  auto less = [&failed](const Value &a, const Value &b) {
    if (failed) return false;
    if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
    if (a.isFloat() && b.isFloat()) return a.asFloat() < b.asFloat();
    int r = compareBool(CompareOp::Lt, a, b);
    if (r < 0) failed = true;
    return r == 1;
  };
  if (key.isNone()) {
    std::stable_sort(items.begin(), items.end(), less);
  } else {
    std::vector<std::pair<Value, Value>> keyed;
    keyed.reserve(items.size());
    for (Value &v : items) {
      Value k = call(key, &v, 1, nullptr);
      if (k.isError()) return false;
      keyed.emplace_back(std::move(k), std::move(v));
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [&less](const auto &a, const auto &b) { return less(a.first, b.first); });
    for (size_t i = 0; i < keyed.size(); ++i) items[i] = std::move(keyed[i].second);
  }
  if (failed) return false;
  if (reverse) std::reverse(items.begin(), items.end());
  return true;
}

namespace {

ListObject *L(const Value &self) { return asList(self); }

Value listAppendM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.append", kw) || !exactlyOne("list.append", n)) return Value::error();
  if (listAppend(L(self), args[0]) < 0) return Value::error();
  return Value::none();
}

Value listExtendM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.extend", kw) || !exactlyOne("list.extend", n)) return Value::error();
  if (listExtend(L(self), args[0]) < 0) return Value::error();
  return Value::none();
}

Value listInsertM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("insert", kw) || !argRange("insert", n, 2, 2)) return Value::error();
  int64_t i;
  if (!indexArg(args[0], i)) return Value::error();
  if (listInsert(L(self), i, args[1]) < 0) return Value::error();
  return Value::none();
}

Value listPopM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("pop", kw) || !argRange("pop", n, 0, 1)) return Value::error();
  int64_t i = -1;
  if (n == 1 && !indexArg(args[0], i)) return Value::error();
  ListObject *l = L(self);
  if (l->size == 0) return raise(ExcType::IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(ExcType::IndexError, "pop index out of range");
  return listPop(l, i);
}

Value listIndexM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("index", kw) || !argRange("index", n, 1, 3)) return Value::error();
  ListObject *l = L(self);
  int64_t start = 0, stop = INT64_MAX;
  if (n >= 2 && !indexArg(args[1], start)) return Value::error();
  if (n >= 3 && !indexArg(args[2], stop)) return Value::error();
  if (start < 0 && (start += l->size) < 0) start = 0;
  if (stop < 0 && (stop += l->size) < 0) stop = 0;
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    int eq = compareBool(CompareOp::Eq, listGet(l, i), args[0]);
    if (eq < 0) return Value::error();
    if (eq) return Value::integer(i);
  }
  return raise(ExcType::ValueError, reprString(args[0]) + " is not in list");
}

Value listCountM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.count", kw) || !exactlyOne("list.count", n)) return Value::error();
  ListObject *l = L(self);
  int64_t count = 0;
  if (l->storage == ListStorage::Int && args[0].isInt()) {
    for (int64_t i = 0; i < l->size; ++i) count += l->ints[i] == args[0].asInt();
    return Value::integer(count);
  }
  if (l->storage == ListStorage::Bool && args[0].isBool()) {
    for (int64_t i = 0; i < l->size; ++i) count += l->bools[i] == uint8_t(args[0].asBool());
    return Value::integer(count);
  }
  for (int64_t i = 0; i < l->size; ++i) {
    int eq = compareBool(CompareOp::Eq, listGet(l, i), args[0]);
    if (eq < 0) return Value::error();
    count += eq;
  }
  return Value::integer(count);
}

Value listReverseM(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.reverse", kw) || !noArgs("list.reverse", n)) return Value::error();
  listReverse(L(self));
  return Value::none();
}

Value listCopyM(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.copy", kw) || !noArgs("list.copy", n)) return Value::error();
  return listCopy(L(self));
}

Value listClearM(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("list.clear", kw) || !noArgs("list.clear", n)) return Value::error();
  listClear(L(self));
  return Value::none();
}

}  // namespace

// list.sort(*, key=None, reverse=False); also the core of sorted().
Value listSortM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  size_t nkw = keywordCount(kw);
  if (n > nkw) return raise(ExcType::TypeError, "sort() takes no positional arguments");
  if (!checkKeywords("sort", kw, {"key", "reverse"})) return Value::error();
  const Value *keyArg = keywordArg(args, n, kw, "key");
  const Value *revArg = keywordArg(args, n, kw, "reverse");
  Value key = keyArg ? *keyArg : Value::none();
  bool reverse = false;
  if (revArg) {
    if (revArg->isFloat())
      return raise(ExcType::TypeError, "'float' object cannot be interpreted as an integer");
    int t = truthy(*revArg);
    if (t < 0) return Value::error();
    reverse = t;
  }
  ListObject *l = L(self);
  if (key.isNone() && l->storage == ListStorage::Int) {
    // Equal ints are indistinguishable, so an unstable sort and a reversed comparison are exact.
    if (reverse) std::sort(l->ints, l->ints + l->size, std::greater<int64_t>());
    else std::sort(l->ints, l->ints + l->size);
    return Value::none();
  }
  if (key.isNone() && l->storage == ListStorage::Bool) {
    // Likewise for bools: count the Trues, then lay out the Falses and Trues in order.
    int64_t trues = 0;
    for (int64_t i = 0; i < l->size; ++i) trues += l->bools[i];
    int64_t falses = l->size - trues;
    std::fill(l->bools, l->bools + l->size, uint8_t(reverse ? 0 : 1));
    if (reverse) std::fill(l->bools, l->bools + trues, uint8_t(1));
    else std::fill(l->bools, l->bools + falses, uint8_t(0));
    return Value::none();
  }
  std::vector<Value> items;
  items.reserve(size_t(l->size));
  for (int64_t i = 0; i < l->size; ++i) items.push_back(listGet(l, i));
  if (!sortValues(items, key, reverse)) return Value::error();
  for (int64_t i = 0; i < l->size && i < int64_t(items.size()); ++i)
    if (listSet(l, i, items[size_t(i)]) < 0) return Value::error();
  return Value::none();
}

MethodFn findListMethod(std::string_view name, const char **canonical) {
  struct Entry {
    const char *name;
    MethodFn fn;
  };
  static const Entry table[] = {
      {"append", listAppendM}, {"extend", listExtendM}, {"insert", listInsertM},
      {"pop", listPopM},       {"index", listIndexM},   {"count", listCountM},
      {"reverse", listReverseM}, {"sort", listSortM},   {"copy", listCopyM},
      {"clear", listClearM},
  };
  for (const Entry &e : table)
    if (name == e.name) {
      *canonical = e.name;
      return e.fn;
    }
  return nullptr;
}

}  // namespace fastjit::rt
