// Flow-insensitive type inference to a fixpoint (see infer.h). Each pass walks every instruction,
// computes its result types from its operands' current types, and joins them into the destination
// registers; passes repeat until nothing changes. The lattice has finite height (unions widen to
// dynamic), so this terminates. Operands still unknown produce nothing yet: a later pass sees them.
//
// The transfer rules mirror runtime/ops.h for the operations codegen compiles natively. Whatever
// they do not cover is refused here, with its line, so that codegen never meets an instruction it
// cannot lower and `--explain` can say why.
#include "ir/infer.h"

#include <map>

namespace fastjit::ir {

using K = Type::Kind;

namespace {

llvm::Error refuse(int line, const std::string &why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "line " + std::to_string(line) + ": cannot compile " + why);
}

// The scalar members of a scalar type or a union (empty for anything else).
std::vector<Type> scalarMembers(const Type &t) {
  if (t.is(K::Union)) return t.items();
  if (t.isScalar()) return {t};
  return {};
}

struct ConstInfo {
  const Constant *c = nullptr;
};

}  // namespace

Type binaryScalarType(rt::BinaryOp op, Type::Kind a, Type::Kind b, bool exponentIntegral,
                      bool exponentNonNegative) {
  using B = rt::BinaryOp;
  auto isIntLike = [](K k) { return k == K::Int || k == K::Bool; };
  if (a == K::None || b == K::None) return {};
  if (a == K::Complex || b == K::Complex) {
    switch (op) {
    case B::Add: case B::Sub: case B::Mul: case B::TrueDiv: return Type::complex();
    default: return {};
    }
  }
  if (a == K::Float || b == K::Float) {
    switch (op) {
    case B::Add: case B::Sub: case B::Mul: case B::TrueDiv: case B::FloorDiv: case B::Mod:
      return Type::floating();
    case B::Pow:
      // A negative base with a non-integral exponent gives a complex: only integral exponents.
      return exponentIntegral ? Type::floating() : Type{};
    default: return {};
    }
  }
  if (isIntLike(a) && isIntLike(b)) {
    switch (op) {
    case B::TrueDiv: return Type::floating();
    case B::Pow:
      return exponentNonNegative ? Type::integer() : Type::join(Type::integer(), Type::floating());
    case B::BitAnd: case B::BitOr: case B::BitXor:
      return a == K::Bool && b == K::Bool ? Type::boolean() : Type::integer();
    default: return Type::integer();
    }
  }
  return {};
}

namespace {

class Inferrer {
public:
  Inferrer(const Function &fn, InferenceContext &ctx) : fn_(fn), ctx_(ctx) {}

  llvm::Expected<FunctionTypes> run(const std::vector<Type> &args) {
    types_.regs.assign(fn_.numRegs, Type());
    if (args.size() != fn_.numParams)
      return refuse(fn_.line, "a call with " + std::to_string(args.size()) + " arguments");
    for (uint32_t i = 0; i < fn_.numParams; ++i) types_.regs[i] = args[i];
    findConstants();
    for (int pass = 0; pass < 100; ++pass) {
      changed_ = false;
      for (const Block &block : fn_.blocks)
        for (const Instruction &inst : block.insts)
          if (llvm::Error err = visit(inst)) return std::move(err);
      if (!changed_) return std::move(types_);
    }
    return refuse(fn_.line, "this function: type inference did not converge");
  }

private:
  void findConstants() {
    std::vector<int> writes(fn_.numRegs, 0);
    for (const Block &block : fn_.blocks)
      for (const Instruction &inst : block.insts)
        for (Reg d : inst.dsts) ++writes[d];
    for (const Block &block : fn_.blocks)
      for (const Instruction &inst : block.insts)
        if (inst.op == Op::LoadConst && writes[inst.dst()] == 1)
          consts_[inst.dst()] = &fn_.consts[inst.imm];
  }

