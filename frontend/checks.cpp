// The post-parse checks of checks.h. One walk per scope (the module, each function) in source
// order, tracking what each name has been so far (parameter, assigned, used), which is what
// CPython's symtable consults when it meets a `global` statement. Comprehension bodies are their
// own scope (only the first iterable is evaluated in the enclosing one), as in Python 3.
#include "frontend/checks.h"

#include <llvm/Support/Casting.h>

#include <string>
#include <unordered_map>

namespace fastjit {

namespace {

using namespace ast;
using llvm::cast;
using llvm::dyn_cast;

enum NameFlags : uint8_t { IsParam = 1, Assigned = 2, Used = 4, DeclaredGlobal = 8 };

class Checker {
public:
  explicit Checker(Diagnostics &diags) : diags_(diags) {}

  void checkScope(const StmtList &body, bool isFunction, const std::vector<Param> *params) {
    std::unordered_map<std::string, uint8_t> saved;
    saved.swap(names_);
    bool savedFn = inFunction_;
    int savedLoops = loopDepth_;
    inFunction_ = isFunction;
    loopDepth_ = 0;
    if (params)
      for (const Param &p : *params)
        names_[p.name] |= IsParam;
    stmts(body);
    names_.swap(saved);
    inFunction_ = savedFn;
    loopDepth_ = savedLoops;
  }

  bool ok = true;

private:
  void error(SourceLoc loc, std::string msg) {
    ok = false;
    diags_.syntaxError(loc, std::move(msg));
  }

  // CPython's compiler allows 20 statically nested blocks per code object (CO_MAXBLOCKS); of the
  // subset's statements only loops push one (an `else:` clause runs outside its loop's block).
  static constexpr int kMaxBlocks = 20;
  void enterLoop(const Stmt &s) {
    if (loopDepth_ == kMaxBlocks)
      error(s.range.begin, "too many statically nested blocks");
    ++loopDepth_;
  }

  void stmts(const StmtList &list) {
    for (const StmtPtr &s : list)
      stmt(*s);
  }

  void stmt(const Stmt &s) {
    switch (s.kind()) {
    case Kind::ExprStmt:
      expr(cast<ExprStmt>(s).value.get());
      break;
    case Kind::Assign: {
      const auto &a = cast<Assign>(s);
      for (const ExprPtr &t : a.targets)
        expr(t.get());
      expr(a.value.get());
      break;
    }
    case Kind::AugAssign: {
      const auto &a = cast<AugAssign>(s);
      expr(a.target.get());
      expr(a.value.get());
      break;
    }
    case Kind::If: {
      const auto &i = cast<If>(s);
      expr(i.test.get());
      stmts(i.body);
      stmts(i.orelse);
      break;
    }
    case Kind::While: {
      const auto &w = cast<While>(s);
      expr(w.test.get());
      enterLoop(s);
      stmts(w.body);
      --loopDepth_;
      stmts(w.orelse);
      break;
    }
    case Kind::For: {
      const auto &f = cast<For>(s);
      expr(f.target.get());
      expr(f.iter.get());
      enterLoop(s);
      stmts(f.body);
      --loopDepth_;
      stmts(f.orelse);
      break;
    }
    case Kind::Break:
      if (loopDepth_ == 0)
        error(s.range.begin, "'break' outside loop");
      break;
    case Kind::Continue:
      if (loopDepth_ == 0)
        error(s.range.begin, "'continue' not properly in loop");
      break;
    case Kind::Pass:
      break;
    case Kind::Return: {
      const auto &r = cast<Return>(s);
      if (!inFunction_)
        error(s.range.begin, "'return' outside function");
      expr(r.value.get());
      break;
    }
    case Kind::FunctionDef: {
      const auto &f = cast<FunctionDef>(s);
      for (const Param &p : f.params)
        expr(p.defaultValue.get());
      names_[f.name] |= Assigned;
      checkScope(f.body, true, &f.params);
      break;
    }
    case Kind::Global: {
      for (const std::string &n : cast<Global>(s).names) {
        uint8_t flags = names_[n];
        if (flags & IsParam)
          error(s.range.begin, "name '" + n + "' is parameter and global");
        else if (flags & Used)
          error(s.range.begin, "name '" + n + "' is used prior to global declaration");
        else if (flags & Assigned)
          error(s.range.begin, "name '" + n + "' is assigned to before global declaration");
        names_[n] |= DeclaredGlobal;
      }
      break;
    }
    case Kind::Assert: {
      const auto &a = cast<Assert>(s);
      expr(a.test.get());
      expr(a.msg.get());
      break;
    }
    case Kind::Import:
      for (const Alias &a : cast<Import>(s).names)
        names_[a.boundName()] |= Assigned;
      break;
    case Kind::ImportFrom:
      for (const Alias &a : cast<ImportFrom>(s).names)
        names_[a.boundName()] |= Assigned;
      break;
    case Kind::Delete:
      for (const ExprPtr &t : cast<Delete>(s).targets)
        expr(t.get());
      break;
    default:
      break;
    }
  }

