// The builtin namespace: `len`, `print`, `range`, `int`, ... as values. Types (`int`, `list`) are
// TypeObjects (callable: int("3")); functions are immortal BuiltinFunctionObjects.
#pragma once

#include "runtime/value.h"

#include <string_view>

namespace fastjit::rt {

// The builtin named `name` (a new reference), or Value::error() WITHOUT raising anything when there
// is no such builtin: the caller raises NameError ("name 'x' is not defined") itself.
Value lookupBuiltin(std::string_view name);

// Calls a type object as a constructor: int(x), float(x), str(x), list(it), range(a, b), ...
Value callType(const Value &type, const Value *args, size_t nargs, const struct KeywordNames *kw);

}  // namespace fastjit::rt
