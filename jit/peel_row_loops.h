// A loop pass that peels the first iteration off innermost loops that read a row of a list of
// lists at a loop-invariant index (diffusion's `grid[(i - 1) % xmax][j]`, a store into
// `new_grid[i][j]`). Each such read checks the outer list's slot tag, the row's kind, storage and
// size, and can fail; a check that follows another exit of the loop is not guaranteed to run, so
// LICM cannot hoist it and unswitching does not see it, and every failed check leaves through a
// deoptimization exit that takes the loop's current values (jit/codegen_deopt.cpp), which trivial
// unswitching cannot move out of the loop either. After one peeled iteration every such
// check has run once on the way into the loop, and GVN replaces the loop's copy with the peeled
// one's value (the row's header and the outer slot are not written in the loop: TBAA). Codegen
// marks the slot-tag load of every row read (kRowReadMD); peeling never changes what a loop does.
#pragma once

#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Transforms/Scalar/LoopPassManager.h"

namespace fastjit::jit {

// The metadata kind codegen attaches to the load of a row's slot tag in a list of lists.
inline constexpr const char *kRowReadMD = "fastjit.row";

struct PeelRowLoopsPass : llvm::PassInfoMixin<PeelRowLoopsPass> {
  llvm::PreservedAnalyses run(llvm::Loop &loop, llvm::LoopAnalysisManager &,
                              llvm::LoopStandardAnalysisResults &ar, llvm::LPMUpdater &);
};

}  // namespace fastjit::jit
