// Helpers shared by the frontend unit tests: run the frontend on a string, get the first error,
// and print expressions as compact S-expressions so precedence can be asserted in one line.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/frontend.h"
#include "frontend/source.h"

#include <memory>
#include <string>

namespace fastjit::test {

struct Parsed {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<Diagnostics> diags;
  std::unique_ptr<ast::Module> mod;

  bool ok() const { return mod != nullptr; }
  // "SyntaxError: message @line:col" for the first error, or "" when there is none.
  std::string firstError() const;
  std::string allErrors() const;  // every error, one per line, same format
};

Parsed parse(std::string text, std::string name = "t.py");

// (op lhs rhs)-style rendering of an expression: names and literals as written in Python
// (strings in single quotes), BinOp "(+ a b)", UnaryOp "(neg a)", BoolOp "(and a b c)",
// Compare "(< a b <= c)", IfExp "(if test body else)", Call "(call f a k=v)", Attribute "a.b",
// Subscript "a[i]", Slice "lo:hi:step", lists "[a b]", tuples "(tuple a b)", ListComp
// "(listcomp elt (for t it (if c)))", FString "(f 'text' {x!r:spec})".
std::string sexpr(const ast::Expr *e);
// The S-expression of the value of the single expression statement or assignment in `source`.
std::string exprOf(const std::string &source);

}  // namespace fastjit::test
