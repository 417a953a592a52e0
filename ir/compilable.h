// The static half of `--mode=jit` (issue 5: "if anything cannot be compiled, refuse before
// running, with `cannot compile` and the reason and line"). Specialization is lazy — a function is
// compiled at its first call for the types it gets — so what is known before the program runs is
// whether each function and each module-level loop can be compiled for *any* types: inference
// with every argument, live-in value and global unknown (dynamic) must succeed. Whatever passes
// here compiles at run time too, typed where the types allow and generic (boxed) elsewhere.
#pragma once

#include "ir/ir.h"

#include "llvm/Support/Error.h"

namespace fastjit::ir {

// Success, or an Error whose message is "FILE:LINE: error: cannot compile ... (in WHERE)\n" for
// the first function or module loop that cannot be compiled.
llvm::Error checkCompilable(const Module &module);

}  // namespace fastjit::ir
