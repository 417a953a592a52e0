// The IR interpreter's entry points, for the engine (api/) and the tests.
//
// runModule executes a lowered program (ir/lower.h): it creates the module's global table
// (__name__ = "__main__"), runs the top-level code, and returns the process exit status:
//   0  the program ended normally;
//   1  an uncaught exception: stdout is flushed, then the CPython-style traceback is written to
//      stderr (rt::formatTraceback, source lines read from `source`);
//   n  sys.exit(n) (sys.exit() / sys.exit(None) is 0; sys.exit("msg") prints msg to stderr, 1).
// stdout is flushed before runModule returns. sys.argv must be set by the caller (rt::setArgv).
//
// User functions created while it runs get rt::FunctionObject::invoke = interpretFunction, so
// rt::call (and compiled code) can call them; the JIT may swap the hook per function.
#pragma once

#include "frontend/source.h"
#include "ir/ir.h"
#include "runtime/function.h"

namespace fastjit::interp {

int runModule(const ir::Module &module, const SourceFile &source);

// The invoke hook of interpreted functions: args are bound to parameters (nargs == parameters).
rt::Value interpretFunction(rt::FunctionObject *fn, const rt::Value *args, size_t nargs);

// CPython's default recursion limit: a program recursing 998 levels below the module works, one
// more raises RecursionError "maximum recursion depth exceeded".
inline constexpr int kRecursionLimit = 1000;

}  // namespace fastjit::interp