  const Constant *constantOf(Reg r) const {
    auto it = consts_.find(r);
    return it == consts_.end() ? nullptr : it->second;
  }

  const Type &ty(Reg r) const { return types_.regs[r]; }

  void set(Reg r, const Type &t) {
    Type j = Type::join(types_.regs[r], t);
    if (j != types_.regs[r]) {
      types_.regs[r] = std::move(j);
      changed_ = true;
    }
  }

  bool anyUnknown(const Instruction &inst, size_t from = 0) const {
    for (size_t i = from; i < inst.ops.size(); ++i)
      if (ty(inst.ops[i]).isUnknown()) return true;
    return false;
  }

  llvm::Expected<Type> binary(const Instruction &inst) {
    const Type &a = ty(inst.ops[0]), &b = ty(inst.ops[1]);
    auto op = inst.binaryOp();
    const Constant *bc = constantOf(inst.ops[1]);
    bool integral = b.is(K::Int) || b.is(K::Bool) ||
                    (bc && bc->kind == Constant::Kind::Float && bc->f == (double)(int64_t)bc->f);
    bool nonNegative = bc && ((bc->kind == Constant::Kind::Int && bc->i >= 0) ||
                              bc->kind == Constant::Kind::Bool);
    // Sequences: list + list, list * int ([0] * n).
    if (a.is(K::List) || b.is(K::List)) {
      if (op == rt::BinaryOp::Add && a.is(K::List) && b.is(K::List)) return Type::join(a, b);
      if (op == rt::BinaryOp::Mul && a.is(K::List) && (b.is(K::Int) || b.is(K::Bool))) return a;
      if (op == rt::BinaryOp::Mul && b.is(K::List) && (a.is(K::Int) || a.is(K::Bool))) return b;
      return refuse(inst.line, "'" + std::string(binaryName(op)) + "' on " + a.toString() +
                                   " and " + b.toString());
    }
    std::vector<Type> am = scalarMembers(a), bm = scalarMembers(b);
    if (am.empty() || bm.empty())
      return refuse(inst.line, "'" + std::string(binaryName(op)) + "' on " + a.toString() +
                                   " and " + b.toString());
    Type result;
    for (const Type &x : am)
      for (const Type &y : bm) {
        Type r = binaryScalarType(op, x.kind(), y.kind(), integral, nonNegative);
        if (r.isUnknown())
          return refuse(inst.line, "'" + std::string(binaryName(op)) + "' on " + x.toString() +
                                       " and " + y.toString());
        result = Type::join(result, r);
      }
    return result;
  }

