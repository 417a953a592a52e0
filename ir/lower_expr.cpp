// AST -> IR lowering, part 2: expressions (see lower.h). Each expression is evaluated left to right
// as CPython does; `and`/`or`, conditional expressions and comparison chains become branches that
// write one result register on every path, so each operand is evaluated at most once.
#include "ir/lower_impl.h"

#include "runtime/errors.h"

#include "llvm/Support/Casting.h"

#include <functional>

using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace fastjit::ir::detail {

namespace {

// Literals folded into constants, including the negation of a numeric literal (`-1`, `-0.5`,
// `-2j`), which CPython folds too: the result is the same as negating at run time.
bool literal(const ast::Expr &e, Constant &out) {
  switch (e.kind()) {
  case ast::Kind::IntLit: {
    auto &i = cast<ast::IntLit>(e);
    if (!i.fitsInt64) return false;
    out = Constant::integer(i.value);
    return true;
  }
  case ast::Kind::FloatLit: out = Constant::floating(cast<ast::FloatLit>(e).value); return true;
  case ast::Kind::ImagLit: out = Constant::complex(0.0, cast<ast::ImagLit>(e).imag); return true;
  case ast::Kind::StrLit: out = Constant::str(cast<ast::StrLit>(e).value); return true;
  case ast::Kind::BoolLit: out = Constant::boolean(cast<ast::BoolLit>(e).value); return true;
  case ast::Kind::NoneLit: out = Constant::none(); return true;
  case ast::Kind::UnaryOp: {
    auto &u = cast<ast::UnaryOp>(e);
    if (u.op != rt::UnaryOp::Neg) return false;
    Constant inner;
    if (!literal(*u.operand, inner)) return false;
    if (inner.kind == Constant::Kind::Int && inner.i != INT64_MIN) {
      out = Constant::integer(-inner.i);
      return true;
    }
    if (inner.kind == Constant::Kind::Float) {
      out = Constant::floating(-inner.f);
      return true;
    }
    if (inner.kind == Constant::Kind::Complex) {
      out = Constant::complex(-inner.f, -inner.im);
      return true;
    }
    return false;
  }
  default: return false;
  }
}

}  // namespace

void FunctionLowering::exprInto(const ast::Expr &e, Reg target) {
  size_t before = fn.blocks[cur].insts.size();
  BlockId startBlock = cur;
  Reg r = expr(e);
  if (r == target) return;
  // When the value came from the last instruction into a fresh temporary, retarget that instruction
  // instead of adding a move (`x = x + 1` becomes one instruction). Operands are read before the
  // destination is written, so this is safe even when target is also an operand.
  Block &b = fn.blocks[cur];
  if (cur == startBlock && b.insts.size() > before && r < fn.regNames.size() &&
      fn.regNames[r].empty()) {
    Instruction &last = b.insts.back();
    // A constant's register is written only by its hoisted load (never the last instruction here),
    // so matching the destination is enough.
    if (!isTerminator(last.op) && last.op != Op::LoadConst && last.dsts.size() == 1 &&
        last.dsts[0] == r) {
      last.dsts[0] = target;
      return;
    }
  }
  emit(Op::Move, {target}, {r});
}

Reg FunctionLowering::expr(const ast::Expr &e) {
  int saved = line;
  line = int(e.line());
  Reg result = NoReg;
  Constant c;
  if (literal(e, c)) {
    result = constant(c);
  } else {
    switch (e.kind()) {
    case ast::Kind::IntLit: {
      // A literal beyond int64 raises OverflowError when (and only when) it is evaluated.
      Instruction &inst = emit(Op::RaiseError, {}, {});
      inst.sub = uint8_t(rt::ExcType::OverflowError);
      fn.consts.push_back(Constant::str("integer overflow"));
      inst.imm = uint32_t(fn.consts.size() - 1);
      result = none();
      break;
    }
    case ast::Kind::Name: result = loadName(cast<ast::Name>(e).id); break;
    case ast::Kind::BinOp: {
      auto &b = cast<ast::BinOp>(e);
      Reg l = expr(*b.lhs);
      Reg r = expr(*b.rhs);
      line = int(e.line());
      result = newReg();
      emit(Op::Binary, {result}, {l, r}).sub = uint8_t(b.op);
      break;
    }
    case ast::Kind::UnaryOp: {
      auto &u = cast<ast::UnaryOp>(e);
      Reg v = expr(*u.operand);
      line = int(e.line());
      result = newReg();
      emit(Op::Unary, {result}, {v}).sub = uint8_t(u.op);
      break;
    }
    case ast::Kind::BoolOp: result = boolOp(cast<ast::BoolOp>(e)); break;
    case ast::Kind::Compare: result = compare(cast<ast::Compare>(e)); break;
    case ast::Kind::IfExp: result = ifExp(cast<ast::IfExp>(e)); break;
    case ast::Kind::Call: result = call(cast<ast::Call>(e)); break;
    case ast::Kind::Attribute: {
      auto &a = cast<ast::Attribute>(e);
      Reg obj = expr(*a.value);
      line = int(e.line());
      result = newReg();
      emit(Op::GetAttr, {result}, {obj}).imm = nameIndex(a.attr);
      break;
    }
    case ast::Kind::Subscript: result = subscript(cast<ast::Subscript>(e)); break;
    case ast::Kind::ListDisplay:
    case ast::Kind::TupleDisplay: {
      bool isList = isa<ast::ListDisplay>(e);
      const ast::ExprList &elts = isList ? cast<ast::ListDisplay>(e).elts : cast<ast::TupleDisplay>(e).elts;
      std::vector<Reg> items;
      for (auto &x : elts) items.push_back(expr(*x));
      line = int(e.line());
      result = newReg();
      emitOps(isList ? Op::BuildList : Op::BuildTuple, result, items);
      break;
    }
    case ast::Kind::FString: result = fstring(cast<ast::FString>(e)); break;
    case ast::Kind::ListComp: result = listComp(cast<ast::ListComp>(e)); break;
    default:
      fail(e, std::string("unsupported expression ") + ast::kindName(e.kind()));
      result = none();
      break;
    }
  }
  line = saved;
  return result;
}

Reg FunctionLowering::subscript(const ast::Subscript &s) {
  Reg obj = expr(*s.value);
  Reg result = newReg();
  if (auto *sl = dyn_cast<ast::Slice>(s.index.get())) {
    Reg lo = sl->lower ? expr(*sl->lower) : none();
    Reg hi = sl->upper ? expr(*sl->upper) : none();
    Reg st = sl->step ? expr(*sl->step) : none();
    line = int(s.line());
    emit(Op::GetSlice, {result}, {obj, lo, hi, st});
  } else {
    Reg idx = expr(*s.index);
    line = int(s.line());
    emit(Op::GetItem, {result}, {obj, idx});
  }
  return result;
}

Reg FunctionLowering::call(const ast::Call &c) {
  std::vector<Reg> ops;
  bool method = false;
  uint32_t methodName = NoIndex;
  if (auto *attr = dyn_cast<ast::Attribute>(c.func.get())) {
    // obj.name(args): CallMethod avoids creating a bound method per call.
    method = true;
    ops.push_back(expr(*attr->value));
    methodName = nameIndex(attr->attr);
  } else {
    ops.push_back(expr(*c.func));
  }
  for (auto &a : c.args) ops.push_back(expr(*a));
  std::vector<std::string> kwNames;
  for (auto &k : c.keywords) {
    ops.push_back(expr(*k.value));
    kwNames.push_back(k.name);
  }
  line = int(c.line());
  Reg result = newReg();
  Instruction &inst = emitOps(method ? Op::CallMethod : Op::Call, result, ops);
  uint32_t kw = kwNames.empty() ? NoIndex : keywordSet(std::move(kwNames));
  if (method) {
    inst.imm = methodName;
    inst.imm2 = kw;
  } else {
    inst.imm = kw;
  }
  return result;
}

Reg FunctionLowering::compare(const ast::Compare &c) {
  Reg left = expr(*c.left);
  Reg result = newReg();
  BlockId done = c.ops.size() > 1 ? newBlock() : NoIndex;
  for (size_t i = 0; i < c.ops.size(); ++i) {
    Reg right = expr(*c.comparators[i]);
    line = int(c.line());
    emit(Op::Compare, {result}, {left, right}).sub = uint8_t(c.ops[i]);
    if (i + 1 < c.ops.size()) {
      // `a < b < c`: stop at the first false link; the result is that link's value.
      BlockId next = newBlock();
      branch(result, next, done);
      setBlock(next);
    }
    left = right;
  }
  if (done != NoIndex) {
    jump(done);
    setBlock(done);
  }
  return result;
}

Reg FunctionLowering::boolOp(const ast::BoolOp &b) {
  Reg result = newReg();
  BlockId done = newBlock();
  for (size_t i = 0; i < b.values.size(); ++i) {
    exprInto(*b.values[i], result);
    if (i + 1 < b.values.size()) {
      BlockId next = newBlock();
      line = int(b.line());
      // `and` continues while truthy, `or` while falsy; the deciding value is the result.
      if (b.op == ast::BoolOpKind::And) branch(result, next, done);
      else branch(result, done, next);
      setBlock(next);
    }
  }
  jump(done);
  setBlock(done);
  return result;
}

Reg FunctionLowering::ifExp(const ast::IfExp &e) {
  Reg result = newReg();
  BlockId yes = newBlock(), no = newBlock(), done = newBlock();
  condition(*e.test, yes, no);
  setBlock(yes);
  exprInto(*e.body, result);
  jump(done);
  setBlock(no);
  exprInto(*e.orelse, result);
  jump(done);
  setBlock(done);
  return result;
}

void FunctionLowering::condition(const ast::Expr &e, BlockId ifTrue, BlockId ifFalse) {
  // Branch directly on `not`, `and` and `or` in tests: no intermediate value is needed there, and
  // truthiness is tested once per operand exactly as CPython's jump instructions do.
  if (auto *u = dyn_cast<ast::UnaryOp>(&e); u && u->op == rt::UnaryOp::Not) {
    condition(*u->operand, ifFalse, ifTrue);
    return;
  }
  if (auto *b = dyn_cast<ast::BoolOp>(&e)) {
    for (size_t i = 0; i + 1 < b->values.size(); ++i) {
      BlockId next = newBlock();
      if (b->op == ast::BoolOpKind::And) condition(*b->values[i], next, ifFalse);
      else condition(*b->values[i], ifTrue, next);
      setBlock(next);
    }
    condition(*b->values.back(), ifTrue, ifFalse);
    return;
  }
  if (auto *c = dyn_cast<ast::Compare>(&e); c && c->ops.size() > 1) {
    // `if a < b < c:` branches link by link: each comparison feeds only its own branch (which the
    // interpreter fuses), and no bool result is materialised.
    Reg left = expr(*c->left);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      Reg right = expr(*c->comparators[i]);
      line = int(c->line());
      Reg r = newReg();
      emit(Op::Compare, {r}, {left, right}).sub = uint8_t(c->ops[i]);
      bool last = i + 1 == c->ops.size();
      BlockId next = last ? ifTrue : newBlock();
      branch(r, next, ifFalse);
      if (!last) setBlock(next);
      left = right;
    }
    return;
  }
  Reg v = expr(e);
  line = int(e.line());
  branch(v, ifTrue, ifFalse);
}

