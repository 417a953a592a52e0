// The abstract syntax tree of a fastjit program: what the parser produces and what ir/lower.cpp
// consumes. It covers every Tier 1 form of ../shared/SUBSET.md and nothing else: constructs outside
// the subset are refused by the parser with a diagnostic, so they never appear here.
//
// Design: one Kind enum for all nodes, LLVM-style classof so llvm::isa / dyn_cast / cast work
// (fastjit is compiled with -fno-rtti), children owned by std::unique_ptr, every node carrying the
// SourceRange of its text (1-based line and column, byte offsets). Operators use the runtime's enums
// (rt::BinaryOp, rt::UnaryOp, rt::CompareOp) so there is one definition of each operator.
//
// Stability: this header is an interface for the IR engineer; nodes and fields are only ever added,
// never renamed. The tree is plain data: no semantics, no evaluation here.
#pragma once

#include "frontend/source.h"
#include "runtime/ops.h"

#include <llvm/Support/Casting.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::ast {

enum class Kind : uint8_t {
  // Expressions (keep FirstExpr..LastExpr contiguous).
  Name,
  IntLit,
  FloatLit,
  ImagLit,
  StrLit,
  FString,
  FormattedValue,
  BoolLit,
  NoneLit,
  BinOp,
  UnaryOp,
  BoolOp,
  Compare,
  IfExp,
  Call,
  Attribute,
  Subscript,
  Slice,
  ListDisplay,
  TupleDisplay,
  ListComp,
  // Statements (keep FirstStmt..LastStmt contiguous).
  ExprStmt,
  Assign,
  AugAssign,
  If,
  While,
  For,
  Break,
  Continue,
  Pass,
  Return,
  FunctionDef,
  Global,
  Assert,
  Import,
  ImportFrom,
  Delete,
  // The root.
  Module,

  FirstExpr = Name,
  LastExpr = ListComp,
  FirstStmt = ExprStmt,
  LastStmt = Delete,
};

// Printable node name ("BinOp", "FunctionDef"), used by dumps.
const char *kindName(Kind k);

// Whether an expression is read, assigned, or deleted, as in CPython's ast (Load/Store/Del).
// Set on Name, Attribute, Subscript, ListDisplay and TupleDisplay; Load elsewhere.
enum class ExprContext : uint8_t { Load, Store, Del };

class Node {
public:
  Kind kind() const { return kind_; }
  SourceRange range;
  // Shorthands for the start position.
  uint32_t line() const { return range.begin.line; }
  uint32_t column() const { return range.begin.column; }

  virtual ~Node() = default;

protected:
  explicit Node(Kind k, SourceRange r) : range(r), kind_(k) {}

private:
  Kind kind_;
};

class Expr : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind() >= Kind::FirstExpr && n->kind() <= Kind::LastExpr;
  }

protected:
  using Node::Node;
};

class Stmt : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind() >= Kind::FirstStmt && n->kind() <= Kind::LastStmt;
  }

protected:
  using Node::Node;
};

using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

#define FASTJIT_AST_CLASSOF(K) \
  static bool classof(const Node *n) { return n->kind() == Kind::K; }

// ----------------------------------------------------------------------------------------------
// Expressions

class Name : public Expr {
public:
  Name(SourceRange r, std::string id, ExprContext ctx = ExprContext::Load)
      : Expr(Kind::Name, r), id(std::move(id)), ctx(ctx) {}
  std::string id;  // UTF-8 as written (non-ASCII identifiers are not NFKC-normalized)
  ExprContext ctx;
  FASTJIT_AST_CLASSOF(Name)
};

// An integer literal. fastjit's int is int64: a literal that does not fit (Python would make a big
// int) is kept with fitsInt64 == false and its source text; it is NOT refused at compile time.
// Lowering must make evaluating it raise `OverflowError: integer overflow` at run time (the licensed
// difference of SUBSET.md), so a program that never reaches it behaves as CPython.
// `-9223372036854775808` is folded by the parser into one IntLit holding INT64_MIN.
class IntLit : public Expr {
public:
  IntLit(SourceRange r, int64_t value) : Expr(Kind::IntLit, r), value(value) {}
  int64_t value = 0;
  bool fitsInt64 = true;
  std::string text;  // the literal as written (set when !fitsInt64; for messages)
  FASTJIT_AST_CLASSOF(IntLit)
};

