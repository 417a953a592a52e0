// Small out-of-line helpers for the AST (node names for dumps, docstring lookup). The node
// definitions themselves are in ast.h; nothing here interprets a program.
#include "frontend/ast.h"

#include <llvm/Support/Casting.h>

namespace fastjit::ast {

const char *kindName(Kind k) {
  switch (k) {
  case Kind::Name: return "Name";
  case Kind::IntLit: return "IntLit";
  case Kind::FloatLit: return "FloatLit";
  case Kind::ImagLit: return "ImagLit";
  case Kind::StrLit: return "StrLit";
  case Kind::FString: return "FString";
  case Kind::FormattedValue: return "FormattedValue";
  case Kind::BoolLit: return "BoolLit";
  case Kind::NoneLit: return "NoneLit";
  case Kind::BinOp: return "BinOp";
  case Kind::UnaryOp: return "UnaryOp";
  case Kind::BoolOp: return "BoolOp";
  case Kind::Compare: return "Compare";
  case Kind::IfExp: return "IfExp";
  case Kind::Call: return "Call";
  case Kind::Attribute: return "Attribute";
  case Kind::Subscript: return "Subscript";
  case Kind::Slice: return "Slice";
  case Kind::ListDisplay: return "ListDisplay";
  case Kind::TupleDisplay: return "TupleDisplay";
  case Kind::ListComp: return "ListComp";
  case Kind::ExprStmt: return "ExprStmt";
  case Kind::Assign: return "Assign";
  case Kind::AugAssign: return "AugAssign";
  case Kind::If: return "If";
  case Kind::While: return "While";
  case Kind::For: return "For";
  case Kind::Break: return "Break";
  case Kind::Continue: return "Continue";
  case Kind::Pass: return "Pass";
  case Kind::Return: return "Return";
  case Kind::FunctionDef: return "FunctionDef";
  case Kind::Global: return "Global";
  case Kind::Assert: return "Assert";
  case Kind::Import: return "Import";
  case Kind::ImportFrom: return "ImportFrom";
  case Kind::Delete: return "Delete";
  case Kind::Module: return "Module";
  }
  return "?";
}

const StrLit *docstring(const StmtList &body) {
  if (body.empty())
    return nullptr;
  const auto *es = llvm::dyn_cast<ExprStmt>(body.front().get());
  if (!es)
    return nullptr;
  return llvm::dyn_cast<StrLit>(es->value.get());
}

}  // namespace fastjit::ast
