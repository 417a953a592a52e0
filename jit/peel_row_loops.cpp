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

// A row read at an invariant index that some exit of the loop can skip (an earlier check's
// raise): LICM and unswitching leave it in the loop. One that runs before every exit is hoisted
// without help (matmul's `a[i]` in the k loop), and peeling that loop only costs.
bool readsInvariantRowAfterExit(const Loop &loop, const DominatorTree &dt) {
  SmallVector<BasicBlock *, 8> exiting;
  loop.getExitingBlocks(exiting);
  for (BasicBlock *block : loop.blocks()) {
    bool beforeEveryExit = true;
    for (BasicBlock *e : exiting) beforeEveryExit &= dt.dominates(block, e);
    if (beforeEveryExit) continue;
    for (Instruction &inst : *block)
      if (auto *load = dyn_cast<LoadInst>(&inst))
        if (load->getMetadata(kRowReadMD) && invariantInputs(load->getPointerOperand(), loop))
          return true;
  }
  return false;
}

}  // namespace

PreservedAnalyses PeelRowLoopsPass::run(Loop &loop, LoopAnalysisManager &,
                                        LoopStandardAnalysisResults &ar, LPMUpdater &) {
  // Once per loop (peelLoop records the count), innermost loops only: peeling an outer loop would
  // copy its whole nest.
  if (!loop.isInnermost() || getOptionalIntLoopAttribute(&loop, "llvm.loop.peeled.count") ||
      !canPeel(&loop) || !readsInvariantRowAfterExit(loop, ar.DT))
    return PreservedAnalyses::all();
  ValueToValueMapTy vmap;
  if (!peelLoop(&loop, 1, &ar.LI, &ar.SE, ar.DT, &ar.AC, /*PreserveLCSSA=*/true, vmap))
    return PreservedAnalyses::all();
  simplifyLoopAfterUnroll(&loop, true, &ar.LI, &ar.SE, &ar.DT, &ar.AC, &ar.TTI, nullptr);
  return getLoopPassPreservedAnalyses();
}

}  // namespace fastjit::jit
