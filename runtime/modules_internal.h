// Internal to runtime/: how each module file builds its module object (modules.cpp registers them).
#pragma once

#include "runtime/function.h"
#include "runtime/modules.h"

namespace fastjit::rt {

// A new module object (immortal: modules live until the process ends, like CPython's).
ModuleObject *newModule(std::string name);
// Adds an immortal builtin function member.
void addFunction(ModuleObject *m, BuiltinFunctionObject *fn);

ModuleObject *buildMathModule();
ModuleObject *buildRandomModule();
ModuleObject *buildTimeModule();
ModuleObject *buildSysModule();

}  // namespace fastjit::rt
