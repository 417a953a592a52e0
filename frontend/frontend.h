// The frontend in one call, for the engine and the CLI: lex, parse, refuse what is outside the
// subset, and run CPython's compile-time checks. On failure the result is null and every error is
// in `diags`, in source order, ready for Diagnostics::print. If the file has Python errors
// (SyntaxError, IndentationError, TabError), those are all that is reported: refusals name
// constructs of valid programs only.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <memory>

namespace fastjit {

std::unique_ptr<ast::Module> parseFile(const SourceFile &file, Diagnostics &diags);

}  // namespace fastjit