class FloatLit : public Expr {
public:
  FloatLit(SourceRange r, double value) : Expr(Kind::FloatLit, r), value(value) {}
  double value;  // correctly rounded, as CPython's float(str); may be inf for 1e999
  FASTJIT_AST_CLASSOF(FloatLit)
};

// `2j`, `1.5j`: a complex with real part 0.0 (CPython: complex(0.0, imag)).
class ImagLit : public Expr {
public:
  ImagLit(SourceRange r, double imag) : Expr(Kind::ImagLit, r), imag(imag) {}
  double imag;
  FASTJIT_AST_CLASSOF(ImagLit)
};

// A string literal after escape processing and implicit concatenation of adjacent literals
// ("a" "b" is one StrLit "ab"). The value is UTF-8. Lone surrogates from "\ud800" escapes are
// encoded as 3-byte sequences (WTF-8) since UTF-8 cannot hold them.
class StrLit : public Expr {
public:
  StrLit(SourceRange r, std::string value) : Expr(Kind::StrLit, r), value(std::move(value)) {}
  std::string value;
  FASTJIT_AST_CLASSOF(StrLit)
};

class FString;

// One `{expr!c:spec}` replacement field of an f-string. format(str-or-repr(value), spec).
class FormattedValue : public Expr {
public:
  FormattedValue(SourceRange r, ExprPtr value)
      : Expr(Kind::FormattedValue, r), value(std::move(value)) {}
  ExprPtr value;
  // 0 for none, else 'r', 's' or 'a' (the `!r` / `!s` / `!a` conversion).
  char conversion = 0;
  // The format spec, itself an f-string because it may contain replacement fields
  // (f"{x:{width}.{prec}f}"); null when there is no `:spec`. A constant spec is an FString whose
  // only part is a StrLit.
  std::unique_ptr<FString> formatSpec;
  FASTJIT_AST_CLASSOF(FormattedValue)
};

// An f-string (JoinedStr in CPython). parts are StrLit (literal text, `{{`/`}}` already undoubled)
// and FormattedValue nodes in source order; adjacent literal text is merged. Implicit concatenation
// with plain strings ("a" f"{x}") yields one FString. The `=` specifier (f"{x=}") is expanded by the
// parser as CPython does: a StrLit "x=" followed by the field, with conversion 'r' when neither a
// conversion nor a spec was given.
class FString : public Expr {
public:
  explicit FString(SourceRange r) : Expr(Kind::FString, r) {}
  ExprList parts;
  FASTJIT_AST_CLASSOF(FString)
};

class BoolLit : public Expr {
public:
  BoolLit(SourceRange r, bool value) : Expr(Kind::BoolLit, r), value(value) {}
  bool value;
  FASTJIT_AST_CLASSOF(BoolLit)
};

class NoneLit : public Expr {
public:
  explicit NoneLit(SourceRange r) : Expr(Kind::NoneLit, r) {}
  FASTJIT_AST_CLASSOF(NoneLit)
};

class BinOp : public Expr {
public:
  BinOp(SourceRange r, rt::BinaryOp op, ExprPtr lhs, ExprPtr rhs)
      : Expr(Kind::BinOp, r), op(op), lhs(std::move(lhs)), rhs(std::move(rhs)) {}
  rt::BinaryOp op;
  ExprPtr lhs, rhs;
  FASTJIT_AST_CLASSOF(BinOp)
};

// `-x`, `+x`, `~x`, `not x`.
class UnaryOp : public Expr {
public:
  UnaryOp(SourceRange r, rt::UnaryOp op, ExprPtr operand)
      : Expr(Kind::UnaryOp, r), op(op), operand(std::move(operand)) {}
  rt::UnaryOp op;
  ExprPtr operand;
  FASTJIT_AST_CLASSOF(UnaryOp)
};

