// Helpers for the runtime object tests: building values, calling builtins by name, and reading
// back repr() text or the pending exception as "Class: message". Expected strings in the tests
// were produced by running the same expressions in python3 (CPython 3.11).
#pragma once

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace fastjit::rt::testing {

inline Value I(int64_t i) { return Value::integer(i); }
inline Value F(double f) { return Value::floating(f); }
inline Value B(bool b) { return Value::boolean(b); }
inline Value C(double re, double im) { return Value::complex(re, im); }
inline Value S(std::string_view s) { return makeStr(s); }
inline Value L(std::initializer_list<Value> items) {
  std::vector<Value> v(items);
  return makeListFrom(v.data(), int64_t(v.size()));
}
inline Value T(std::initializer_list<Value> items) {
  std::vector<Value> v(items);
  return makeTuple(v.data(), int64_t(v.size()));
}

// repr() of a value, or "Class: message" of the pending exception (which is cleared).
inline std::string show(const Value &v) {
  if (v.isError()) {
    PendingException e = takePending();
    std::string out(excTypeName(e.type));
    if (!e.message.empty()) out += ": " + e.message;
    return out;
  }
  return reprString(v);
}

inline std::string showInt(int r) {
  if (r < 0) return show(Value::error());
  return std::to_string(r);
}

// Calls builtin `name` with positional args and optional trailing keyword names.
inline Value callBuiltin(std::string_view name, std::vector<Value> args,
                         std::vector<std::string> kwNames = {}) {
  Value fn = lookupBuiltin(name);
  KeywordNames kw{std::move(kwNames)};
  return call(fn, args.data(), args.size(), kw.size() ? &kw : nullptr);
}

inline Value callMethodOf(const Value &self, std::string_view name, std::vector<Value> args,
                          std::vector<std::string> kwNames = {}) {
  KeywordNames kw{std::move(kwNames)};
  return callMethod(self, name, args.data(), args.size(), kw.size() ? &kw : nullptr);
}

}  // namespace fastjit::rt::testing