  void expr(const Expr *e) {
    if (!e)
      return;
    switch (e->kind()) {
    case Kind::Name: {
      const auto *n = cast<Name>(e);
      names_[n->id] |= n->ctx == ExprContext::Load ? Used : Assigned;
      break;
    }
    case Kind::FString:
      for (const ExprPtr &p : cast<FString>(e)->parts)
        expr(p.get());
      break;
    case Kind::FormattedValue: {
      const auto *f = cast<FormattedValue>(e);
      expr(f->value.get());
      expr(f->formatSpec.get());
      break;
    }
    case Kind::BinOp:
      expr(cast<BinOp>(e)->lhs.get());
      expr(cast<BinOp>(e)->rhs.get());
      break;
    case Kind::UnaryOp:
      expr(cast<ast::UnaryOp>(e)->operand.get());
      break;
    case Kind::BoolOp:
      for (const ExprPtr &v : cast<BoolOp>(e)->values)
        expr(v.get());
      break;
    case Kind::Compare:
      expr(cast<Compare>(e)->left.get());
      for (const ExprPtr &v : cast<Compare>(e)->comparators)
        expr(v.get());
      break;
    case Kind::IfExp:
      expr(cast<IfExp>(e)->test.get());
      expr(cast<IfExp>(e)->body.get());
      expr(cast<IfExp>(e)->orelse.get());
      break;
    case Kind::Call:
      expr(cast<Call>(e)->func.get());
      for (const ExprPtr &a : cast<Call>(e)->args)
        expr(a.get());
      for (const Keyword &k : cast<Call>(e)->keywords)
        expr(k.value.get());
      break;
    case Kind::Attribute:
      expr(cast<Attribute>(e)->value.get());
      break;
    case Kind::Subscript:
      expr(cast<Subscript>(e)->value.get());
      expr(cast<Subscript>(e)->index.get());
      break;
    case Kind::Slice:
      expr(cast<Slice>(e)->lower.get());
      expr(cast<Slice>(e)->upper.get());
      expr(cast<Slice>(e)->step.get());
      break;
    case Kind::ListDisplay:
      for (const ExprPtr &v : cast<ListDisplay>(e)->elts)
        expr(v.get());
      break;
    case Kind::TupleDisplay:
      for (const ExprPtr &v : cast<TupleDisplay>(e)->elts)
        expr(v.get());
      break;
    case Kind::ListComp: {
      // Only the first iterable belongs to this scope; the rest is the comprehension's own.
      const auto *c = cast<ListComp>(e);
      expr(c->generators.front().iter.get());
      break;
    }
    default:
      break;
    }
  }

  Diagnostics &diags_;
  std::unordered_map<std::string, uint8_t> names_;
  bool inFunction_ = false;
  int loopDepth_ = 0;
};

}  // namespace

bool checkModule(const Module &mod, Diagnostics &diags) {
  Checker c(diags);
  c.checkScope(mod.body, false, nullptr);
  return c.ok;
}

}  // namespace fastjit