enum class BoolOpKind : uint8_t { And, Or };

// `a and b and c` is one BoolOp with three values (CPython flattens the same way); the result is
// the first value deciding the outcome, not a bool.
class BoolOp : public Expr {
public:
  BoolOp(SourceRange r, BoolOpKind op) : Expr(Kind::BoolOp, r), op(op) {}
  BoolOpKind op;
  ExprList values;  // at least two
  FASTJIT_AST_CLASSOF(BoolOp)
};

// A comparison chain `a < b <= c`: left, then ops[i] applied between operand i and comparators[i].
// Each operand is evaluated at most once, left to right, stopping at the first false link.
class Compare : public Expr {
public:
  Compare(SourceRange r, ExprPtr left) : Expr(Kind::Compare, r), left(std::move(left)) {}
  ExprPtr left;
  std::vector<rt::CompareOp> ops;
  ExprList comparators;  // same size as ops
  FASTJIT_AST_CLASSOF(Compare)
};

// `body if test else orelse`
class IfExp : public Expr {
public:
  IfExp(SourceRange r, ExprPtr test, ExprPtr body, ExprPtr orelse)
      : Expr(Kind::IfExp, r), test(std::move(test)), body(std::move(body)),
        orelse(std::move(orelse)) {}
  ExprPtr test, body, orelse;
  FASTJIT_AST_CLASSOF(IfExp)
};

// `name=value` in a call.
struct Keyword {
  SourceRange range;  // from the name to the end of the value
  std::string name;
  ExprPtr value;
};

// `func(args..., name=value...)`. Positional arguments always precede keywords (the parser reports
// "positional argument follows keyword argument" otherwise); keyword names are distinct.
class Call : public Expr {
public:
  Call(SourceRange r, ExprPtr func) : Expr(Kind::Call, r), func(std::move(func)) {}
  ExprPtr func;
  ExprList args;
  std::vector<Keyword> keywords;
  FASTJIT_AST_CLASSOF(Call)
};

// `value.attr`
class Attribute : public Expr {
public:
  Attribute(SourceRange r, ExprPtr value, std::string attr, ExprContext ctx = ExprContext::Load)
      : Expr(Kind::Attribute, r), value(std::move(value)), attr(std::move(attr)), ctx(ctx) {}
  ExprPtr value;
  std::string attr;
  ExprContext ctx;
  FASTJIT_AST_CLASSOF(Attribute)
};

// `value[index]`; index is a Slice node for `a[1:2]` / `a[::2]`, a TupleDisplay for `a[1, 2]`,
// otherwise any expression. Store with a Slice index (slice assignment) is refused by the parser
// (Tier 2); Del with a Slice index (`del a[1:2]`) is refused as well.
class Subscript : public Expr {
public:
  Subscript(SourceRange r, ExprPtr value, ExprPtr index, ExprContext ctx = ExprContext::Load)
      : Expr(Kind::Subscript, r), value(std::move(value)), index(std::move(index)), ctx(ctx) {}
  ExprPtr value;
  ExprPtr index;
  ExprContext ctx;
  FASTJIT_AST_CLASSOF(Subscript)
};

// `lower:upper:step`, only ever directly as a Subscript's index. Omitted parts are null.
class Slice : public Expr {
public:
  explicit Slice(SourceRange r) : Expr(Kind::Slice, r) {}
  ExprPtr lower, upper, step;
  FASTJIT_AST_CLASSOF(Slice)
};

class ListDisplay : public Expr {
public:
  ListDisplay(SourceRange r, ExprContext ctx = ExprContext::Load)
      : Expr(Kind::ListDisplay, r), ctx(ctx) {}
  ExprList elts;
  ExprContext ctx;  // Store for `[a, b] = ...` and `for [a, b] in ...`
  FASTJIT_AST_CLASSOF(ListDisplay)
};

