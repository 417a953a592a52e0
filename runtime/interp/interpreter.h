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

#include <cstdint>
#include <functional>

namespace fastjit::interp {

int runModule(const ir::Module &module, const SourceFile &source);

// The invoke hook of interpreted functions: args are bound to parameters (nargs == parameters).
rt::Value interpretFunction(rt::FunctionObject *fn, const rt::Value *args, size_t nargs);

// Deoptimization of compiled functions (jit/deopt.h): compiled code whose guard failed continues
// the same call in the interpreter.
//   deoptFrame: a register file for a new activation of fn on the interpreter's register stack,
//     every register unbound except the preloaded constants; nullptr when fn has no decoded code
//     (it was not created by a running interpreter) or the stack is full.
//   resumeFunction: runs that activation from IR instruction `inst` of block `block` (the failed
//     instruction runs again, generically) and pops the frame. The result, or Value::error() with
//     the exception pending and this frame's traceback line added, as interpretFunction's. The
//     call depth is left alone: the compiled frame it continues is counted already.
//   discardFrame: pops such a frame without running it.
rt::Value *deoptFrame(const ir::Function &fn);
rt::Value resumeFunction(const ir::Function &fn, rt::Value *regs, uint32_t block, uint32_t inst);
void discardFrame(const ir::Function &fn, rt::Value *regs);

// For compiled code and other embedders of the running program. `globals` is the opaque
// rt::FunctionObject::globals of a function created by the interpreter.
//   globalSlots: the global table, indexed like ir::Module::globals; Value::error() marks an unbound
//     slot. Writers must keep that convention (never store an error Value).
//   loadGlobal: LoadGlobal's full semantics: the slot, else the builtin of that name, else
//     NameError "name 'x' is not defined" (returns Value::error() with it pending).
rt::Value *globalSlots(void *globals);
rt::Value loadGlobal(void *globals, uint32_t slot);

// Ways for an embedder (the engine wiring the JIT in --mode=auto) to take part in a run.
struct RunOptions {
  // Called once the global table exists, before any code runs. The slots stay at this address
  // until runModule returns (compiled code may keep the pointer); count == module.globals.size().
  std::function<void(rt::Value *globals, size_t count)> onStart;
  // Called after each `def` has created its function object, before it is stored (e.g. the JIT
  // installs its own invoke hook with the interpreter's as fallback).
  std::function<void(rt::FunctionObject *fn)> onFunctionCreated;
  // The call-depth counter shared with compiled code, so that RecursionError comes at the same
  // depth in every mode; null: the interpreter's own. It counts the active Python frames, the
  // module's included (the interpreter adds 1 for the module while it runs); a call that would
  // take it past kRecursionLimit raises RecursionError "maximum recursion depth exceeded".
  int64_t *callDepth = nullptr;
  // Module-level loops compiled on entry (issue 5; ir/regions.h). When set, each time the
  // interpreter running `<module>` reaches the header of a loop (an inner loop's only when the
  // loop around it runs in the interpreter) it calls this with the header's block id and
  // `<module>`'s register file. The result says how to go on:
  //   kInterpretLoop      run the loop here (it cannot be, or is not yet, compiled);
  //   kLoopFailed         compiled code raised: the exception is pending, its traceback line added;
  //   (block << 32) | i   compiled code ran and wrote back what the interpreter needs: continue
  //                       at instruction i of block `block` (a loop exit, or the instruction where
  //                       a guard failed).
  std::function<int64_t(uint32_t header, rt::Value *regs)> onLoopEntry;
};
inline constexpr int64_t kInterpretLoop = -2;
inline constexpr int64_t kLoopFailed = -1;

int runModule(const ir::Module &module, const SourceFile &source, const RunOptions &options);

// CPython's default recursion limit: a program recursing 998 levels below the module works, one
// more raises RecursionError "maximum recursion depth exceeded".
inline constexpr int kRecursionLimit = 1000;

}  // namespace fastjit::interp
