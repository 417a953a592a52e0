// Argument checking shared by builtins and methods: CPython's arity and keyword TypeErrors and
// the conversion of an int argument ("'str' object cannot be interpreted as an integer").
// Internal to runtime/: the interpreter and JIT go through rt::call instead.
#pragma once

#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/ops.h"

#include <fmt/format.h>

namespace fastjit::rt {

inline size_t keywordCount(const KeywordNames *kw) { return kw ? kw->size() : 0; }

// "len() takes no keyword arguments".
inline bool rejectKeywords(const char *fname, const KeywordNames *kw) {
  if (keywordCount(kw) == 0) return true;
  raise(ExcType::TypeError, fmt::format("{}() takes no keyword arguments", fname));
  return false;
}

// "'foo' is an invalid keyword argument for print()": the first keyword not in `allowed`.
inline bool checkKeywords(const char *fname, const KeywordNames *kw,
                          std::initializer_list<std::string_view> allowed) {
  for (size_t i = 0; i < keywordCount(kw); ++i) {
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || kw->names[i] == a;
    if (!ok) {
      raise(ExcType::TypeError,
            fmt::format("'{}' is an invalid keyword argument for {}()", kw->names[i], fname));
      return false;
    }
  }
  return true;
}

// The keyword argument `name` among the trailing keyword arguments, or nullptr.
inline const Value *keywordArg(const Value *args, size_t nargs, const KeywordNames *kw,
                               std::string_view name) {
  size_t nkw = keywordCount(kw);
  for (size_t i = 0; i < nkw; ++i)
    if (kw->names[i] == name) return &args[nargs - nkw + i];
  return nullptr;
}

// An int (or bool) argument used as an index/count.
inline bool indexArg(const Value &v, int64_t &out) {
  if (v.isInt() || v.isBool()) {
    out = v.asInt();
    return true;
  }
  raise(ExcType::TypeError,
        fmt::format("'{}' object cannot be interpreted as an integer", typeName(v)));
  return false;
}

// "list.append() takes exactly one argument (0 given)" (METH_O methods and builtins). The check
// is inline; the message is built out of line, only on failure.
bool raiseNotExactlyOne(const char *qualname, size_t n);
inline bool exactlyOne(const char *qualname, size_t n) {
  return n == 1 || raiseNotExactlyOne(qualname, n);
}
// "list.copy() takes no arguments (1 given)" (METH_NOARGS).
inline bool noArgs(const char *qualname, size_t n) {
  if (n == 0) return true;
  raise(ExcType::TypeError, fmt::format("{}() takes no arguments ({} given)", qualname, n));
  return false;
}
// "insert expected 2 arguments, got 1" / "pop expected at most 1 argument, got 2" /
// "index expected at least 1 argument, got 0" (Argument Clinic's positional checks).
inline bool argRange(const char *fname, size_t n, size_t lo, size_t hi) {
  if (n >= lo && n <= hi) return true;
  if (lo == hi)
    raise(ExcType::TypeError, fmt::format("{} expected {} argument{}, got {}", fname, lo,
                                          lo == 1 ? "" : "s", n));
  else if (n < lo)
    raise(ExcType::TypeError, fmt::format("{} expected at least {} argument{}, got {}", fname, lo,
                                          lo == 1 ? "" : "s", n));
  else
    raise(ExcType::TypeError, fmt::format("{} expected at most {} argument{}, got {}", fname, hi,
                                          hi == 1 ? "" : "s", n));
  return false;
}

// Sorts values in place with Python's `<` (stable; reverse keeps equal items in order, as
// CPython does). key may be None. Returns false with the comparison's error pending.
bool sortValues(std::vector<Value> &items, const Value &key, bool reverse);

}  // namespace fastjit::rt
