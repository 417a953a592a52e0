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
#include <optional>

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

bool intLike(const Type &t) { return t.is(K::Int) || t.is(K::Bool); }

// Element types whose list storage compiled code reads and writes directly.
bool nativeElem(const Type &e) {
  return e.is(K::Bool) || e.is(K::Int) || e.is(K::Float) || e.is(K::Complex) || e.is(K::List);
}

// Whether a list, tuple or iterator type still has an unknown part (list[unknown]).
bool hasUnknownPart(const Type &t) {
  if (t.is(K::List) || t.is(K::Iterator)) return t.elem().isUnknown() || hasUnknownPart(t.elem());
  if (t.is(K::Tuple))
    for (const Type &item : t.items())
      if (item.isUnknown() || hasUnknownPart(item)) return true;
  return false;
}


// Builtins that never change the storage strategy of a list passed to them.
bool keepsListStorage(const std::string &name) {
  static const char *const names[] = {
      "print", "len", "sum", "min", "max", "sorted", "str", "repr", "list", "tuple", "enumerate",
      "zip", "reversed", "isinstance", "abs", "bool", "iter", "any", "all", "format", "range", "int",
      "float", "complex", "round", "divmod", "pow", "hex", "bin", "ord", "chr", "random.choice",
      "random.shuffle"};
  for (const char *n : names)
    if (name == n) return true;
  return false;
}

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
      deferred_ = false;
      // The generic marks are recomputed by every pass: the last pass (nothing changed) leaves
      // the marks of the final types.
      types_.generic.clear();
      for (const Block &block : fn_.blocks)
        for (const Instruction &inst : block.insts)
          if (llvm::Error err = visit(inst)) return std::move(err);
      if (!changed_ && deferred_ && settling_) {
        settling_ = false;  // the types have settled: make the deferred calls now
        continue;
      }
      if (!changed_) {
        types_.changesListStorage = switches_;
        return std::move(types_);
      }
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

  void set(Reg r, Type t) {
    if (switches_ && t.is(K::List)) t = Type::list(Type::dynamic());
    Type j = Type::join(types_.regs[r], t);
    if (j != types_.regs[r]) {
      types_.regs[r] = std::move(j);
      changed_ = true;
    }
  }

  // Some instruction may change the storage strategy of a list compiled code reads with typed
  // loads (a float stored into a list[int]). Any register of this function may alias that list,
  // so from now on every list is read generically (list[object]): correct, and only this
  // function pays.
  void storageMaySwitch() {
    if (switches_) return;
    switches_ = true;
    changed_ = true;
    for (Reg r = 0; r < fn_.numRegs; ++r)
      if (types_.regs[r].is(K::List)) set(r, types_.regs[r]);
  }
  void listMayChange(const Type &list, const Type &stored) {
    if (list.is(K::List) && nativeElem(list.elem()) && list.elem() != stored &&
        !Type::refines(stored, list.elem()))  // rows typed by now: the same strategy
      storageMaySwitch();
  }

  // inst is lowered on boxed Values; its result (if any) is `result`.
  void generic(const Instruction &inst, const Type &result = Type::dynamic()) {
    types_.generic[&inst] = result;
    for (Reg d : inst.dsts) set(d, result);
  }

  bool anyUnknown(const Instruction &inst, size_t from = 0) const {
    for (size_t i = from; i < inst.ops.size(); ++i)
      if (ty(inst.ops[i]).isUnknown()) return true;
    return false;
  }

  // The typed result of a Binary/InplaceBinary, or unknown when it must be generic; `always`: the
  // type of the generic operation's result when it is known anyway (int ** int is int|float).
  Type binary(const Instruction &inst, Type &always) {
    const Type &a = ty(inst.ops[0]), &b = ty(inst.ops[1]);
    auto op = inst.binaryOp();
    const Constant *bc = constantOf(inst.ops[1]);
    bool integral = intLike(b) ||
                    (bc && bc->kind == Constant::Kind::Float && bc->f == (double)(int64_t)bc->f);
    bool nonNegative = bc && ((bc->kind == Constant::Kind::Int && bc->i >= 0) ||
                              bc->kind == Constant::Kind::Bool);
    if (a.is(K::List) || b.is(K::List)) {
      if (inst.op == Op::InplaceBinary) return {};  // list += mutates in place
      if (op == rt::BinaryOp::Add && a.is(K::List) && b.is(K::List)) return Type::join(a, b);
      if (op == rt::BinaryOp::Mul && a.is(K::List) && intLike(b)) return a;
      if (op == rt::BinaryOp::Mul && b.is(K::List) && intLike(a)) return b;
      return {};
    }
    std::vector<Type> am = scalarMembers(a), bm = scalarMembers(b);
    if (am.empty() || bm.empty()) return {};
    Type result;
    bool native = true;
    for (const Type &x : am)
      for (const Type &y : bm) {
        Type r = binaryScalarType(op, x.kind(), y.kind(), integral, nonNegative);
        if (r.isUnknown()) return {};
        // int ** int with an exponent of unknown sign is int|float: the runtime's power, unboxed.
        if (!r.isScalar()) native = false;
        result = Type::join(result, r);
      }
    if (native) return result;
    if (!result.isDynamic()) always = result;
    return {};
  }

  Type unary(const Instruction &inst) {
    const Type &a = ty(inst.ops[0]);
    Type result;
    for (const Type &m : scalarMembers(a)) {
      Type r;
      switch (inst.unaryOp()) {
      case rt::UnaryOp::Neg:
      case rt::UnaryOp::Pos:
        r = m.is(K::Bool) ? Type::integer() : m.is(K::None) ? Type() : m;
        break;
      case rt::UnaryOp::Invert:
        r = intLike(m) ? Type::integer() : Type();
        break;
      default: break;
      }
      if (r.isUnknown()) return {};
      result = Type::join(result, r);
    }
    return result;
  }

  // Whether a comparison compiles natively (its result is a bool either way).
  bool typedCompare(const Instruction &inst) {
    const Type &a = ty(inst.ops[0]), &b = ty(inst.ops[1]);
    using C = rt::CompareOp;
    C op = inst.compareOp();
    std::vector<Type> am = scalarMembers(a), bm = scalarMembers(b);
    if (am.empty() || bm.empty()) return false;
    if (op == C::In || op == C::NotIn) return false;
    for (const Type &x : am)
      for (const Type &y : bm) {
        if (op == C::Is || op == C::IsNot) {
          if (!x.is(K::None) && !y.is(K::None)) return false;
          continue;
        }
        bool ordered = op != C::Eq && op != C::Ne;
        if (x.is(K::None) || y.is(K::None) || (ordered && (x.is(K::Complex) || y.is(K::Complex))))
          return false;
      }
    return true;
  }

  Type getItem(const Instruction &inst) {
    const Type &c = ty(inst.ops[0]), &i = ty(inst.ops[1]);
    if (!intLike(i)) return {};
    if (c.is(K::List)) return nativeElem(c.elem()) ? c.elem() : Type();
    if (c.is(K::Tuple)) {
      const Constant *k = constantOf(inst.ops[1]);
      int64_t n = int64_t(c.items().size());
      if (k && k->kind == Constant::Kind::Int && k->i >= -n && k->i < n) {
        const Type &item = c.items()[k->i < 0 ? k->i + n : k->i];
        if (item.isScalar()) return item;
      }
    }
    return {};
  }

  // The typed result of a call (unknown while a recursive callee's result is being inferred), or
  // nothing when the call goes through rt::call.
  std::optional<Type> call(const Instruction &inst, const Type &callee, size_t firstArg) {
    std::vector<Type> args = argTypes(inst, firstArg);
    bool keywords = inst.op == Op::Call ? inst.imm != NoIndex : inst.imm2 != NoIndex;
    if (keywords) return std::nullopt;
    if (callee.is(K::Function)) {
      // An argument of unknown type at compile time: call through rt::call, whose dispatcher
      // specializes the callee for the types the arguments have at run time (a list(range(n))
      // made in a dynamic `main` is a list[int] there), rather than compiling the callee for
      // dynamic arguments.
      for (const Type &a : args)
        if (a.isDynamic() || (a.is(K::List) && a.elem().isDynamic())) return std::nullopt;
      auto r = ctx_.callReturnType(callee, args);
      if (!r) {
        // The callee cannot be specialized for these types (or the call is wrong, a TypeError at
        // run time): call it through rt::call, as the interpreter does.
        llvm::consumeError(r.takeError());
        return std::nullopt;
      }
      // A compiled callee that stores a float into the list[int] it was given switches the list
      // under this function's typed reads.
      for (const Type &a : args)
        if (a.is(K::List) && nativeElem(a.elem()) && ctx_.callMayChangeListStorage(callee, args)) {
          storageMaySwitch();
          break;
        }
      return *r;
    }
    if (callee.is(K::Builtin)) {
      Type r = builtinResultType(callee.name(), args);
      if (r.isUnknown()) return std::nullopt;
      return r;
    }
    return std::nullopt;
  }

  // A generic call passes lists to code that may store anything into them.
  bool waitsForRows(const Instruction &inst) const {
    switch (inst.op) {
    case Op::Move:
    case Op::ListAppend:
    case Op::Return:
    case Op::BuildList:
      return false;
    case Op::CallMethod:
      if (fn_.names[inst.imm] == "append") return false;
      break;
    default: break;
    }
    for (Reg r : inst.ops)
      if (hasUnknownPart(ty(r))) return true;
    return false;
  }

  void callMayChangeLists(const Instruction &inst, const Type &callee, size_t firstArg) {
    if (callee.is(K::Builtin) && keepsListStorage(callee.name())) return;
    for (size_t i = firstArg; i < inst.ops.size(); ++i)
      if (ty(inst.ops[i]).is(K::List) && nativeElem(ty(inst.ops[i]).elem())) storageMaySwitch();
  }

  llvm::Error visit(const Instruction &inst) {
    // Instructions whose operands are not typed yet wait for a later pass. So do those with a
    // list whose rows are not typed yet (list[unknown], list[list[unknown]]: built by a loop this
    // pass has not finished typing) while the types are still settling: deciding now would make
    // the instruction generic and widen its result for good. Those that fill the list in (an
    // append), pass it on (a move, a return) or build it go on.
    if (settling_ && waitsForRows(inst)) {
      deferred_ = true;
      return llvm::Error::success();
    }
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
    case Op::RaiseAssert:  // any message: str() of it at run time
      return llvm::Error::success();
    case Op::LoadGlobal: {
      auto t = ctx_.globalType(inst.imm);
      if (!t) {
        // Not a compile-time constant: read the global table at run time.
        llvm::consumeError(t.takeError());
        generic(inst);
      } else if (t->isDynamic()) {
        generic(inst);
      } else {
        set(inst.dst(), *t);
      }
      return llvm::Error::success();
    }
    case Op::StoreGlobal:
      if (!anyUnknown(inst)) generic(inst);
      return llvm::Error::success();
    case Op::Binary:
    case Op::InplaceBinary: {
      if (anyUnknown(inst)) return llvm::Error::success();
      Type always = Type::dynamic();
      Type t = binary(inst, always);
      if (t.isUnknown()) {
        if (inst.op == Op::InplaceBinary && ty(inst.ops[0]).is(K::List))
          listMayChange(ty(inst.ops[0]), Type::dynamic());
        if (inst.op == Op::InplaceBinary && ty(inst.ops[0]).isDynamic()) storageMaySwitch();
        generic(inst, always);
      } else {
        set(inst.dst(), t);
      }
      return llvm::Error::success();
    }
    case Op::Unary: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &a = ty(inst.ops[0]);
      if (inst.unaryOp() == rt::UnaryOp::Not) {
        if (a.isScalar() || a.is(K::Union) || a.is(K::List) || a.is(K::Tuple))
          set(inst.dst(), Type::boolean());
        else
          generic(inst, Type::boolean());
        return llvm::Error::success();
      }
      Type t = unary(inst);
      if (t.isUnknown()) generic(inst);
      else set(inst.dst(), t);
      return llvm::Error::success();
    }
    case Op::Compare:
      if (anyUnknown(inst)) return llvm::Error::success();
      if (typedCompare(inst)) set(inst.dst(), Type::boolean());
      else generic(inst, Type::boolean());
      return llvm::Error::success();
    case Op::GetItem: {
      if (anyUnknown(inst)) return llvm::Error::success();
      Type t = getItem(inst);
      if (t.isUnknown()) generic(inst);
      else set(inst.dst(), t);
      return llvm::Error::success();
    }
    case Op::SetItem: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]), &i = ty(inst.ops[1]), &v = ty(inst.ops[2]);
      if (c.is(K::List) && intLike(i) && nativeElem(c.elem()) && c.elem() == v)
        return llvm::Error::success();
      listMayChange(c, v);
      // A dynamic container may be one of this function's typed lists under another name.
      if (c.isDynamic()) storageMaySwitch();
      generic(inst);
      return llvm::Error::success();
    }
    case Op::DelItem:
      if (!anyUnknown(inst)) generic(inst);
      return llvm::Error::success();
    case Op::GetSlice:
      if (!anyUnknown(inst)) generic(inst);
      return llvm::Error::success();
    case Op::BuildList: {
      if (anyUnknown(inst)) return llvm::Error::success();
      Type elem;
      for (Reg r : inst.ops) elem = Type::join(elem, ty(r));
      Type l = Type::list(elem);
      if (!inst.ops.empty() && l.elem() != elem) l = Type::list(Type::dynamic());
      set(inst.dst(), l);
      return llvm::Error::success();
    }
    case Op::BuildTuple: {
      if (anyUnknown(inst)) return llvm::Error::success();
      std::vector<Type> items;
      for (Reg r : inst.ops) items.push_back(ty(r));
      set(inst.dst(), Type::tuple(std::move(items)));
      return llvm::Error::success();
    }
    case Op::ListAppend: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &l = ty(inst.ops[0]), &v = ty(inst.ops[1]);
      if (!l.is(K::List)) {  // not produced by the lowering; kept correct anyway
        generic(inst);
        return llvm::Error::success();
      }
      // The hidden list of a comprehension starts as list[unknown]; appends give it its type.
      listMayChange(l, v);
      Type lv = Type::list(v);
      set(inst.ops[0], lv.elem() == v ? lv : Type::list(Type::dynamic()));
      return llvm::Error::success();
    }
    case Op::UnpackSequence: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &t = ty(inst.ops[0]);
      bool typed = t.is(K::Tuple) && t.items().size() == inst.dsts.size();
      for (size_t i = 0; typed && i < inst.dsts.size(); ++i) typed = t.items()[i].isScalar();
      if (!typed) {
        generic(inst);
        return llvm::Error::success();
      }
      for (size_t i = 0; i < inst.dsts.size(); ++i) set(inst.dsts[i], t.items()[i]);
      return llvm::Error::success();
    }
    case Op::Call: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &callee = ty(inst.ops[0]);
      std::optional<Type> t = call(inst, callee, 1);
      if (!t) {
        callMayChangeLists(inst, callee, 1);
        Type fixed = callee.is(K::Builtin) ? fixedResultType(callee.name(), inst.ops.size() - 1) : Type();
        // min/max of reals of different types: one of them (the builtin decides which).
        std::vector<Type> args = argTypes(inst, 1);
        if (callee.is(K::Builtin) && (callee.name() == "min" || callee.name() == "max") &&
            args.size() == 2 && inst.imm == NoIndex && args[0].isReal() && args[1].isReal())
          fixed = Type::join(args[0], args[1]);
        generic(inst, fixed.isUnknown() ? Type::dynamic() : fixed);
      } else if (!t->isUnknown()) {
        set(inst.dst(), *t);
      }
      return llvm::Error::success();
    }
    case Op::CallMethod: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &self = ty(inst.ops[0]);
      const std::string &method = fn_.names[inst.imm];
      bool keywords = inst.imm2 != NoIndex;
      if (self.is(K::Module)) {
        std::optional<Type> t;
        if (!keywords) t = call(inst, Type::builtin(nullptr, self.name() + "." + method), 1);
        if (!t) {
          callMayChangeLists(inst, Type::builtin(nullptr, self.name() + "." + method), 1);
          Type fixed = fixedResultType(self.name() + "." + method, inst.ops.size() - 1);
          generic(inst, fixed.isUnknown() ? Type::dynamic() : fixed);
        } else {
          set(inst.dst(), *t);
        }
        return llvm::Error::success();
      }
      std::vector<Type> args = argTypes(inst, 0);
      std::string prefix = self.is(K::List) ? "list." : self.is(K::Complex) ? "complex." :
                           self.is(K::Float) ? "float." : "?.";
      Type r = keywords ? Type() : builtinResultType(prefix + method, args);
      if (!r.isUnknown() && method == "append") {
        // Typed only when the element keeps the list's storage strategy.
        Type lv = Type::list(args[1]);
        if (lv.elem() != args[1] || (!self.elem().isUnknown() && self.elem() != args[1])) {
          r = Type();
        } else {
          set(inst.ops[0], lv);
        }
      }
      if (r.isUnknown()) {
        if (self.is(K::List)) {
          if (method == "append" && args.size() == 2) {
            listMayChange(self, args[1]);
            Type lv = Type::list(args[1]);
            set(inst.ops[0], lv.elem() == args[1] ? lv : Type::list(Type::dynamic()));
          } else if (method == "extend" || method == "insert" || method == "clear") {
            if (nativeElem(self.elem())) storageMaySwitch();
            set(inst.ops[0], Type::list(Type::dynamic()));
          }
        }
        for (size_t i = 1; i < inst.ops.size(); ++i)
          if (ty(inst.ops[i]).is(K::List) && nativeElem(ty(inst.ops[i]).elem()) && !self.is(K::List) &&
              !self.is(K::Str))
            storageMaySwitch();
        // A dynamic receiver may be one of this function's typed lists under another name.
        if (self.isDynamic() && (method == "append" || method == "extend" || method == "insert"))
          storageMaySwitch();
        generic(inst);
      } else {
        set(inst.dst(), r);
      }
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
        Type r = ctx_.moduleMemberType(o.name(), attr);
        if (r.is(K::Builtin) || r.is(K::Float)) {
          set(inst.dst(), r);
          return llvm::Error::success();
        }
      }
      generic(inst);
      return llvm::Error::success();
    }
    case Op::GetIter: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]);
      if ((c.is(K::List) && nativeElem(c.elem())) || (c.is(K::Tuple) && !tupleItemType(c).isDynamic()))
        set(inst.dst(), Type::iterator(c));
      else generic(inst);
      return llvm::Error::success();
    }
    case Op::ForIter: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &it = ty(inst.ops[0]);
      if (it.is(K::Iterator) && it.elem().is(K::List) && nativeElem(it.elem().elem()))
        set(inst.dst(), it.elem().elem());
      else if (it.is(K::Iterator) && it.elem().is(K::Tuple) && !tupleItemType(it.elem()).isDynamic())
        set(inst.dst(), tupleItemType(it.elem()));  // `for d in (-1, 0, 1)`: an int
      else
        generic(inst);
      return llvm::Error::success();
    }
    case Op::ForRangeInit: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &callee = ty(inst.ops[0]);
      bool typed = callee.is(K::Builtin) && callee.name() == "range";
      for (size_t i = 1; typed && i < inst.ops.size(); ++i) typed = intLike(ty(inst.ops[i]));
      if (!typed) {
        callMayChangeLists(inst, callee, 1);
        generic(inst);
        return llvm::Error::success();
      }
      for (Reg d : inst.dsts) set(d, Type::integer());
      return llvm::Error::success();
    }
    case Op::ForRangeNext: {
      if (anyUnknown(inst)) return llvm::Error::success();
      bool typed = true;
      for (Reg r : inst.ops) typed = typed && ty(r).is(K::Int);
      if (!typed) generic(inst);
      else
        for (Reg d : inst.dsts) set(d, Type::integer());
      return llvm::Error::success();
    }
    case Op::Branch: {
      if (anyUnknown(inst)) return llvm::Error::success();
      const Type &c = ty(inst.ops[0]);
      if (!(c.isScalar() || c.is(K::Union) || c.is(K::List) || c.is(K::Tuple))) generic(inst);
      return llvm::Error::success();
    }
    case Op::Return: {
      if (anyUnknown(inst)) return llvm::Error::success();
      // A function value returned leaves compiled code as a boxed object.
      const Type &v = ty(inst.ops[0]);
      bool constant = v.is(K::Function) || v.is(K::Builtin) || v.is(K::Module);
      Type j = Type::join(types_.result, constant ? Type::dynamic() : v);
      if (j != types_.result) {
        types_.result = j;
        changed_ = true;
      }
      return llvm::Error::success();
    }
    case Op::Import:
      set(inst.dst(), Type::module(fn_.names[inst.imm]));
      return llvm::Error::success();
    case Op::FormatValue:
    case Op::BuildString:
      if (!anyUnknown(inst)) generic(inst, Type::str());
      return llvm::Error::success();
    case Op::MakeFunction: return refuse(inst.line, "nested function definitions");
    }
    return refuse(inst.line, std::string("the instruction ") + opName(inst.op));
  }

  std::vector<Type> argTypes(const Instruction &inst, size_t first) const {
    std::vector<Type> args;
    for (size_t i = first; i < inst.ops.size(); ++i) args.push_back(ty(inst.ops[i]));
    return args;
  }

  const Function &fn_;
  InferenceContext &ctx_;
  FunctionTypes types_;
  std::map<Reg, const Constant *> consts_;
  bool changed_ = false;
  bool switches_ = false;
  // Calls whose arguments are not fully typed yet wait until a pass changes nothing (`call`).
  bool settling_ = true, deferred_ = false;
};

}  // namespace

