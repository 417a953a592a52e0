// Readable dumps for `fastjit --emit=tokens` and `--emit=ast`: one token per line with its
// position, and the AST as an indented tree showing each node's type, its key attributes and its
// source line:column. For people and tests; nothing parses these dumps back.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace llvm {
class raw_ostream;
}

namespace fastjit {

// Lexes `file` and prints its tokens. Returns false (with the error in `diags`) if lexing failed;
// the tokens before the error are still printed.
bool dumpTokens(const SourceFile &file, llvm::raw_ostream &os, Diagnostics &diags);

void dumpAst(const ast::Module &mod, llvm::raw_ostream &os);
// Any single node (a statement or an expression) and its subtree, indented by `indent` levels.
void dumpNode(const ast::Node &node, llvm::raw_ostream &os, unsigned indent = 0);

}  // namespace fastjit
