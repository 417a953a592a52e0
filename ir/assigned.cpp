// The definitely-assigned analysis (see assigned.h): a forward must-analysis, intersection at joins,
// iterated to a fixed point in block order (CFGs here are small; a few passes suffice).
#include "ir/assigned.h"

namespace fastjit::ir {

namespace {

// Applies the writes of one instruction that happen on every outgoing path.
void applyWrites(const Instruction &inst, llvm::BitVector &state) {
  if (inst.op == Op::CheckBound) {
    state.set(inst.ops[0]);
    return;
  }
  if (inst.op == Op::ForIter || inst.op == Op::ForRangeNext) return;  // edge-specific
  for (Reg d : inst.dsts) state.set(d);
}

}  // namespace

std::vector<llvm::BitVector> definitelyAssignedAtEntry(const Function &fn) {
  size_t n = fn.blocks.size();
  std::vector<llvm::BitVector> in(n, llvm::BitVector(fn.numRegs, true));
  std::vector<bool> reached(n, false);
  if (n == 0) return in;
  llvm::BitVector entry(fn.numRegs, false);
  for (uint32_t p = 0; p < fn.numParams; ++p) entry.set(p);
  in[0] = entry;
  reached[0] = true;
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t b = 0; b < n; ++b) {
      if (!reached[b] || fn.blocks[b].insts.empty()) continue;
      llvm::BitVector state = in[b];
      for (const Instruction &inst : fn.blocks[b].insts) applyWrites(inst, state);
      const Instruction &term = fn.blocks[b].terminator();
      for (unsigned t = 0; t < term.numTargets(); ++t) {
        BlockId succ = term.targets[t];
        if (succ >= n) continue;
        llvm::BitVector edge = state;
        if (t == 0 && (term.op == Op::ForIter || term.op == Op::ForRangeNext))
          for (Reg d : term.dsts) edge.set(d);
        if (!reached[succ]) {
          reached[succ] = true;
          in[succ] = edge;
          changed = true;
        } else {
          llvm::BitVector meet = in[succ];
          meet &= edge;
          if (meet != in[succ]) {
            in[succ] = meet;
            changed = true;
          }
        }
      }
    }
  }
  return in;
}

void removeRedundantChecks(Function &fn) {
  std::vector<llvm::BitVector> in = definitelyAssignedAtEntry(fn);
  for (size_t b = 0; b < fn.blocks.size(); ++b) {
    llvm::BitVector state = in[b];
    std::vector<Instruction> kept;
    kept.reserve(fn.blocks[b].insts.size());
    for (Instruction &inst : fn.blocks[b].insts) {
      if (inst.op == Op::CheckBound && state.test(inst.ops[0])) continue;
      applyWrites(inst, state);
      kept.push_back(std::move(inst));
    }
    fn.blocks[b].insts = std::move(kept);
  }
}

}  // namespace fastjit::ir
