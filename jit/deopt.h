// Deoptimization of compiled functions, the part outside generated code (the codegen half is
// jit/codegen_deopt.cpp). A compiled specialization assumed types that inference only guessed
// (the storage of a row of a list of lists, the result of a call); when a guard finds otherwise
// at IR position (block, instruction), the compiled frame boxes every register live there into a
// fresh interpreter register file for the same ir::Function (the specialization's code is the
// interpreter's: same blocks, instructions and registers) and the interpreter runs the rest of
// the call from that instruction. Its result comes back through the compiled function's typed
// ABI when it has the specialization's result type; otherwise the compiled function returns
// `failed` with no exception pending and the Value left as a pending result (fj_deopt_set_result):
// a compiled caller then deoptimizes itself right after its call instruction with that Value as
// the call's result, and the boxed entry hands it to whoever called it through rt::call.
//
// The JIT library does not depend on the interpreter: whoever runs both (api/) connects them.
#pragma once

#include "ir/ir.h"
#include "runtime/value.h"

namespace fastjit::jit {

// The interpreter's entry points (runtime/interp/interpreter.h: deoptFrame, resumeFunction,
// discardFrame). Without them (the JIT used on its own) a failed guard raises RuntimeError.
struct InterpreterResume {
  rt::Value *(*frame)(const ir::Function &fn) = nullptr;
  rt::Value (*resume)(const ir::Function &fn, rt::Value *regs, uint32_t block, uint32_t inst) = nullptr;
  void (*discard)(const ir::Function &fn, rt::Value *regs) = nullptr;
};
void setInterpreterResume(const InterpreterResume &entry);

// Deoptimizations so far (for tests and --explain-like diagnostics).
int64_t deoptCount();

}  // namespace fastjit::jit
