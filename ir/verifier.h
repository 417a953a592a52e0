// Checks the invariants documented in ir/ir.h: block shape, register and index ranges, operand
// counts per opcode, and that every register is written before it is read on every path. Run it
// after lowering (tests, debug builds) and after any IR transformation. It never modifies the IR.
#pragma once

#include "ir/ir.h"

#include "llvm/Support/Error.h"

namespace fastjit::ir {

// Success, or an error listing the first problem found ("function f, bb2, inst 3: ...").
llvm::Error verifyFunction(const Module &module, const Function &fn);
llvm::Error verifyModule(const Module &module);

}  // namespace fastjit::ir