llvm::Expected<FunctionTypes> inferTypes(const Function &fn, const std::vector<Type> &args,
                                         InferenceContext &ctx) {
  return Inferrer(fn, ctx).run(args);
}

Type tupleItemType(const Type &tuple) {
  const std::vector<Type> &items = tuple.items();
  if (items.empty() || !(items[0].isReal() || items[0].is(K::Complex))) return Type::dynamic();
  for (const Type &t : items)
    if (t != items[0]) return Type::dynamic();
  return items[0];
}

Type builtinResultType(const std::string &name, const std::vector<Type> &args) {
  auto allReal = [&] {
    for (const Type &a : args)
      if (!a.isReal()) return false;
    return !args.empty();
  };
  size_t n = args.size();
  if (name == "len" && n == 1 && (args[0].is(K::List) || args[0].is(K::Tuple)))
    return Type::integer();
  if (name == "abs" && n == 1) {
    if (args[0].is(K::Int) || args[0].is(K::Bool)) return Type::integer();
    if (args[0].is(K::Float) || args[0].is(K::Complex)) return Type::floating();
  }
  if (name == "float" && n == 1 && args[0].isReal()) return Type::floating();
  if (name == "int" && n == 1 && args[0].isReal()) return Type::integer();
  if (name == "complex" && n >= 1 && n <= 2 && allReal()) return Type::complex();
  // Two reals of one type (compiled as a select); mixed types go through the builtin.
  if ((name == "min" || name == "max") && n == 2 && allReal() && args[0] == args[1] &&
      !args[0].is(K::Bool))
    return args[0];
  // math and random functions compiled as direct calls on unboxed numbers (jit/codegen_modules.cpp).
  static const char *const floatOfOneReal[] = {
      "math.sqrt", "math.exp",  "math.log",  "math.log2", "math.log10", "math.sin",
      "math.cos",  "math.tan",  "math.asin", "math.acos", "math.atan",  "math.sinh",
      "math.cosh", "math.tanh", "math.fabs"};
  static const char *const floatOfTwoReals[] = {"math.atan2", "math.pow",      "math.fmod",
                                                "math.log",   "math.hypot",    "math.copysign",
                                                "random.uniform"};
  for (const char *f : floatOfOneReal)
    if (name == f && n == 1 && allReal()) return Type::floating();
  for (const char *f : floatOfTwoReals)
    if (name == f && n == 2 && allReal()) return Type::floating();
  if ((name == "math.floor" || name == "math.ceil" || name == "math.trunc") && n == 1 && allReal())
    return Type::integer();
  if ((name == "math.isnan" || name == "math.isinf" || name == "math.isfinite") && n == 1 &&
      allReal())
    return Type::boolean();
  if (name == "random.randint" && n == 2 && allReal() && !args[0].is(K::Float) &&
      !args[1].is(K::Float))
    return Type::integer();
  if (name == "math.pi#attr" || name == "math.e#attr" || name == "math.tau#attr" ||
      name == "math.inf#attr" || name == "math.nan#attr")
    return Type::floating();
  if (name == "random.random" && n == 0) return Type::floating();
  if (name == "complex.conjugate" && n == 1) return Type::complex();
  if (name == "float.is_integer" && n == 1) return Type::boolean();
  if (name == "list.append" && n == 2) return Type::none();
  return {};
}

