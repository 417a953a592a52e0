// Compile-time checks CPython performs after parsing (in its symtable and compiler passes), run
// over a parsed Module: 'return' outside function, 'break' outside loop, 'continue' not properly
// in loop, more than 20 nested loops, and names declared `global` after being used, assigned or bound as a parameter in the
// same scope. Messages and positions are CPython 3.11's. Reports only; never changes the tree.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

namespace fastjit {

// Returns true when no error was found.
bool checkModule(const ast::Module &mod, Diagnostics &diags);

}  // namespace fastjit
