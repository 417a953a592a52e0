// The token and AST dumps of dump.h. String values are printed with C-style escapes so that a
// dump is always one line per token or node.
#include "frontend/dump.h"

#include "frontend/lexer.h"
#include "runtime/ops.h"

#include <llvm/Support/Casting.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

namespace fastjit {

namespace {

using namespace ast;
using llvm::cast;

void quoted(llvm::raw_ostream &os, std::string_view s) {
  os << '"';
  for (unsigned char c : s) {
    switch (c) {
    case '\n': os << "\\n"; break;
    case '\r': os << "\\r"; break;
    case '\t': os << "\\t"; break;
    case '\\': os << "\\\\"; break;
    case '"': os << "\\\""; break;
    default:
      if (c < 0x20 || c == 0x7F)
        os << llvm::format("\\x%02x", c);
      else
        os << c;
    }
  }
  os << '"';
}

const char *boolOpName(BoolOpKind k) { return k == BoolOpKind::And ? "and" : "or"; }

const char *ctxName(ExprContext c) {
  switch (c) {
  case ExprContext::Load: return "";
  case ExprContext::Store: return " store";
  case ExprContext::Del: return " del";
  }
  return "";
}

class AstPrinter {
public:
  explicit AstPrinter(llvm::raw_ostream &os) : os_(os) {}

  void node(const Node &n, unsigned indent, std::string_view label = {}) {
    os_.indent(indent * 2);
    if (!label.empty())
      os_ << label << ": ";
    os_ << kindName(n.kind());
    attributes(n);
    os_ << "  @" << n.range.begin.line << ':' << n.range.begin.column << '\n';
    children(n, indent + 1);
  }

private:
  void expr(const Expr *e, unsigned indent, std::string_view label) {
    if (e)
      node(*e, indent, label);
  }
  void list(const ExprList &l, unsigned indent, std::string_view label = {}) {
    for (const ExprPtr &e : l)
      node(*e, indent, label);
  }
  void block(const StmtList &l, unsigned indent, std::string_view label) {
    if (l.empty())
      return;
    os_.indent(indent * 2) << label << ":\n";
    for (const StmtPtr &s : l)
      node(*s, indent + 1);
  }

  void attributes(const Node &n) {
    switch (n.kind()) {
    case Kind::Name: os_ << ' ' << cast<Name>(n).id << ctxName(cast<Name>(n).ctx); break;
    case Kind::IntLit: {
      const auto &i = cast<IntLit>(n);
      if (i.fitsInt64)
        os_ << ' ' << i.value;
      else
        os_ << ' ' << i.text << " (exceeds int64)";
      break;
    }
    case Kind::FloatLit: os_ << ' ' << llvm::format("%.17g", cast<FloatLit>(n).value); break;
    case Kind::ImagLit: os_ << ' ' << llvm::format("%.17g", cast<ImagLit>(n).imag) << 'j'; break;
    case Kind::StrLit: os_ << ' '; quoted(os_, cast<StrLit>(n).value); break;
    case Kind::FormattedValue:
      if (char c = cast<FormattedValue>(n).conversion)
        os_ << " !" << c;
      break;
    case Kind::BoolLit: os_ << (cast<BoolLit>(n).value ? " True" : " False"); break;
    case Kind::BinOp: os_ << ' ' << rt::binaryOpSymbol(cast<BinOp>(n).op); break;
    case Kind::UnaryOp: os_ << ' ' << rt::unaryOpSymbol(cast<ast::UnaryOp>(n).op); break;
    case Kind::BoolOp: os_ << ' ' << boolOpName(cast<BoolOp>(n).op); break;
    case Kind::Compare:
      for (rt::CompareOp op : cast<Compare>(n).ops)
        os_ << ' ' << rt::compareOpSymbol(op);
      break;
    case Kind::Attribute:
      os_ << " ." << cast<Attribute>(n).attr << ctxName(cast<Attribute>(n).ctx);
      break;
    case Kind::Subscript: os_ << ctxName(cast<Subscript>(n).ctx); break;
    case Kind::ListDisplay: os_ << ctxName(cast<ListDisplay>(n).ctx); break;
    case Kind::TupleDisplay: os_ << ctxName(cast<TupleDisplay>(n).ctx); break;
    case Kind::AugAssign: os_ << ' ' << rt::binaryOpSymbol(cast<AugAssign>(n).op) << '='; break;
    case Kind::FunctionDef: {
      const auto &f = cast<FunctionDef>(n);
      os_ << ' ' << f.name << '(';
      for (size_t i = 0; i < f.params.size(); ++i)
        os_ << (i ? ", " : "") << f.params[i].name << (f.params[i].defaultValue ? "=..." : "");
      os_ << ')';
      break;
    }
    case Kind::Global:
      for (const std::string &s : cast<Global>(n).names)
        os_ << ' ' << s;
      break;
    case Kind::Import:
      for (const Alias &a : cast<Import>(n).names)
        os_ << ' ' << a.name << (a.asname.empty() ? "" : " as " + a.asname);
      break;
    case Kind::ImportFrom:
      os_ << ' ' << cast<ImportFrom>(n).module << " import";
      for (const Alias &a : cast<ImportFrom>(n).names)
        os_ << ' ' << a.name << (a.asname.empty() ? "" : " as " + a.asname);
      break;
    case Kind::Module:
      if (const SourceFile *f = cast<Module>(n).source)
        os_ << ' ' << f->name();
      break;
    default:
      break;
    }
  }

