// The module registry: importModule builds math, time, random and sys once, on first import, and
// returns the same object afterwards; moduleGetAttr looks members up by name.
#include "runtime/modules.h"

#include "runtime/errors.h"
#include "runtime/modules_internal.h"
#include "runtime/str.h"

#include <fmt/format.h>

namespace fastjit::rt {

ModuleObject *newModule(std::string name) {
  auto *m = new ModuleObject();
  m->refcount = kImmortalRefcount;
  m->kind = ObjKind::Module;
  m->name = std::move(name);
  return m;
}

void addFunction(ModuleObject *m, BuiltinFunctionObject *fn) {
  m->members.emplace_back(fn->name, Value::borrow(fn));
}

Value importModule(std::string_view name) {
  static ModuleObject *math = nullptr, *random = nullptr, *time = nullptr, *sys = nullptr;
  ModuleObject **slot = name == "math"     ? &math
                        : name == "random" ? &random
                        : name == "time"   ? &time
                        : name == "sys"    ? &sys
                                           : nullptr;
  if (!slot) return raise(ExcType::ModuleNotFoundError, fmt::format("No module named '{}'", name));
  if (!*slot) {
    *slot = name == "math"     ? buildMathModule()
            : name == "random" ? buildRandomModule()
            : name == "time"   ? buildTimeModule()
                               : buildSysModule();
  }
  return Value::borrow(*slot);
}

Value moduleGetAttr(const ModuleObject *m, std::string_view name) {
  for (const auto &[key, value] : m->members)
    if (key == name) return value;
  if (name == "__name__") return makeStr(m->name);
  return raise(ExcType::AttributeError,
               fmt::format("module '{}' has no attribute '{}'", m->name, name));
}

}  // namespace fastjit::rt
