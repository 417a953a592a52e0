// AST -> IR lowering, part 1: functions, scopes, statements and CFG clean-up (see lower.h).
// Expressions are in lower_expr.cpp. The rule followed throughout: evaluation order is CPython's,
// and every Python name is resolved here, once, to a register, a global slot or a builtin lookup.
#include "ir/lower.h"

#include "ir/assigned.h"
#include "ir/lower_impl.h"
#include "ir/verifier.h"
#include "runtime/errors.h"

#include "llvm/Support/Casting.h"

using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace fastjit::ir::detail {

uint32_t ModuleLowering::global(const std::string &name) {
  auto [it, inserted] = globalIndex.try_emplace(name, uint32_t(module.globals.size()));
  if (inserted) module.globals.push_back(name);
  return it->second;
}

FunctionLowering::FunctionLowering(ModuleLowering &ml, Function &fn, bool moduleLevel)
    : ml(ml), fn(fn), moduleLevel(moduleLevel) {
  fn.blocks.emplace_back();
  cur = 0;
}

Reg FunctionLowering::newReg(const std::string &name) {
  fn.regNames.push_back(name);
  return fn.numRegs++;
}

BlockId FunctionLowering::newBlock() {
  fn.blocks.emplace_back();
  return BlockId(fn.blocks.size() - 1);
}

bool FunctionLowering::terminated() const {
  const Block &b = fn.blocks[cur];
  return !b.insts.empty() && isTerminator(b.insts.back().op);
}

Instruction &FunctionLowering::emit(Op op, std::initializer_list<Reg> dsts,
                                    std::initializer_list<Reg> ops) {
  // Code after a return/break/continue is unreachable; give it a block of its own (removed later).
  if (terminated()) cur = newBlock();
  Instruction inst;
  inst.op = op;
  inst.line = line;
  inst.dsts.assign(dsts.begin(), dsts.end());
  inst.ops.assign(ops.begin(), ops.end());
  fn.blocks[cur].insts.push_back(std::move(inst));
  return fn.blocks[cur].insts.back();
}

Instruction &FunctionLowering::emitOps(Op op, Reg dst, const std::vector<Reg> &ops) {
  Instruction &inst = emit(op, {}, {});
  if (dst != NoReg) inst.dsts.push_back(dst);
  inst.ops.assign(ops.begin(), ops.end());
  return inst;
}

void FunctionLowering::jump(BlockId target) {
  if (terminated()) return;  // already left this block (return/break inside)
  emit(Op::Jump, {}, {}).targets[0] = target;
}

void FunctionLowering::branch(Reg cond, BlockId ifTrue, BlockId ifFalse) {
  Instruction &inst = emit(Op::Branch, {}, {cond});
  inst.targets[0] = ifTrue;
  inst.targets[1] = ifFalse;
}

uint32_t FunctionLowering::nameIndex(const std::string &name) {
  auto [it, inserted] = nameIndexMap.try_emplace(name, uint32_t(fn.names.size()));
  if (inserted) fn.names.push_back(name);
  return it->second;
}

uint32_t FunctionLowering::keywordSet(std::vector<std::string> names) {
  for (size_t i = 0; i < fn.keywordSets.size(); ++i)
    if (fn.keywordSets[i] == names) return uint32_t(i);
  fn.keywordSets.push_back(std::move(names));
  return uint32_t(fn.keywordSets.size() - 1);
}

bool FunctionLowering::fail(const ast::Node &node, const std::string &message) {
  // Clang-style, like the frontend's diagnostics: "file:line:col: error: message".
  if (ml.error.empty())
    ml.error = ml.module.sourceName + ":" + std::to_string(node.line()) + ":" +
               std::to_string(node.column()) + ": error: " + message + "\n";
  return false;
}

namespace {

// Identity of a constant for pooling: its kind and exact bits (0.0 and -0.0 differ, as do 1 and
// True), so programs with large literal tables lower in O(n log n).
std::string constantKey(const Constant &c) {
  std::string key(1, char(c.kind));
  auto bits = [&](const void *p, size_t n) { key.append(static_cast<const char *>(p), n); };
  switch (c.kind) {
  case Constant::Kind::None: break;
  case Constant::Kind::Bool:
  case Constant::Kind::Int: bits(&c.i, sizeof c.i); break;
  case Constant::Kind::Float: bits(&c.f, sizeof c.f); break;
  case Constant::Kind::Complex: bits(&c.f, sizeof c.f); bits(&c.im, sizeof c.im); break;
  case Constant::Kind::Str: key += c.s; break;
  }
  return key;
}

}  // namespace

Reg FunctionLowering::constant(const Constant &c) {
  auto [it, inserted] = constIndex.try_emplace(constantKey(c), NoReg);
  if (!inserted) return it->second;
  fn.consts.push_back(c);
  Reg r = newReg();
  constLoads.emplace_back(uint32_t(fn.consts.size() - 1), r);
  it->second = r;
  return r;
}

// ----- scopes ------------------------------------------------------------------------------------

namespace {

// Adds the names bound by an assignment target (Name, or tuple/list of targets) to `out`.
void targetNames(const ast::Expr &target, std::set<std::string> &out) {
  if (auto *n = dyn_cast<ast::Name>(&target)) out.insert(n->id);
  else if (auto *t = dyn_cast<ast::TupleDisplay>(&target))
    for (auto &e : t->elts) targetNames(*e, out);
  else if (auto *l = dyn_cast<ast::ListDisplay>(&target))
    for (auto &e : l->elts) targetNames(*e, out);
}

// Walks statements (not expressions: comprehension targets are the comprehension's own) collecting
// every name a function body binds and every `global` declaration.
void bindings(const ast::StmtList &body, std::set<std::string> &bound, std::set<std::string> &globals) {
  for (auto &s : body) {
    switch (s->kind()) {
    case ast::Kind::Assign:
      for (auto &t : cast<ast::Assign>(*s).targets) targetNames(*t, bound);
      break;
    case ast::Kind::AugAssign: targetNames(*cast<ast::AugAssign>(*s).target, bound); break;
    case ast::Kind::For: {
      auto &f = cast<ast::For>(*s);
      targetNames(*f.target, bound);
      bindings(f.body, bound, globals);
      bindings(f.orelse, bound, globals);
      break;
    }
    case ast::Kind::While:
      bindings(cast<ast::While>(*s).body, bound, globals);
      bindings(cast<ast::While>(*s).orelse, bound, globals);
      break;
    case ast::Kind::If:
      bindings(cast<ast::If>(*s).body, bound, globals);
      bindings(cast<ast::If>(*s).orelse, bound, globals);
      break;
    case ast::Kind::FunctionDef: bound.insert(cast<ast::FunctionDef>(*s).name); break;
    case ast::Kind::Import:
      for (auto &a : cast<ast::Import>(*s).names) bound.insert(a.boundName());
      break;
    case ast::Kind::ImportFrom:
      for (auto &a : cast<ast::ImportFrom>(*s).names) bound.insert(a.boundName());
      break;
    case ast::Kind::Global:
      for (auto &n : cast<ast::Global>(*s).names) globals.insert(n);
      break;
    default: break;
    }
  }
}

}  // namespace

void FunctionLowering::collectLocals(const ast::StmtList &body) {
  std::set<std::string> bound;
  bindings(body, bound, declaredGlobal);
  for (const std::string &name : bound)
    if (!declaredGlobal.count(name) && !locals.count(name)) locals[name] = newReg(name);
}

Reg FunctionLowering::directRegister(const std::string &name) {
  for (auto scope = compScopes.rbegin(); scope != compScopes.rend(); ++scope) {
    auto it = scope->find(name);
    if (it != scope->end()) return it->second;
  }
  if (!moduleLevel && !declaredGlobal.count(name)) {
    auto it = locals.find(name);
    if (it != locals.end()) return it->second;
  }
  return NoReg;
}

Reg FunctionLowering::loadName(const std::string &name) {
  Reg r = directRegister(name);
  if (r != NoReg) {
    // Parameters are always bound; other reads get a check that removeRedundantChecks drops
    // where the variable is definitely assigned.
    if (r >= fn.numParams) emit(Op::CheckBound, {}, {r}).imm = nameIndex(name);
    return r;
  }
  Reg dst = newReg();
  emit(Op::LoadGlobal, {dst}, {}).imm = ml.global(name);
  return dst;
}

void FunctionLowering::storeName(const std::string &name, Reg value) {
  Reg r = directRegister(name);
  if (r != NoReg) {
    if (r != value) emit(Op::Move, {r}, {value});
    return;
  }
  emit(Op::StoreGlobal, {}, {value}).imm = ml.global(name);
}

// ----- statements --------------------------------------------------------------------------------

void FunctionLowering::stmts(const ast::StmtList &body) {
  for (auto &s : body) {
    if (failed()) return;
    stmt(*s);
  }
}

void FunctionLowering::lowerBody(const ast::StmtList &body) {
  const ast::StrLit *doc = ast::docstring(body);
  for (auto &s : body) {
    if (failed()) return;
    if (doc && isa<ast::ExprStmt>(*s) && cast<ast::ExprStmt>(*s).value.get() == doc) continue;
    stmt(*s);
  }
}

void FunctionLowering::assign(const ast::Expr &target, Reg value) {
  int saved = line;
  line = int(target.line());
  if (auto *n = dyn_cast<ast::Name>(&target)) {
    storeName(n->id, value);
  } else if (auto *s = dyn_cast<ast::Subscript>(&target)) {
    if (isa<ast::Slice>(*s->index)) {
      fail(target, "slice assignment is not supported by fastjit");
    } else {
      Reg obj = expr(*s->value);
      Reg idx = expr(*s->index);
      emit(Op::SetItem, {}, {obj, idx, value});
    }
  } else if (isa<ast::TupleDisplay>(target) || isa<ast::ListDisplay>(target)) {
    const ast::ExprList &elts = isa<ast::TupleDisplay>(target) ? cast<ast::TupleDisplay>(target).elts
                                                               : cast<ast::ListDisplay>(target).elts;
    Instruction &unpack = emit(Op::UnpackSequence, {}, {value});
    std::vector<Reg> parts;
    for (size_t i = 0; i < elts.size(); ++i) {
      parts.push_back(newReg());
      unpack.dsts.push_back(parts.back());
    }
    for (size_t i = 0; i < elts.size() && !failed(); ++i) assign(*elts[i], parts[i]);
  } else if (isa<ast::Attribute>(target)) {
    fail(target, "assigning to an attribute is not supported by fastjit");
  } else {
    fail(target, "cannot assign to this expression");
  }
  line = saved;
}

// `a, b = x, y` (and `[a, b] = [x, y]`) with as many targets as values: the values go into fresh
// temporaries, then the targets are assigned from them left to right. This is what CPython's
// build-then-unpack does, in the same order (every value is evaluated before any target is
// stored, so `x, y = y, x` swaps), without creating the tuple: compiled loops that update two
// variables at once (`x, y = x * x - y * y + cx, 2 * x * y + cy`) keep them unboxed.
bool FunctionLowering::parallelAssign(const ast::Expr &target, const ast::Expr &value) {
  auto elements = [](const ast::Expr &e) -> const ast::ExprList * {
    if (auto *t = dyn_cast<ast::TupleDisplay>(&e)) return &t->elts;
    if (auto *l = dyn_cast<ast::ListDisplay>(&e)) return &l->elts;
    return nullptr;
  };
  const ast::ExprList *targets = elements(target), *values = elements(value);
  if (!targets || !values || targets->size() != values->size()) return false;
  std::vector<Reg> temps;
  for (auto &v : *values) {
    if (failed()) return true;
    temps.push_back(newReg());
    exprInto(*v, temps.back());
  }
  for (size_t i = 0; i < targets->size() && !failed(); ++i) assign(*(*targets)[i], temps[i]);
  return true;
}

void FunctionLowering::augAssign(const ast::AugAssign &a) {
  if (auto *n = dyn_cast<ast::Name>(a.target.get())) {
    Reg old = loadName(n->id);
    Reg rhs = expr(*a.value);
    line = int(a.line());
    Reg direct = directRegister(n->id);
    Reg result = direct != NoReg ? direct : newReg();
    Instruction &inst = emit(Op::InplaceBinary, {result}, {old, rhs});
    inst.sub = uint8_t(a.op);
    if (direct == NoReg) storeName(n->id, result);
  } else if (auto *s = dyn_cast<ast::Subscript>(a.target.get())) {
    if (isa<ast::Slice>(*s->index)) {
      fail(a, "slice assignment is not supported by fastjit");
      return;
    }
    Reg obj = expr(*s->value);
    Reg idx = expr(*s->index);
    line = int(s->line());
    Reg old = newReg();
    emit(Op::GetItem, {old}, {obj, idx});
    Reg rhs = expr(*a.value);
    line = int(a.line());
    Reg result = newReg();
    emit(Op::InplaceBinary, {result}, {old, rhs}).sub = uint8_t(a.op);
    emit(Op::SetItem, {}, {obj, idx, result});
  } else {
    fail(a, "this augmented assignment target is not supported by fastjit");
  }
}

void FunctionLowering::ifStmt(const ast::If &s) {
  BlockId then = newBlock(), after = newBlock();
  BlockId otherwise = s.orelse.empty() ? after : newBlock();
  condition(*s.test, then, otherwise);
  setBlock(then);
  stmts(s.body);
  jump(after);
  if (!s.orelse.empty()) {
    setBlock(otherwise);
    stmts(s.orelse);
    jump(after);
  }
  setBlock(after);
}

void FunctionLowering::whileStmt(const ast::While &w) {
  BlockId header = newBlock(), body = newBlock(), after = newBlock();
  BlockId otherwise = w.orelse.empty() ? after : newBlock();
  jump(header);
  setBlock(header);
  condition(*w.test, body, otherwise);
  setBlock(body);
  loops.push_back({header, after});
  stmts(w.body);
  loops.pop_back();
  line = int(w.line());
  jump(header);
  if (!w.orelse.empty()) {
    setBlock(otherwise);
    stmts(w.orelse);
    jump(after);
  }
  setBlock(after);
}

FunctionLowering::IterSetup FunctionLowering::iterSetup(const ast::Expr &iter) {
  IterSetup setup;
  auto *call = dyn_cast<ast::Call>(&iter);
  auto *callee = call ? dyn_cast<ast::Name>(call->func.get()) : nullptr;
  setup.range = callee && callee->id == "range" && call->keywords.empty() && !call->args.empty() &&
                call->args.size() <= 3;
  if (setup.range) {
    // `for i in range(...)`: a counted loop, guarded at run time by ForRangeInit checking that the
    // callee really is the builtin range.
    std::vector<Reg> ops{expr(*call->func)};
    for (auto &a : call->args) ops.push_back(expr(*a));
    line = int(iter.line());
    setup.regs[0] = newReg();
    setup.regs[1] = newReg();
    setup.regs[2] = newReg();
    Instruction &init = emitOps(Op::ForRangeInit, NoReg, ops);
    init.dsts.assign({setup.regs[0], setup.regs[1], setup.regs[2]});
  } else {
    Reg iterable = expr(iter);
    line = int(iter.line());
    setup.regs[0] = newReg();
    emit(Op::GetIter, {setup.regs[0]}, {iterable});
  }
  return setup;
}

BlockId FunctionLowering::loopHeader(const IterSetup &setup, const ast::Expr &target,
                                     BlockId &header, BlockId exit) {
  // The value written each iteration goes straight into the variable when it is a register.
  auto *targetName = dyn_cast<ast::Name>(&target);
  Reg direct = targetName ? directRegister(targetName->id) : NoReg;
  Reg item = direct != NoReg ? direct : newReg();
  header = newBlock();
  jump(header);
  setBlock(header);
  Instruction &next = setup.range
      ? emit(Op::ForRangeNext, {item, setup.regs[0]}, {setup.regs[0], setup.regs[1], setup.regs[2]})
      : emit(Op::ForIter, {item}, {setup.regs[0]});
  next.targets[1] = exit;
  BlockId body = newBlock();
  fn.blocks[header].insts.back().targets[0] = body;
  setBlock(body);
  if (direct == NoReg) assign(target, item);
  return body;
}

void FunctionLowering::forStmt(const ast::For &f) {
  line = int(f.line());
  BlockId after = newBlock();
  BlockId otherwise = f.orelse.empty() ? after : newBlock();
  BlockId header;
  IterSetup setup = iterSetup(*f.iter);
  loopHeader(setup, *f.target, header, otherwise);
  loops.push_back({header, after});
  stmts(f.body);
  loops.pop_back();
  line = int(f.line());
  jump(header);
  if (!f.orelse.empty()) {
    setBlock(otherwise);
    stmts(f.orelse);
    jump(after);
  }
  setBlock(after);
}

void FunctionLowering::functionDef(const ast::FunctionDef &d) {
  auto fnPtr = std::make_unique<Function>();
  Function &inner = *fnPtr;
  uint32_t index = uint32_t(ml.module.functions.size());
  ml.module.functions.push_back(std::move(fnPtr));
  inner.name = d.name;
  inner.line = int(d.line());
  {
    FunctionLowering body(ml, inner, /*moduleLevel=*/false);
    body.line = int(d.line());
    for (auto &p : d.params) {
      if (body.locals.count(p.name)) {
        fail(d, "duplicate argument '" + p.name + "' in function definition");
        return;
      }
      body.locals[p.name] = body.newReg(p.name);
    }
    inner.numParams = uint32_t(d.params.size());
    body.collectLocals(d.body);
    body.lowerBody(d.body);
    if (failed()) return;
    body.finish();
  }
  // Defaults are evaluated now, in the defining scope, left to right.
  std::vector<Reg> defaults;
  for (auto &p : d.params)
    if (p.defaultValue) defaults.push_back(expr(*p.defaultValue));
  line = int(d.line());
  Reg f = newReg();
  emitOps(Op::MakeFunction, f, defaults).imm = index;
  storeName(d.name, f);
}

void FunctionLowering::stmt(const ast::Stmt &s) {
  line = int(s.line());
  switch (s.kind()) {
  case ast::Kind::ExprStmt: expr(*cast<ast::ExprStmt>(s).value); break;
  case ast::Kind::Assign: {
    auto &a = cast<ast::Assign>(s);
    // A single plain variable target is computed straight into its register.
    if (a.targets.size() == 1 && isa<ast::Name>(*a.targets[0])) {
      Reg direct = directRegister(cast<ast::Name>(*a.targets[0]).id);
      if (direct != NoReg) {
        exprInto(*a.value, direct);
        break;
      }
    }
    if (a.targets.size() == 1 && parallelAssign(*a.targets[0], *a.value)) break;
    Reg value = expr(*a.value);
    for (auto &t : a.targets) {
      if (failed()) break;
      assign(*t, value);
    }
    break;
  }
  case ast::Kind::AugAssign: augAssign(cast<ast::AugAssign>(s)); break;
  case ast::Kind::If: ifStmt(cast<ast::If>(s)); break;
  case ast::Kind::While: whileStmt(cast<ast::While>(s)); break;
  case ast::Kind::For: forStmt(cast<ast::For>(s)); break;
  case ast::Kind::Break:
    if (loops.empty()) fail(s, "'break' outside loop");
    else jump(loops.back().breakTarget);
    break;
  case ast::Kind::Continue:
    if (loops.empty()) fail(s, "'continue' not properly in loop");
    else jump(loops.back().continueTarget);
    break;
  case ast::Kind::Pass: break;
  case ast::Kind::Return: {
    if (moduleLevel) {
      fail(s, "'return' outside function");
      break;
    }
    auto &r = cast<ast::Return>(s);
    Reg v = r.value ? expr(*r.value) : none();
    line = int(s.line());
    emit(Op::Return, {}, {v});
    break;
  }
  case ast::Kind::FunctionDef: functionDef(cast<ast::FunctionDef>(s)); break;
  case ast::Kind::Global: break;  // resolved by collectLocals
  case ast::Kind::Assert: {
    auto &a = cast<ast::Assert>(s);
    BlockId ok = newBlock(), bad = newBlock();
    condition(*a.test, ok, bad);
    setBlock(bad);
    if (a.msg) {
      Reg m = expr(*a.msg);
      line = int(s.line());
      emit(Op::RaiseAssert, {}, {m});
    } else {
      emit(Op::RaiseAssert, {}, {});
    }
    jump(ok);  // never taken: RaiseAssert always raises
    setBlock(ok);
    break;
  }
  case ast::Kind::Import:
    for (auto &alias : cast<ast::Import>(s).names) {
      Reg m = newReg();
      emit(Op::Import, {m}, {}).imm = nameIndex(alias.name);
      storeName(alias.boundName(), m);
    }
    break;
  case ast::Kind::ImportFrom: {
    auto &imp = cast<ast::ImportFrom>(s);
    Reg m = newReg();
    emit(Op::Import, {m}, {}).imm = nameIndex(imp.module);
    for (auto &alias : imp.names) {
      Reg v = newReg();
      emit(Op::GetAttr, {v}, {m}).imm = nameIndex(alias.name);
      storeName(alias.boundName(), v);
    }
    break;
  }
  case ast::Kind::Delete:
    for (auto &t : cast<ast::Delete>(s).targets) {
      auto *sub = dyn_cast<ast::Subscript>(t.get());
      if (!sub || isa<ast::Slice>(*sub->index)) {
        fail(*t, "only 'del a[i]' is supported by fastjit");
        break;
      }
      Reg obj = expr(*sub->value);
      Reg idx = expr(*sub->index);
      line = int(t->line());
      emit(Op::DelItem, {}, {obj, idx});
    }
    break;
  default: fail(s, std::string("unsupported statement ") + ast::kindName(s.kind())); break;
  }
}

// ----- finishing ---------------------------------------------------------------------------------

void FunctionLowering::finish() {
  if (!terminated()) {
    line = 0;
    emit(Op::Return, {}, {none()});
  }
  // Any block still open (unreachable code after a terminator) gets a terminator too.
  for (Block &b : fn.blocks)
    if (b.insts.empty() || !isTerminator(b.insts.back().op)) {
      Instruction ret;
      ret.op = Op::Return;
      ret.ops.push_back(none());
      b.insts.push_back(std::move(ret));
    }
  // Constants are loaded once, at the top of the entry block.
  std::vector<Instruction> loads;
  for (auto &[index, reg] : constLoads) {
    Instruction inst;
    inst.op = Op::LoadConst;
    inst.line = fn.line;
    inst.dsts.push_back(reg);
    inst.imm = index;
    loads.push_back(std::move(inst));
  }
  auto &entry = fn.blocks[0].insts;
  entry.insert(entry.begin(), std::make_move_iterator(loads.begin()), std::make_move_iterator(loads.end()));

  // Drop unreachable blocks and renumber, so consumers only ever see live code.
  std::vector<BlockId> order{0}, newId(fn.blocks.size(), NoIndex);
  newId[0] = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    const Instruction &term = fn.blocks[order[i]].insts.back();
    for (unsigned t = 0; t < term.numTargets(); ++t)
      if (newId[term.targets[t]] == NoIndex) {
        newId[term.targets[t]] = BlockId(order.size());
        order.push_back(term.targets[t]);
      }
  }
  std::vector<Block> blocks;
  for (BlockId old : order) {
    Block b = std::move(fn.blocks[old]);
    Instruction &term = b.insts.back();
    for (unsigned t = 0; t < term.numTargets(); ++t) term.targets[t] = newId[term.targets[t]];
    blocks.push_back(std::move(b));
  }
  fn.blocks = std::move(blocks);
  removeRedundantChecks(fn);
}

}  // namespace fastjit::ir::detail

namespace fastjit::ir {

llvm::Expected<std::unique_ptr<Module>> lowerModule(const ast::Module &astModule) {
  auto module = std::make_unique<Module>();
  module->sourceName = astModule.source ? astModule.source->name() : "<string>";
  module->functions.push_back(std::make_unique<Function>());
  Function &top = *module->functions[0];
  top.name = "<module>";
  top.line = 1;
  detail::ModuleLowering ml{*module, {}, {}};
  // __name__ is always bound (to "__main__"); the interpreter initialises the slot.
  ml.global("__name__");
  {
    detail::FunctionLowering lowering(ml, top, /*moduleLevel=*/true);
    lowering.lowerBody(astModule.body);
    if (ml.error.empty()) lowering.finish();
  }
  if (!ml.error.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", ml.error.c_str());
  if (llvm::Error err = verifyModule(*module)) return std::move(err);
  return std::move(module);
}

}  // namespace fastjit::ir