// `(a, b)`, `a, b`, `()`, `(a,)`. Parentheses alone do not make a tuple: `(a)` is just `a`.
class TupleDisplay : public Expr {
public:
  TupleDisplay(SourceRange r, ExprContext ctx = ExprContext::Load)
      : Expr(Kind::TupleDisplay, r), ctx(ctx) {}
  ExprList elts;
  ExprContext ctx;  // Store for `a, b = ...`, Del never (del of a tuple of targets is split)
  FASTJIT_AST_CLASSOF(TupleDisplay)
};

// `for target in iter if cond1 if cond2` inside a comprehension.
struct Comprehension {
  SourceRange range;
  ExprPtr target;  // a Name / TupleDisplay / ListDisplay / Subscript / Attribute with ctx Store
  ExprPtr iter;
  ExprList ifs;
};

// `[elt for ... in ... if ... for ...]`. As in Python 3, the comprehension has its own scope: its
// targets do not leak into the enclosing function; the first generator's iter is evaluated in the
// enclosing scope, everything else inside the comprehension.
class ListComp : public Expr {
public:
  ListComp(SourceRange r, ExprPtr elt) : Expr(Kind::ListComp, r), elt(std::move(elt)) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;  // at least one
  FASTJIT_AST_CLASSOF(ListComp)
};

// ----------------------------------------------------------------------------------------------
// Statements

class ExprStmt : public Stmt {
public:
  ExprStmt(SourceRange r, ExprPtr value) : Stmt(Kind::ExprStmt, r), value(std::move(value)) {}
  ExprPtr value;
  FASTJIT_AST_CLASSOF(ExprStmt)
};

// `t1 = t2 = value`: value is evaluated once, then assigned to each target left to right (as
// CPython does). Targets have ctx Store; a target may be a Name, Attribute, Subscript (not with a
// Slice), or a TupleDisplay / ListDisplay of targets (nested unpacking).
class Assign : public Stmt {
public:
  Assign(SourceRange r, ExprPtr value) : Stmt(Kind::Assign, r), value(std::move(value)) {}
  ExprList targets;  // at least one
  ExprPtr value;
  FASTJIT_AST_CLASSOF(Assign)
};

// `target op= value`; target is a Name, Attribute or Subscript (ctx Store), evaluated once.
class AugAssign : public Stmt {
public:
  AugAssign(SourceRange r, ExprPtr target, rt::BinaryOp op, ExprPtr value)
      : Stmt(Kind::AugAssign, r), target(std::move(target)), op(op), value(std::move(value)) {}
  ExprPtr target;
  rt::BinaryOp op;
  ExprPtr value;
  FASTJIT_AST_CLASSOF(AugAssign)
};

// `if test: body` with `elif` represented as a single nested If in orelse.
class If : public Stmt {
public:
  If(SourceRange r, ExprPtr test) : Stmt(Kind::If, r), test(std::move(test)) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;  // empty when there is no else/elif
  FASTJIT_AST_CLASSOF(If)
};

class While : public Stmt {
public:
  While(SourceRange r, ExprPtr test) : Stmt(Kind::While, r), test(std::move(test)) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;  // the `else:` run when the loop ends without break
  FASTJIT_AST_CLASSOF(While)
};

class For : public Stmt {
public:
  For(SourceRange r, ExprPtr target, ExprPtr iter)
      : Stmt(Kind::For, r), target(std::move(target)), iter(std::move(iter)) {}
  ExprPtr target;  // ctx Store, like an Assign target
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
  FASTJIT_AST_CLASSOF(For)
};

class Break : public Stmt {
public:
  explicit Break(SourceRange r) : Stmt(Kind::Break, r) {}
  FASTJIT_AST_CLASSOF(Break)
};

class Continue : public Stmt {
public:
  explicit Continue(SourceRange r) : Stmt(Kind::Continue, r) {}
  FASTJIT_AST_CLASSOF(Continue)
};

class Pass : public Stmt {
public:
  explicit Pass(SourceRange r) : Stmt(Kind::Pass, r) {}
  FASTJIT_AST_CLASSOF(Pass)
};

