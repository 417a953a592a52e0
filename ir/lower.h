// AST -> IR lowering: decides scoping (local / global / builtin, comprehension scopes), evaluation
// order and control flow once, for both the interpreter and the compiler (see ir/ir.h).
//
// Scoping follows CPython: in a function, a name assigned anywhere in its body is local unless
// declared `global` (reading it unbound raises UnboundLocalError); at module level every name is a
// global; names that are neither fall back to builtins at run time (LoadGlobal). Errors for input
// the frontend let through but that cannot be lowered come back as llvm::Error "file:line:col: error: ...";
// lowering never crashes and never executes anything.
#pragma once

#include "frontend/ast.h"
#include "ir/ir.h"

#include "llvm/Support/Error.h"

#include <memory>

namespace fastjit::ir {

// Lowers a whole program. The result passes verifyModule (ir/verifier.h); sourceName is taken from
// the AST's SourceFile.
llvm::Expected<std::unique_ptr<Module>> lowerModule(const ast::Module &module);

}  // namespace fastjit::ir
