// Implementation of the frontend test helpers (see test_util.h).
#include "test_util.h"

#include <llvm/Support/Casting.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

namespace fastjit::test {

using namespace ast;
using llvm::cast;

namespace {
std::string format(const Diagnostic &d) {
  return std::string(diagKindName(d.kind)) + ": " + d.message + " @" + std::to_string(d.loc.line) +
         ":" + std::to_string(d.loc.column);
}

const char *binName(rt::BinaryOp op) {
  static const char *names[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return names[static_cast<int>(op)];
}
const char *cmpName(rt::CompareOp op) {
  static const char *names[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is-not", "in", "not-in"};
  return names[static_cast<int>(op)];
}
const char *unName(rt::UnaryOp op) {
  static const char *names[] = {"neg", "pos", "inv", "not"};
  return names[static_cast<int>(op)];
}
}  // namespace

std::string Parsed::firstError() const {
  if (diags->diagnostics().empty())
    return "";
  return format(diags->diagnostics().front());
}

std::string Parsed::allErrors() const {
  std::string s;
  for (const Diagnostic &d : diags->diagnostics())
    s += format(d) + "\n";
  return s;
}

Parsed parse(std::string text, std::string name) {
  Parsed p;
  p.file = std::make_unique<SourceFile>(std::move(name), std::move(text));
  p.diags = std::make_unique<Diagnostics>(*p.file);
  p.mod = parseFile(*p.file, *p.diags);
  return p;
}

std::string sexpr(const Expr *e) {
  if (!e)
    return "_";
  switch (e->kind()) {
  case Kind::Name: return cast<Name>(e)->id;
  case Kind::IntLit: {
    auto *i = cast<IntLit>(e);
    return i->fitsInt64 ? std::to_string(i->value) : "big:" + i->text;
  }
  case Kind::FloatLit: {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << llvm::format("%.17g", cast<FloatLit>(e)->value);
    return s;
  }
  case Kind::ImagLit: {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << llvm::format("%.17g", cast<ImagLit>(e)->imag) << 'j';
    return s;
  }
  case Kind::StrLit: return "'" + cast<StrLit>(e)->value + "'";
  case Kind::BoolLit: return cast<BoolLit>(e)->value ? "True" : "False";
  case Kind::NoneLit: return "None";
  case Kind::BinOp: {
    auto *b = cast<BinOp>(e);
    return std::string("(") + binName(b->op) + " " + sexpr(b->lhs.get()) + " " + sexpr(b->rhs.get()) + ")";
  }
  case Kind::UnaryOp: {
    auto *u = cast<ast::UnaryOp>(e);
    return std::string("(") + unName(u->op) + " " + sexpr(u->operand.get()) + ")";
  }
  case Kind::BoolOp: {
    auto *b = cast<BoolOp>(e);
    std::string s = b->op == BoolOpKind::And ? "(and" : "(or";
    for (auto &v : b->values)
      s += " " + sexpr(v.get());
    return s + ")";
  }
  case Kind::Compare: {
    auto *c = cast<Compare>(e);
    std::string s = "(" + std::string(cmpName(c->ops[0])) + " " + sexpr(c->left.get());
    for (size_t i = 0; i < c->ops.size(); ++i)
      s += (i ? std::string(" ") + cmpName(c->ops[i]) : std::string()) + " " +
           sexpr(c->comparators[i].get());
    return s + ")";
  }
  case Kind::IfExp: {
    auto *i = cast<IfExp>(e);
    return "(if " + sexpr(i->test.get()) + " " + sexpr(i->body.get()) + " " + sexpr(i->orelse.get()) + ")";
  }
  case Kind::Call: {
    auto *c = cast<Call>(e);
    std::string s = "(call " + sexpr(c->func.get());
    for (auto &a : c->args)
      s += " " + sexpr(a.get());
    for (auto &k : c->keywords)
      s += " " + k.name + "=" + sexpr(k.value.get());
    return s + ")";
  }
  case Kind::Attribute: return sexpr(cast<Attribute>(e)->value.get()) + "." + cast<Attribute>(e)->attr;
  case Kind::Subscript:
    return sexpr(cast<Subscript>(e)->value.get()) + "[" + sexpr(cast<Subscript>(e)->index.get()) + "]";
  case Kind::Slice: {
    auto *s = cast<Slice>(e);
    return sexpr(s->lower.get()) + ":" + sexpr(s->upper.get()) + ":" + sexpr(s->step.get());
  }
  case Kind::ListDisplay: {
    std::string s = "[";
    for (auto &v : cast<ListDisplay>(e)->elts)
      s += (s.size() > 1 ? " " : "") + sexpr(v.get());
    return s + "]";
  }
  case Kind::TupleDisplay: {
    std::string s = "(tuple";
    for (auto &v : cast<TupleDisplay>(e)->elts)
      s += " " + sexpr(v.get());
    return s + ")";
  }
  case Kind::ListComp: {
    auto *c = cast<ListComp>(e);
    std::string s = "(listcomp " + sexpr(c->elt.get());
    for (auto &g : c->generators) {
      s += " (for " + sexpr(g.target.get()) + " " + sexpr(g.iter.get());
      for (auto &i : g.ifs)
        s += " (if " + sexpr(i.get()) + ")";
      s += ")";
    }
    return s + ")";
  }
  case Kind::FString: {
    std::string s = "(f";
    for (auto &p : cast<FString>(e)->parts)
      s += " " + sexpr(p.get());
    return s + ")";
  }
  case Kind::FormattedValue: {
    auto *f = cast<FormattedValue>(e);
    std::string s = "{" + sexpr(f->value.get());
    if (f->conversion)
      s += std::string("!") + f->conversion;
    if (f->formatSpec)
      s += ":" + sexpr(f->formatSpec.get());
    return s + "}";
  }
  default: return "?";
  }
}

std::string exprOf(const std::string &source) {
  Parsed p = parse(source);
  if (!p.ok())
    return "error: " + p.firstError();
  if (p.mod->body.size() != 1)
    return "error: expected one statement";
  const Stmt *s = p.mod->body.front().get();
  if (auto *es = llvm::dyn_cast<ExprStmt>(s))
    return sexpr(es->value.get());
  if (auto *as = llvm::dyn_cast<Assign>(s))
    return sexpr(as->value.get());
  return "error: not an expression statement";
}

}  // namespace fastjit::test
