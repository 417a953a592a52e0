// The parser's public entry point: tokens → AST for a whole file. Recursive descent following
// CPython 3.11's grammar (Grammar/python.gram) for the Tier 1 subset, with CPython's error messages
// for invalid Python and a named refusal for every valid construct fastjit does not support.
// Errors recover at statement boundaries so one run reports several of them.
//
// parseModule does not run the compile-time checks of checks.h (return outside function, global
// declarations); frontend.h's parseFile runs both and is what callers normally want.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <memory>

namespace fastjit {

// Lexes and parses `file`. Returns the Module, or null if any error was reported (every error is in
// `diags`). With keepOnError, a parse that reported errors still returns the tree of the
// statements that parsed (the failed ones are left out), unless the tokenizer failed; parseFile
// uses this to run the compile-time checks over the rest of the file.
std::unique_ptr<ast::Module> parseModule(const SourceFile &file, Diagnostics &diags,
                                         bool keepOnError = false);

}  // namespace fastjit
