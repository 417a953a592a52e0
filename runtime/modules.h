// The importable modules: math, time, random and sys, as module objects whose members are builtin
// functions and constants. The arithmetic lives in numeric/math_functions/random_mt; this file
// only wraps it in Python-callable form.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fastjit::rt {

struct ModuleObject : Object {
  std::string name;
  std::vector<std::pair<std::string, Value>> members;
};

inline bool isModule(const Value &v) { return v.isObject(ObjKind::Module); }
inline ModuleObject *asModule(const Value &v) { return static_cast<ModuleObject *>(v.asObject()); }

// The module object (a new reference) for math, time, random or sys; for any other name raises
// ModuleNotFoundError "No module named 'x'" (the frontend refuses such imports before running).
Value importModule(std::string_view name);
// module.name, or AttributeError "module 'math' has no attribute 'x'".
Value moduleGetAttr(const ModuleObject *m, std::string_view name);

}  // namespace fastjit::rt
