// "Definitely assigned" analysis over a Function's registers: which registers hold a value on every
// path reaching a point. The lowering uses it to drop CheckBound instructions that can never fire,
// and the verifier uses it to check that no register is read before it is written.
//
// A CheckBound of a register counts as a write (after it, the register is known to be bound, or the
// exception was raised). ForIter/ForRangeNext write their destinations only on the edge to their
// first target (the loop body). Pure analysis: it never changes the function.
#pragma once

#include "ir/ir.h"

#include "llvm/ADT/BitVector.h"

#include <vector>

namespace fastjit::ir {

// For each block, the registers definitely assigned on entry (parameters are assigned at the entry).
// Unreachable blocks get the full set (anything goes in code that never runs).
std::vector<llvm::BitVector> definitelyAssignedAtEntry(const Function &fn);

// Removes every CheckBound whose register is definitely assigned where it stands.
void removeRedundantChecks(Function &fn);

}  // namespace fastjit::ir