Type fixedResultType(const std::string &name, size_t nargs) {
  static const char *const ints[] = {"int", "len", "ord", "time.perf_counter_ns", "random.randint",
                                     "random.randrange", "math.floor", "math.ceil", "math.trunc",
                                     "math.isqrt", "math.gcd", "math.factorial"};
  static const char *const floats[] = {
      "float", "time.perf_counter", "time.time", "time.monotonic", "random.random",
      "random.uniform", "random.gauss", "math.sqrt", "math.exp", "math.log", "math.log2",
      "math.log10", "math.sin", "math.cos", "math.tan", "math.asin", "math.acos", "math.atan",
      "math.atan2", "math.sinh", "math.cosh", "math.tanh", "math.fabs", "math.hypot", "math.pow",
      "math.copysign", "math.fmod"};
  static const char *const strs[] = {"str", "repr", "chr", "hex", "bin"};
  static const char *const bools[] = {"bool", "isinstance", "math.isnan", "math.isinf",
                                      "math.isfinite"};
  for (const char *n : ints)
    if (name == n) return Type::integer();
  if (name == "round" && nargs == 1) return Type::integer();
  for (const char *n : floats)
    if (name == n) return Type::floating();
  for (const char *n : strs)
    if (name == n) return Type::str();
  for (const char *n : bools)
    if (name == n) return Type::boolean();
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
  // Where compiled code works on boxed values (the slow, generic operations), by source line.
  std::map<int, std::vector<std::string>> generic;
  for (const Block &block : fn.blocks)
    for (const Instruction &inst : block.insts)
      if (types.isGeneric(inst)) {
        Type r = types.genericResult(inst);
        generic[inst.line].push_back(std::string(opName(inst.op)) +
                                     (r.isDynamic() || inst.dsts.empty() ? "" : "->" + r.toString()));
      }
  for (const auto &[line, ops] : generic) {
    s += "generic line " + std::to_string(line) + ":";
    for (const std::string &op : ops) s += " " + op;
    s += "\n";
  }
  return s;
}

}  // namespace fastjit::ir