  static const char *binaryName(rt::BinaryOp op) {
    static const char *names[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
    return names[unsigned(op)];
  }

  llvm::Expected<Type> unary(const Instruction &inst) {
    const Type &a = ty(inst.ops[0]);
    if (inst.unaryOp() == rt::UnaryOp::Not) {
      if (a.isScalar() || a.is(K::Union) || a.is(K::List) || a.is(K::Tuple)) return Type::boolean();
      return refuse(inst.line, "'not' on " + a.toString());
    }
    Type result;
    for (const Type &m : scalarMembers(a)) {
      Type r;
      switch (inst.unaryOp()) {
      case rt::UnaryOp::Neg:
      case rt::UnaryOp::Pos:
        r = m.is(K::Bool) ? Type::integer() : m.is(K::None) ? Type() : m;
        break;
      case rt::UnaryOp::Invert:
        r = (m.is(K::Int) || m.is(K::Bool)) ? Type::integer() : Type();
        break;
      default: break;
      }
      if (r.isUnknown()) return refuse(inst.line, "this unary operator on " + m.toString());
      result = Type::join(result, r);
    }
    if (result.isUnknown()) return refuse(inst.line, "this unary operator on " + a.toString());
    return result;
  }

  llvm::Expected<Type> compare(const Instruction &inst) {
    const Type &a = ty(inst.ops[0]), &b = ty(inst.ops[1]);
    using C = rt::CompareOp;
    C op = inst.compareOp();
    if (op == C::Is || op == C::IsNot) {
      if (a.isScalar() && b.isScalar()) return Type::boolean();
      return refuse(inst.line, "'is' on " + a.toString() + " and " + b.toString());
    }
    if (op == C::In || op == C::NotIn) {
      if (b.is(K::List) && !b.elem().isDynamic() && a.isReal()) return Type::boolean();
      return refuse(inst.line, "'in' on " + b.toString());
    }
    std::vector<Type> am = scalarMembers(a), bm = scalarMembers(b);
    if (am.empty() || bm.empty())
      return refuse(inst.line, "comparison of " + a.toString() + " and " + b.toString());
    for (const Type &x : am)
      for (const Type &y : bm) {
        bool ordered = op != C::Eq && op != C::Ne;
        if (x.is(K::None) || y.is(K::None) || (ordered && (x.is(K::Complex) || y.is(K::Complex))))
          return refuse(inst.line, "comparison of " + x.toString() + " and " + y.toString());
      }
    return Type::boolean();
  }

  llvm::Expected<Type> getItem(const Instruction &inst) {
    const Type &c = ty(inst.ops[0]), &i = ty(inst.ops[1]);
    if (!(i.is(K::Int) || i.is(K::Bool)))
      return refuse(inst.line, "subscript of " + c.toString() + " with " + i.toString());
    if (c.is(K::List)) {
      if (c.elem().isDynamic() || c.elem().isUnknown())
        return refuse(inst.line, "reading an element of " + c.toString() +
                                     " (element type not known when compiling)");
      return c.elem();
    }
    if (c.is(K::Tuple)) {
      const Constant *k = constantOf(inst.ops[1]);
      int64_t n = int64_t(c.items().size());
      if (k && k->kind == Constant::Kind::Int && k->i >= -n && k->i < n)
        return c.items()[k->i < 0 ? k->i + n : k->i];
      Type j;
      for (const Type &t : c.items()) j = Type::join(j, t);
      if (j.isScalar()) return j;
      return refuse(inst.line, "a variable index into " + c.toString());
    }
    return refuse(inst.line, "subscript of " + c.toString());
  }

  llvm::Expected<Type> call(const Instruction &inst, const Type &callee, size_t firstArg) {
    std::vector<Type> args;
    for (size_t i = firstArg; i < inst.ops.size(); ++i) args.push_back(ty(inst.ops[i]));
    bool keywords = inst.op == Op::Call ? inst.imm != NoIndex : inst.imm2 != NoIndex;
    if (keywords) return refuse(inst.line, "calls with keyword arguments yet");
    if (callee.is(K::Function)) {
      auto r = ctx_.callReturnType(callee, args);
      if (!r) return r.takeError();
      return *r;
    }
    if (callee.is(K::Builtin)) {
      Type r = builtinResultType(callee.name(), args);
      if (r.isUnknown()) {
        std::string sig;
        for (size_t i = 0; i < args.size(); ++i) sig += (i ? ", " : "") + args[i].toString();
        return refuse(inst.line, "a call of " + callee.name() + "(" + sig + ")");
      }
      return r;
    }
    return refuse(inst.line, "a call of a value of type " + callee.toString());
  }

  llvm::Error visit(const Instruction &inst) {
    // Instructions whose operands are not typed yet wait for a later pass.
    switch (inst.op) {
    case Op::LoadConst: {
      const Constant &c = fn_.consts[inst.imm];
      switch (c.kind) {
      case Constant::Kind::None: set(inst.dst(), Type::none()); break;
      case Constant::Kind::Bool: set(inst.dst(), Type::boolean()); break;
      case Constant::Kind::Int: set(inst.dst(), Type::integer()); break;
      case Constant::Kind::Float: set(inst.dst(), Type::floating()); break;
      case Constant::Kind::Complex: set(inst.dst(), Type::complex()); break;
      case Constant::Kind::Str: set(inst.dst(), Type::str()); break;
      }
      return llvm::Error::success();
    }
    case Op::Move:
      if (!anyUnknown(inst)) set(inst.dst(), ty(inst.ops[0]));
      return llvm::Error::success();
    case Op::CheckBound:
    case Op::Jump:
    case Op::RaiseError:
      return llvm::Error::success();
    case Op::RaiseAssert:
      if (!inst.ops.empty() && !anyUnknown(inst) && !ty(inst.ops[0]).is(K::Str))
        return refuse(inst.line, "an assert message that is not a string literal");
      return llvm::Error::success();
    case Op::LoadGlobal: {
      auto t = ctx_.globalType(inst.imm);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::StoreGlobal:
      if (anyUnknown(inst)) return llvm::Error::success();
      return ctx_.globalStore(inst.imm, ty(inst.ops[0]), inst.line);
    case Op::Binary:
    case Op::InplaceBinary: {
      if (anyUnknown(inst)) return llvm::Error::success();
      if (inst.op == Op::InplaceBinary && ty(inst.ops[0]).is(K::List))
        return refuse(inst.line, "an in-place operation on a list");
      auto t = binary(inst);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::Unary: {
      if (anyUnknown(inst)) return llvm::Error::success();
      auto t = unary(inst);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::Compare: {
      if (anyUnknown(inst)) return llvm::Error::success();
      auto t = compare(inst);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::GetItem: {
      if (anyUnknown(inst)) return llvm::Error::success();
      auto t = getItem(inst);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::SetItem: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]), &i = ty(inst.ops[1]), &v = ty(inst.ops[2]);
      if (!c.is(K::List) || !(i.is(K::Int) || i.is(K::Bool)))
        return refuse(inst.line, "item assignment to " + c.toString());
      // A store of another type would switch the list's storage strategy: refuse rather than
      // compile code whose element type assumption would then be wrong.
      if (c.elem().isUnknown() || c.elem().isDynamic() || c.elem() != v)
        return refuse(inst.line, "storing " + v.toString() + " into " + c.toString());
      return llvm::Error::success();
    }
    case Op::BuildList: {
      if (anyUnknown(inst)) return llvm::Error::success();
      Type elem;
      for (Reg r : inst.ops) elem = Type::join(elem, ty(r));
      Type l = Type::list(elem);
      if (!inst.ops.empty() && (l.elem().isDynamic() || elem != l.elem()))
        return refuse(inst.line, "a list display of " + elem.toString());
      set(inst.dst(), l);
      return llvm::Error::success();
    }
    case Op::BuildTuple: {
      if (anyUnknown(inst)) return llvm::Error::success();
      std::vector<Type> items;
      for (Reg r : inst.ops) {
        if (!ty(r).isScalar()) return refuse(inst.line, "a tuple holding " + ty(r).toString());
        items.push_back(ty(r));
      }
      set(inst.dst(), Type::tuple(std::move(items)));
      return llvm::Error::success();
    }
    case Op::ListAppend: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &l = ty(inst.ops[0]), &v = ty(inst.ops[1]);
      if (!l.is(K::List)) return refuse(inst.line, "append to " + l.toString());
      // The hidden list of a comprehension starts as list[unknown]; appends give it its type.
      Type joined = Type::join(l, Type::list(v));
      if (joined.elem().isDynamic() || Type::list(v).elem() != v)
        return refuse(inst.line, "appending " + v.toString() + " to " + l.toString());
      set(inst.ops[0], joined);
      return llvm::Error::success();
    }
    case Op::UnpackSequence: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &t = ty(inst.ops[0]);
      if (!t.is(K::Tuple) || t.items().size() != inst.dsts.size())
        return refuse(inst.line, "unpacking " + t.toString());
      for (size_t i = 0; i < inst.dsts.size(); ++i) set(inst.dsts[i], t.items()[i]);
      return llvm::Error::success();
    }
    case Op::Call: {
      if (anyUnknown(inst)) return llvm::Error::success();
      auto t = call(inst, ty(inst.ops[0]), 1);
      if (!t) return t.takeError();
      set(inst.dst(), *t);
      return llvm::Error::success();
    }
    case Op::CallMethod: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &self = ty(inst.ops[0]);
      const std::string &method = fn_.names[inst.imm];
      if (self.is(K::Module)) {
        auto t = call(inst, Type::builtin(nullptr, self.name() + "." + method), 1);
        if (!t) return t.takeError();
        set(inst.dst(), *t);
        return llvm::Error::success();
      }
      std::vector<Type> args{self};
      for (size_t i = 1; i < inst.ops.size(); ++i) args.push_back(ty(inst.ops[i]));
      std::string prefix = self.is(K::List) ? "list." : self.is(K::Complex) ? "complex." :
                           self.is(K::Float) ? "float." : "?.";
      Type r = builtinResultType(prefix + method, args);
      if (r.isUnknown()) return refuse(inst.line, "method " + method + " of " + self.toString());
      if (method == "append") {
        Type joined = Type::join(self, Type::list(args.size() > 1 ? args[1] : Type()));
        if (joined.elem().isDynamic() || joined != self)
          return refuse(inst.line, "appending " + args[1].toString() + " to " + self.toString());
      }
      set(inst.dst(), r);
      return llvm::Error::success();
    }
    case Op::GetAttr: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &o = ty(inst.ops[0]);
      const std::string &attr = fn_.names[inst.imm];
      if (o.is(K::Complex) && (attr == "real" || attr == "imag")) {
        set(inst.dst(), Type::floating());
        return llvm::Error::success();
      }
      if (o.is(K::Module)) {
        Type r = builtinResultType(o.name() + "." + attr + "#attr", {});
        if (!r.isUnknown()) {
          set(inst.dst(), r);
          return llvm::Error::success();
        }
        // A module function used as a value (then called): a builtin known by name.
        set(inst.dst(), Type::builtin(nullptr, o.name() + "." + attr));
        return llvm::Error::success();
      }
      return refuse(inst.line, "attribute " + attr + " of " + o.toString());
    }
    case Op::GetIter: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]);
      if ((c.is(K::List) && !c.elem().isDynamic() && !c.elem().isUnknown()) || c.is(K::Range)) {
        set(inst.dst(), Type::iterator(c));
        return llvm::Error::success();
      }
      return refuse(inst.line, "iteration over " + c.toString());
    }
    case Op::ForIter: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &it = ty(inst.ops[0]);
      if (!it.is(K::Iterator)) return refuse(inst.line, "iteration over " + it.toString());
      set(inst.dst(), it.elem().is(K::Range) ? Type::integer() : it.elem().elem());
      return llvm::Error::success();
    }
    case Op::ForRangeInit: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &callee = ty(inst.ops[0]);
      if (!callee.is(K::Builtin) || callee.name() != "range")
        return refuse(inst.line, "a for loop over a call of " + callee.toString());
      for (size_t i = 1; i < inst.ops.size(); ++i)
        if (!(ty(inst.ops[i]).is(K::Int) || ty(inst.ops[i]).is(K::Bool)))
          return refuse(inst.line, "range() of " + ty(inst.ops[i]).toString());
      for (Reg d : inst.dsts) set(d, Type::integer());
      return llvm::Error::success();
    }
    case Op::ForRangeNext:
      for (Reg d : inst.dsts) set(d, Type::integer());
      return llvm::Error::success();
    case Op::Branch: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]);
      if (!(c.isScalar() || c.is(K::Union) || c.is(K::List)))
        return refuse(inst.line, "the truth value of " + c.toString());
      return llvm::Error::success();
    }
    case Op::Return: {
      if (anyUnknown(inst)) return llvm::Error::success();
      Type j = Type::join(types_.result, ty(inst.ops[0]));
      if (j.isDynamic())
        return refuse(inst.line, "a function returning both " + types_.result.toString() +
                                     " and " + ty(inst.ops[0]).toString());
      if (j != types_.result) {
        types_.result = j;
        changed_ = true;
      }
      return llvm::Error::success();
    }
    case Op::DelItem: return refuse(inst.line, "'del' of a list item yet");
    case Op::GetSlice: return refuse(inst.line, "slices yet");
    case Op::MakeFunction: return refuse(inst.line, "nested function definitions");
    case Op::Import: return refuse(inst.line, "an import inside a function");
    case Op::FormatValue:
    case Op::BuildString: return refuse(inst.line, "f-strings yet");
    }
    return refuse(inst.line, std::string("the instruction ") + opName(inst.op));
  }

  const Function &fn_;
  InferenceContext &ctx_;
  FunctionTypes types_;
  std::map<Reg, const Constant *> consts_;
  bool changed_ = false;
};

}  // namespace

