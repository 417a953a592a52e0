// Codegen, part 4: the small analyses over a function's IR that let codegen emit less — the
// `abs(z) < c` pairs lowered together (codegen_ops.cpp, tryAbsCompare), the row temporaries
// that need no reference of their own and the conditional int steps lowered without a branch. They only read the IR and the inferred types; they must
// not emit anything.
#include "jit/codegen_impl.h"

namespace fastjit::jit {

using ir::Instruction;
using ir::Op;
using ir::Reg;

// Marks the `abs(z)` calls whose only use is a comparison with a positive constant in the same
// block, with z unchanged in between: tryAbsCompare (codegen_ops.cpp) lowers the pair together.
void FunctionEmitter::findAbsCompares() {
  for (const ir::Block &block : fn_.blocks)
    for (size_t k = 0; k < block.insts.size(); ++k) {
      const Instruction &cmp = block.insts[k];
      if (cmp.op != Op::Compare) continue;
      rt::CompareOp op = cmp.compareOp();
      if (op != rt::CompareOp::Lt && op != rt::CompareOp::Le && op != rt::CompareOp::Gt &&
          op != rt::CompareOp::Ge)
        continue;
      Reg a = cmp.ops[0];
      const Instruction *call = singleDef_[a];
      const ir::Constant *bound = constantOf(cmp.ops[1]);
      if (!call || call->op != Op::Call || call->ops.size() != 2 || uses_[a] != 1) continue;
      const Type &callee = typeOf(call->ops[0]);
      if (!callee.is(K::Builtin) || callee.name() != "abs" || !typeOf(call->ops[1]).is(K::Complex))
        continue;
      if (!bound) continue;
      const ir::Constant &c = *bound;
      double v = c.kind == ir::Constant::Kind::Int     ? double(c.i)
                 : c.kind == ir::Constant::Kind::Float ? c.f
                                                       : -1;
      if (!(v > 0 && v < 1e150)) continue;
      // The call must precede the comparison in this block, with z not written in between.
      size_t j = k;
      while (j > 0 && &block.insts[j - 1] != call) --j;
      if (j == 0) continue;
      bool clobbered = false;
      for (size_t m = j; m < k; ++m)
        for (Reg d : block.insts[m].dsts)
          if (d == call->ops[1]) clobbered = true;
      if (!clobbered) skip_[a] = true;
    }
}

// A temporary row of a list of lists used right away (`a[i][k]`: t = a[i]; u = t[k]) needs no
// reference of its own as long as nothing in between can drop the row from its list or free the
// list: then the incref/decref pair (and the stores that keep the optimizer from hoisting the row
// out of loops) disappear. In between, only instructions on scalars are allowed.
void FunctionEmitter::findBorrowedRows() {
  size_t n = fn_.numRegs;
  borrowed_.assign(n, false);
  std::vector<bool> ok(n, true);
  std::vector<int> covered(n, 0);
  auto scalarResult = [&](const Instruction &i) {
    for (Reg d : i.dsts)
      if (!typeOf(d).isScalar()) return false;
    return true;
  };
  auto safe = [&](const Instruction &i) {
    switch (i.op) {
    case Op::LoadConst:
    case Op::CheckBound: return true;
    case Op::Move:
    case Op::Binary:
    case Op::InplaceBinary:
    case Op::Unary:
    case Op::Compare:
    case Op::GetItem: return scalarResult(i);
    case Op::SetItem: return typeOf(i.ops[2]).isScalar();  // a typed store frees nothing
    default: return false;
    }
  };
  // Temporaries are reused by the lowering: check every definition's window (up to the next
  // definition or the end of its block) and require every use to fall in one.
  for (const ir::Block &block : fn_.blocks)
    for (size_t k = 0; k < block.insts.size(); ++k) {
      for (Reg r : block.insts[k].dsts) {
        if (!fn_.regNames[r].empty() || !typeOf(r).is(K::List) || !ok[r]) continue;
        if (block.insts[k].op != Op::GetItem) { ok[r] = false; continue; }
        bool unsafeSeen = false;
        for (size_t m = k + 1; m < block.insts.size(); ++m) {
          const Instruction &i = block.insts[m];
          int here = 0;
          for (size_t o = 0; o < i.ops.size(); ++o)
            if (i.ops[o] == r) {
              if (o != 0 || (i.op != Op::GetItem && i.op != Op::SetItem)) ok[r] = false;
              ++here;
            }
          if (here && unsafeSeen) ok[r] = false;
          covered[r] += here;
          bool redefines = false;
          for (Reg d : i.dsts) redefines |= d == r;
          if (redefines) break;
          if (!here && !safe(i)) unsafeSeen = true;
        }
      }
    }
  for (Reg r = 0; r < n; ++r)
    borrowed_[r] = ok[r] && fn_.regNames[r].empty() && typeOf(r).is(K::List) &&
                   covered[r] == uses_[r] && uses_[r] > 0;
}

// `if c: n += k` (or `n -= k`, or the step on the false arm) on ints, c a bool or an int: the
// arm is one overflow-checked add and a jump to the block the branch's other target is. Lowered
// as a branch on c, it costs a misprediction whenever c is unpredictable (a Monte Carlo count);
// lowered as n = n + (c ? k : 0) it is branch-free, and the same program: adding 0 never
// overflows, so the OverflowError (with the arm's line) is raised exactly when the arm would have
// raised it. k is read at the branch instead of in the arm, which changes nothing: the add is the
// arm's first instruction. The arm's block stays as it was for any other predecessor.
void FunctionEmitter::findSelectedSteps() {
  for (uint32_t b = 0; b < fn_.blocks.size(); ++b) {
    const ir::Block &block = fn_.blocks[b];
    if (block.insts.empty()) continue;
    const Instruction &br = block.terminator();
    if (br.op != Op::Branch || !(typeOf(br.ops[0]).is(K::Bool) || typeOf(br.ops[0]).is(K::Int)))
      continue;
    for (int side = 0; side < 2; ++side) {
      uint32_t arm = br.targets[side], other = br.targets[1 - side];
      if (arm == other || arm == b) continue;
      const auto &insts = fn_.blocks[arm].insts;
      if (insts.size() != 2 || insts[1].op != Op::Jump || insts[1].targets[0] != other) continue;
      const Instruction &step = insts[0];
      if ((step.op != Op::Binary && step.op != Op::InplaceBinary) ||
          (step.binaryOp() != rt::BinaryOp::Add && step.binaryOp() != rt::BinaryOp::Sub) ||
          step.dsts.size() != 1 || step.ops.size() != 2 || step.dsts[0] != step.ops[0])
        continue;
      if (!typeOf(step.dsts[0]).is(K::Int) || !typeOf(step.ops[1]).is(K::Int)) continue;
      selectedSteps_[b] = SelectedStep{&step, side == 0, other};
      break;
    }
  }
}

}  // namespace fastjit::jit
