// PeelRowLoopsPass (jit/peel_row_loops.h): which loops to peel, and the peeling itself (LLVM's
// peelLoop, as LoopFullUnrollPass calls it).
#include "jit/peel_row_loops.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/LoopPeel.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/UnrollLoop.h"

namespace fastjit::jit {

using namespace llvm;

namespace {

// Whether v has the same value on every iteration of the loop as far as its computation goes:
// defined outside the loop, or computed in it from such values without phis. Loads count when
// their address does (whether memory changes in between is GVN's business after the peel; this
// is only the heuristic that picks the loops worth peeling).
bool invariantInputs(Value *v, const Loop &loop, unsigned depth = 0) {
  auto *inst = dyn_cast<Instruction>(v);
  if (!inst || !loop.contains(inst)) return true;
  if (depth > 12 || isa<PHINode>(inst) || inst->mayWriteToMemory() || isa<CallBase>(inst))
    return false;
  for (Value *op : inst->operands())
    if (!invariantInputs(op, loop, depth + 1)) return false;
  return true;
}

// A row read at an invariant index. LICM and unswitching leave its checks in the loop: one that
// some exit can skip (an earlier check's raise) is not guaranteed to run, and every failed check
// leaves through a deoptimization exit (jit/codegen_deopt.cpp) that takes the loop's current
// values (the running sum, the index), which trivial unswitching cannot move out of the loop.
bool readsInvariantRow(const Loop &loop) {
  for (BasicBlock *block : loop.blocks())
    for (Instruction &inst : *block)
      if (auto *load = dyn_cast<LoadInst>(&inst))
        if (load->getMetadata(kRowReadMD) && invariantInputs(load->getPointerOperand(), loop))
          return true;
  return false;
}

}  // namespace

PreservedAnalyses PeelRowLoopsPass::run(Loop &loop, LoopAnalysisManager &,
                                        LoopStandardAnalysisResults &ar, LPMUpdater &) {
  // Once per loop (peelLoop records the count), innermost loops only: peeling an outer loop would
  // copy its whole nest.
  if (!loop.isInnermost() || getOptionalIntLoopAttribute(&loop, "llvm.loop.peeled.count") ||
      !canPeel(&loop) || !readsInvariantRow(loop))
    return PreservedAnalyses::all();
  ValueToValueMapTy vmap;
  if (!peelLoop(&loop, 1, &ar.LI, &ar.SE, ar.DT, &ar.AC, /*PreserveLCSSA=*/true, vmap))
    return PreservedAnalyses::all();
  simplifyLoopAfterUnroll(&loop, true, &ar.LI, &ar.SE, &ar.DT, &ar.AC, &ar.TTI, nullptr);
  return getLoopPassPreservedAnalyses();
}

}  // namespace fastjit::jit