llvm::Error InferenceContext::globalStore(uint32_t, const Type &, int line) {
  return refuse(line, "an assignment to a global variable");
}

llvm::Expected<FunctionTypes> inferTypes(const Function &fn, const std::vector<Type> &args,
                                         InferenceContext &ctx) {
  return Inferrer(fn, ctx).run(args);
}

Type builtinResultType(const std::string &name, const std::vector<Type> &args) {
  auto allReal = [&] {
    for (const Type &a : args)
      if (!a.isReal()) return false;
    return !args.empty();
  };
  size_t n = args.size();
  if (name == "len" && n == 1 && (args[0].is(K::List) || args[0].is(K::Tuple) || args[0].is(K::Range)))
    return Type::integer();
  if (name == "abs" && n == 1) {
    if (args[0].is(K::Int) || args[0].is(K::Bool)) return Type::integer();
    if (args[0].is(K::Float) || args[0].is(K::Complex)) return Type::floating();
  }
  if (name == "float" && n == 1 && args[0].isReal()) return Type::floating();
  if (name == "int" && n == 1 && args[0].isReal()) return Type::integer();
  if (name == "complex" && n >= 1 && n <= 2 && allReal()) return Type::complex();
  if ((name == "min" || name == "max") && n == 2 && allReal()) {
    if (args[0].is(K::Bool) || args[1].is(K::Bool)) return {};  // keeps True/False: rare, skip
    return Type::join(args[0], args[1]);
  }
  if (name == "math.sqrt" || name == "math.exp" || name == "math.log" || name == "math.sin" ||
      name == "math.cos" || name == "math.fabs") {
    if (n == 1 && allReal()) return Type::floating();
  }
  if ((name == "math.hypot" || name == "math.atan2") && n == 2 && allReal()) return Type::floating();
  if (name == "math.pi#attr" || name == "math.e#attr" || name == "math.tau#attr" ||
      name == "math.inf#attr" || name == "math.nan#attr")
    return Type::floating();
  if (name == "random.random" && n == 0) return Type::floating();
  if (name == "complex.conjugate" && n == 1) return Type::complex();
  if (name == "float.is_integer" && n == 1) return Type::boolean();
  if (name == "list.append" && n == 2) return Type::none();
  return {};
}

std::string typesText(const Function &fn, const FunctionTypes &types) {
  std::string s;
  for (uint32_t r = 0; r < fn.numRegs; ++r) {
    std::string name = r < fn.regNames.size() && !fn.regNames[r].empty() ? fn.regNames[r]
                                                                          : std::to_string(r);
    s += "%" + name + ": " + types.regs[r].toString() + "\n";
  }
  s += "return: " + types.result.toString() + "\n";
  return s;
}

}  // namespace fastjit::ir
