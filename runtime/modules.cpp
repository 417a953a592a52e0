// The module registry: importModule builds math, time, random and sys once, on first import, and
// returns the same object afterwards (member lookup is in attributes.cpp, so that reading an
// attribute does not link every module's implementation).
#include "runtime/modules.h"

#include "runtime/errors.h"
#include "runtime/modules_internal.h"

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

}  // namespace fastjit::rt