  void children(const Node &n, unsigned in) {
    switch (n.kind()) {
    case Kind::FString: list(cast<FString>(n).parts, in); break;
    case Kind::FormattedValue: {
      const auto &f = cast<FormattedValue>(n);
      expr(f.value.get(), in, "value");
      expr(f.formatSpec.get(), in, "spec");
      break;
    }
    case Kind::BinOp:
      expr(cast<BinOp>(n).lhs.get(), in, {});
      expr(cast<BinOp>(n).rhs.get(), in, {});
      break;
    case Kind::UnaryOp: expr(cast<ast::UnaryOp>(n).operand.get(), in, {}); break;
    case Kind::BoolOp: list(cast<BoolOp>(n).values, in); break;
    case Kind::Compare:
      expr(cast<Compare>(n).left.get(), in, {});
      list(cast<Compare>(n).comparators, in);
      break;
    case Kind::IfExp:
      expr(cast<IfExp>(n).test.get(), in, "test");
      expr(cast<IfExp>(n).body.get(), in, "body");
      expr(cast<IfExp>(n).orelse.get(), in, "else");
      break;
    case Kind::Call: {
      const auto &c = cast<Call>(n);
      expr(c.func.get(), in, "func");
      list(c.args, in, "arg");
      for (const Keyword &k : c.keywords)
        expr(k.value.get(), in, "keyword " + k.name);
      break;
    }
    case Kind::Attribute: expr(cast<Attribute>(n).value.get(), in, {}); break;
    case Kind::Subscript:
      expr(cast<Subscript>(n).value.get(), in, "value");
      expr(cast<Subscript>(n).index.get(), in, "index");
      break;
    case Kind::Slice:
      expr(cast<Slice>(n).lower.get(), in, "lower");
      expr(cast<Slice>(n).upper.get(), in, "upper");
      expr(cast<Slice>(n).step.get(), in, "step");
      break;
    case Kind::ListDisplay: list(cast<ListDisplay>(n).elts, in); break;
    case Kind::TupleDisplay: list(cast<TupleDisplay>(n).elts, in); break;
    case Kind::ListComp: {
      const auto &c = cast<ListComp>(n);
      expr(c.elt.get(), in, "elt");
      for (const Comprehension &g : c.generators) {
        os_.indent(in * 2) << "for  @" << g.range.begin.line << ':' << g.range.begin.column << '\n';
        expr(g.target.get(), in + 1, "target");
        expr(g.iter.get(), in + 1, "iter");
        list(g.ifs, in + 1, "if");
      }
      break;
    }
    case Kind::ExprStmt: expr(cast<ExprStmt>(n).value.get(), in, {}); break;
    case Kind::Assign:
      list(cast<Assign>(n).targets, in, "target");
      expr(cast<Assign>(n).value.get(), in, "value");
      break;
    case Kind::AugAssign:
      expr(cast<AugAssign>(n).target.get(), in, "target");
      expr(cast<AugAssign>(n).value.get(), in, "value");
      break;
    case Kind::If:
      expr(cast<If>(n).test.get(), in, "test");
      block(cast<If>(n).body, in, "then");
      block(cast<If>(n).orelse, in, "else");
      break;
    case Kind::While:
      expr(cast<While>(n).test.get(), in, "test");
      block(cast<While>(n).body, in, "body");
      block(cast<While>(n).orelse, in, "else");
      break;
    case Kind::For:
      expr(cast<For>(n).target.get(), in, "target");
      expr(cast<For>(n).iter.get(), in, "iter");
      block(cast<For>(n).body, in, "body");
      block(cast<For>(n).orelse, in, "else");
      break;
    case Kind::Return: expr(cast<Return>(n).value.get(), in, {}); break;
    case Kind::FunctionDef: {
      const auto &f = cast<FunctionDef>(n);
      for (const Param &p : f.params)
        expr(p.defaultValue.get(), in, "default " + p.name);
      block(f.body, in, "body");
      break;
    }
    case Kind::Assert:
      expr(cast<Assert>(n).test.get(), in, "test");
      expr(cast<Assert>(n).msg.get(), in, "msg");
      break;
    case Kind::Delete: list(cast<Delete>(n).targets, in); break;
    case Kind::Module:
      for (const StmtPtr &s : cast<Module>(n).body)
        node(*s, in);
      break;
    default:
      break;
    }
  }

  llvm::raw_ostream &os_;
};

}  // namespace

bool dumpTokens(const SourceFile &file, llvm::raw_ostream &os, Diagnostics &diags) {
  Lexer lexer(file, diags);
  std::vector<Token> toks = lexer.tokenize();
  for (const Token &t : toks) {
    os << t.range.begin.line << ':' << t.range.begin.column << '-' << t.range.end.line << ':'
       << t.range.end.column << "  " << tokName(t.kind);
    switch (t.kind) {
    case Tok::Name:
    case Tok::String:
    case Tok::Float:
    case Tok::Imag:
      os << "  ";
      quoted(os, t.text);
      break;
    case Tok::Int:
      os << "  ";
      quoted(os, t.text);
      if (t.fitsInt64)
        os << " = " << t.ivalue;
      else
        os << " (exceeds int64)";
      break;
    default:
      break;
    }
    os << '\n';
  }
  return !lexer.failed();
}

void dumpAst(const Module &mod, llvm::raw_ostream &os) {
  AstPrinter(os).node(mod, 0);
}

void dumpNode(const Node &node, llvm::raw_ostream &os, unsigned indent) {
  AstPrinter(os).node(node, indent);
}

}  // namespace fastjit