Reg FunctionLowering::fstring(const ast::FString &f) {
  std::vector<Reg> parts;
  for (auto &p : f.parts) {
    if (auto *s = dyn_cast<ast::StrLit>(p.get())) {
      if (!s->value.empty()) parts.push_back(constant(Constant::str(s->value)));
      continue;
    }
    auto *fv = dyn_cast<ast::FormattedValue>(p.get());
    if (!fv) {
      fail(*p, "unexpected f-string part");
      return none();
    }
    Reg value = expr(*fv->value);
    std::vector<Reg> ops{value};
    if (fv->formatSpec) ops.push_back(fstring(*fv->formatSpec));
    line = int(fv->line());
    Reg out = newReg();
    Instruction &inst = emitOps(Op::FormatValue, out, ops);
    if (fv->conversion == 's') inst.sub = 1;
    else if (fv->conversion == 'r') inst.sub = 2;
    else if (fv->conversion != 0) fail(*fv, "the !a conversion is not supported by fastjit");
    parts.push_back(out);
  }
  if (parts.empty()) return constant(Constant::str(""));
  line = int(f.line());
  Reg result = newReg();
  emitOps(Op::BuildString, result, parts);
  return result;
}

Reg FunctionLowering::listComp(const ast::ListComp &lc) {
  // The first iterable is evaluated in the enclosing scope, before the comprehension's variables
  // exist; everything else sees them. The variables are registers of their own (no leaking).
  Reg result = newReg();
  line = int(lc.line());
  emit(Op::BuildList, {result}, {});
  std::set<std::string> names;
  std::function<void(const ast::Expr &)> collect = [&](const ast::Expr &t) {
    if (auto *n = dyn_cast<ast::Name>(&t)) names.insert(n->id);
    else if (auto *tu = dyn_cast<ast::TupleDisplay>(&t))
      for (auto &x : tu->elts) collect(*x);
    else if (auto *l = dyn_cast<ast::ListDisplay>(&t))
      for (auto &x : l->elts) collect(*x);
  };
  for (auto &g : lc.generators) collect(*g.target);

  BlockId done = newBlock();
  // Generator i's loop exits into generator i-1's header (or leaves the comprehension).
  BlockId exit = done;
  for (size_t i = 0; i < lc.generators.size(); ++i) {
    const ast::Comprehension &g = lc.generators[i];
    IterSetup setup = iterSetup(*g.iter);
    if (i == 0) {
      compScopes.emplace_back();
      for (auto &n : names) compScopes.back()[n] = newReg(n);
    }
    BlockId header;
    loopHeader(setup, *g.target, header, exit);
    exit = header;
    for (auto &cond : g.ifs) {
      BlockId pass = newBlock();
      condition(*cond, pass, exit);
      setBlock(pass);
    }
  }
  Reg v = expr(*lc.elt);
  line = int(lc.line());
  emit(Op::ListAppend, {}, {result, v});
  jump(exit);
  compScopes.pop_back();
  setBlock(done);
  return result;
}

}  // namespace fastjit::ir::detail