class Return : public Stmt {
public:
  Return(SourceRange r, ExprPtr value) : Stmt(Kind::Return, r), value(std::move(value)) {}
  ExprPtr value;  // null for a bare `return`
  FASTJIT_AST_CLASSOF(Return)
};

// A positional parameter, optionally with a default (evaluated once, when the def runs).
struct Param {
  SourceRange range;
  std::string name;
  ExprPtr defaultValue;  // null when there is none
};

// `def name(params): body`. Only at module level: nested defs are refused (closures are not Tier 1),
// so every name a function assigns is a local unless declared `global`. The docstring, if any, is
// the first statement of body (an ExprStmt of a StrLit); see docstring().
class FunctionDef : public Stmt {
public:
  FunctionDef(SourceRange r, std::string name) : Stmt(Kind::FunctionDef, r), name(std::move(name)) {}
  std::string name;
  std::vector<Param> params;  // parameters with defaults all come after those without
  StmtList body;
  FASTJIT_AST_CLASSOF(FunctionDef)
};

// `global a, b`. Legal at module level too (a no-op there, as in CPython).
class Global : public Stmt {
public:
  explicit Global(SourceRange r) : Stmt(Kind::Global, r) {}
  std::vector<std::string> names;
  FASTJIT_AST_CLASSOF(Global)
};

// `assert test, msg`
class Assert : public Stmt {
public:
  Assert(SourceRange r, ExprPtr test, ExprPtr msg)
      : Stmt(Kind::Assert, r), test(std::move(test)), msg(std::move(msg)) {}
  ExprPtr test;
  ExprPtr msg;  // null when absent
  FASTJIT_AST_CLASSOF(Assert)
};

// `name` or `name as asname` in an import.
struct Alias {
  SourceRange range;
  std::string name;    // module name (Import) or member name (ImportFrom); never dotted
  std::string asname;  // empty when there is no `as`
  // The name bound in the importing scope.
  const std::string &boundName() const { return asname.empty() ? name : asname; }
};

// `import math, time as t`. Only the modules fastjit provides (math, time, random, sys) get here;
// others are refused by the parser ("module 'os' is not supported by fastjit").
class Import : public Stmt {
public:
  explicit Import(SourceRange r) : Stmt(Kind::Import, r) {}
  std::vector<Alias> names;
  FASTJIT_AST_CLASSOF(Import)
};

// `from math import sqrt, pi as PI`. `from m import *` is refused. Whether the member exists is a
// run-time question (ImportError in CPython), not checked here.
class ImportFrom : public Stmt {
public:
  ImportFrom(SourceRange r, std::string module) : Stmt(Kind::ImportFrom, r), module(std::move(module)) {}
  std::string module;
  std::vector<Alias> names;
  FASTJIT_AST_CLASSOF(ImportFrom)
};

// `del a[i], b[j]`: targets are Subscript nodes with ctx Del (a non-slice index). Deleting names,
// attributes or slices is refused (Tier 2). A parenthesized tuple/list of targets is flattened.
class Delete : public Stmt {
public:
  explicit Delete(SourceRange r) : Stmt(Kind::Delete, r) {}
  ExprList targets;
  FASTJIT_AST_CLASSOF(Delete)
};

// ----------------------------------------------------------------------------------------------

// The whole program. `source` is not owned: the SourceFile must outlive the Module (the engine keeps
// both; tracebacks read source lines through it).
class Module : public Node {
public:
  Module(SourceRange r, const SourceFile *source) : Node(Kind::Module, r), source(source) {}
  const SourceFile *source;
  StmtList body;
  FASTJIT_AST_CLASSOF(Module)
};

#undef FASTJIT_AST_CLASSOF

// The docstring of a function body or module body: the first statement if it is an expression
// statement holding a plain string literal, else null. (Not removed from the body: evaluating it is
// harmless, and CPython also keeps line numbers as if it were there.)
const StrLit *docstring(const StmtList &body);

}  // namespace fastjit::ast
