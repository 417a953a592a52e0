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

#include <string>
#include <vector>

namespace fastjit::jit {

// The interpreter's entry points (runtime/interp/interpreter.h: deoptFrame, resumeFunction,
// discardFrame). Without them (the JIT used on its own) a failed guard raises RuntimeError.
struct InterpreterResume {
  rt::Value *(*frame)(const ir::Function &fn) = nullptr;
  rt::Value (*resume)(const ir::Function &fn, rt::Value *regs, uint32_t block, uint32_t inst) = nullptr;
  void (*discard)(const ir::Function &fn, rt::Value *regs) = nullptr;
};
void setInterpreterResume(const InterpreterResume &entry);

// Deoptimizations so far (for tests).
int64_t deoptCount();

// One deoptimization exit of compiled code, built by codegen and kept for the life of the
// process: which registers fj_deopt receives (its variadic i64 words, in this order) and how each
// becomes an interpreter Value.
struct DeoptSlot {
  enum Kind : uint8_t {
    Scalar,    // 1 word, the payload of a Value of tag `tag` (none: 0 words)
    Complex,   // 2 words: real and imaginary parts (double bits)
    Value3,    // 3 words: a whole Value (tag, payload, imaginary part), borrowed
    Object,    // 1 word: a list or tuple, borrowed
    ListIter,  // 2 words: the list (borrowed) and the next index
    TupleIter, // 2 words: the tuple (borrowed) and the next index
    Constant,  // 0 words: `object` (a function, builtin or module)
  };
  uint32_t reg = 0;
  Kind kind = Scalar;
  rt::Tag tag = rt::Tag::None;
  bool maybeUnbound = false;  // a first word says whether the register is bound (0: skip it)
  const void *object = nullptr;
};
struct DeoptSite {
  const ir::Function *fn = nullptr;
  uint32_t numRegs = 0, block = 0, inst = 0;
  uint32_t dst = ir::NoReg;  // receives the Value fj_deopt is given (after an instruction ran)
  std::vector<DeoptSlot> slots;
  // The traceback line when fj_deopt fails before the interpreter runs (no interpreter, or
  // MemoryError while boxing): the compiled frame's own.
  std::string file;
  int line = 0;
};
// A new site, alive for the life of the process.
DeoptSite &newDeoptSite();

}  // namespace fastjit::jit
