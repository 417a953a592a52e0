// Readable text form of the IR, for `fastjit --emit=ir`, tests and debugging. Pure output: it
// must never change the module or depend on anything but ir.h.
#pragma once

#include "ir/ir.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace fastjit::ir {

void printModule(const Module &module, llvm::raw_ostream &out);
void printFunction(const Module &module, const Function &fn, llvm::raw_ostream &out);
void printInstruction(const Function &fn, const Instruction &inst, llvm::raw_ostream &out);
std::string constantText(const Constant &c);  // Python-like literal: 1, 1.5, 'a', None, 2j
std::string regText(const Function &fn, Reg r);  // %x for local x, %7 for temporary 7

}  // namespace fastjit::ir
