// Codegen, part 2: Python operators on unboxed values, comparisons, truth values, typed list
// access and the builtins compiled natively. Each fast path follows runtime/numeric.h exactly;
// whatever is subtle (float // and %, int / int, **, shifts, complex division) calls the runtime's
// own implementation through a helper, so there is one definition of every rule.
#include "jit/codegen_impl.h"
#include "jit/peel_row_loops.h"

#include "runtime/errors.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/random_mt.h"

#include "llvm/IR/MDBuilder.h"

#include <cmath>
#include <deque>

namespace fastjit::jit {

using namespace llvm;
using ir::Instruction;
using rt::BinaryOp;
using rt::CompareOp;

namespace {

AllocaInst *entryAlloca(IRBuilder<> &b, llvm::Type *t, const char *name) {
  Function *f = b.GetInsertBlock()->getParent();
  IRBuilder<> eb(&f->getEntryBlock(), f->getEntryBlock().begin());
  return eb.CreateAlloca(t, nullptr, name);
}

bool intLike(const Type &t) { return t.is(K::Int) || t.is(K::Bool); }

// Builtin objects that compiled code calls through fj_call live as long as the process: they are
// immortal runtime objects, and these Values only pin them at stable addresses.
std::deque<rt::Value> &pinnedCallees() {
  static std::deque<rt::Value> values;
  return values;
}

}  // namespace

Value *FunctionEmitter::toInt(const TV &a) {
  return a.t.is(K::Bool) ? b_.CreateZExt(a.v, b_.getInt64Ty()) : a.v;
}

Value *FunctionEmitter::toFloat(const TV &a) {
  if (a.t.is(K::Float)) return a.v;
  if (a.t.is(K::Bool)) return b_.CreateUIToFP(a.v, b_.getDoubleTy());
  return b_.CreateSIToFP(a.v, b_.getDoubleTy());  // rounds to nearest, as CPython's int->float
}

Value *FunctionEmitter::toComplex(const TV &a) {
  if (a.t.is(K::Complex)) return a.v;
  auto *ct = llvmTypeOf(ctx_, Type::complex());
  Value *z = b_.CreateInsertValue(UndefValue::get(ct), toFloat(a), 0);
  return b_.CreateInsertValue(z, ConstantFP::get(b_.getDoubleTy(), 0.0), 1);
}

Value *FunctionEmitter::intArith(Intrinsic::ID id, Value *a, Value *b, int line) {
  if (options_.unsafe) {
    switch (id) {
    case Intrinsic::sadd_with_overflow: return b_.CreateNSWAdd(a, b);
    case Intrinsic::ssub_with_overflow: return b_.CreateNSWSub(a, b);
    default: return b_.CreateNSWMul(a, b);
    }
  }
  Value *r = b_.CreateBinaryIntrinsic(id, a, b);
  BasicBlock *overflow = BasicBlock::Create(ctx_, "overflow", f_);
  BasicBlock *ok = BasicBlock::Create(ctx_, "no_overflow", f_);
  b_.CreateCondBr(b_.CreateExtractValue(r, 1), overflow, ok, unlikely_);
  b_.SetInsertPoint(overflow);
  raiseNumeric(FJ_INT_OVERFLOW, line);
  b_.SetInsertPoint(ok);
  return b_.CreateExtractValue(r, 0);
}

Expected<TV> FunctionEmitter::binary(const Instruction &inst, TV a, TV b) {
  BinaryOp op = inst.binaryOp();
  int line = inst.line;
  // The result type of this member combination (the destination may be a wider union).
  Type rt = typeOf(inst.dst());
  if (a.t.isScalar() && b.t.isScalar()) {
    const ir::Constant *k = constantOf(inst.ops[1]);
    bool integral = intLike(b.t) || (k && k->kind == ir::Constant::Kind::Float &&
                                     k->f == double(int64_t(k->f)));
    bool nonNegative = k && ((k->kind == ir::Constant::Kind::Int && k->i >= 0) ||
                             k->kind == ir::Constant::Kind::Bool);
    rt = ir::binaryScalarType(op, a.t.kind(), b.t.kind(), integral, nonNegative);
    if (!rt.isScalar())
      return unsupported(line, "'**' with an exponent that may be negative (int|float result) yet");
  }
  auto zeroCheck = [&](Value *isZero, int32_t which) {
    BasicBlock *zero = BasicBlock::Create(ctx_, "div_zero", f_);
    BasicBlock *ok = BasicBlock::Create(ctx_, "nonzero", f_);
    b_.CreateCondBr(isZero, zero, ok, unlikely_);
    b_.SetInsertPoint(zero);
    raiseNumeric(which, line);
    b_.SetInsertPoint(ok);
  };

  if (a.t.is(K::List) || b.t.is(K::List)) {
    Value *r;
    if (op == BinaryOp::Add) {
      r = b_.CreateCall(rt_.get("fj_list_concat"), {a.v, b.v});
    } else {
      bool listFirst = a.t.is(K::List);
      r = b_.CreateCall(rt_.get("fj_list_repeat"),
                        {listFirst ? a.v : b.v, toInt(listFirst ? b : a)});
    }
    failIf(b_.CreateIsNull(r), line);
    return TV{r, rt};
  }

  if (rt.is(K::Complex)) {
    Value *x = toComplex(a), *y = toComplex(b);
    Value *xr = b_.CreateExtractValue(x, 0), *xi = b_.CreateExtractValue(x, 1);
    Value *yr = b_.CreateExtractValue(y, 0), *yi = b_.CreateExtractValue(y, 1);
    Value *re, *im;
    switch (op) {
    case BinaryOp::Add: re = b_.CreateFAdd(xr, yr); im = b_.CreateFAdd(xi, yi); break;
    case BinaryOp::Sub: re = b_.CreateFSub(xr, yr); im = b_.CreateFSub(xi, yi); break;
    case BinaryOp::Mul:  // runtime/numeric.h complexMul, operation for operation
      re = b_.CreateFSub(b_.CreateFMul(xr, yr), b_.CreateFMul(xi, yi));
      im = b_.CreateFAdd(b_.CreateFMul(xr, yi), b_.CreateFMul(xi, yr));
      break;
    case BinaryOp::TrueDiv:
      return TV{callWithOut("fj_complex_div", {xr, xi, yr, yi}, llvmTypeOf(ctx_, rt), line), rt};
    default: return unsupported(line, "this complex operation");
    }
    Value *z = b_.CreateInsertValue(UndefValue::get(llvmTypeOf(ctx_, rt)), re, 0);
    return TV{b_.CreateInsertValue(z, im, 1), rt};
  }

  auto fp = [&](double d) { return ConstantFP::get(b_.getDoubleTy(), d); };

  if (rt.is(K::Float)) {
    if (op == BinaryOp::TrueDiv && intLike(a.t) && intLike(b.t)) {
      // int / int is the correctly rounded quotient. When both operands are exact doubles
      // (|n| <= 2**53) one IEEE division gives exactly that (CPython's own fast path); zero
      // divisors and larger operands take the runtime's exact algorithm.
      Value *x = toInt(a), *y = toInt(b);
      Value *ok = b_.CreateAnd(b_.CreateAnd(exactDouble(x), exactDouble(y)),
                               b_.CreateICmpNE(y, b_.getInt64(0)));
      return TV{withSlowPath(
                    ok,
                    [&] {
                      return b_.CreateFDiv(b_.CreateSIToFP(x, b_.getDoubleTy()),
                                           b_.CreateSIToFP(y, b_.getDoubleTy()));
                    },
                    [&] { return callWithOut("fj_int_truediv", {x, y}, b_.getDoubleTy(), line); }),
                rt};
    }
    Value *x = toFloat(a), *y = toFloat(b);
    if (op == BinaryOp::Pow) {
      // x ** 2 is x * x: pow(x, 2.0) is correctly rounded, so is the product. Only an overflow
      // to infinity from a finite x (OverflowError) needs the runtime.
      const ir::Constant *k = constantOf(inst.ops[1]);
      bool two = k && ((k->kind == ir::Constant::Kind::Int && k->i == 2) ||
                       (k->kind == ir::Constant::Kind::Float && k->f == 2.0));
      if (two) {
        Value *square = b_.CreateFMul(x, x);
        Value *ok = b_.CreateOr(b_.CreateFCmpUNE(b_.CreateUnaryIntrinsic(Intrinsic::fabs, square), fp(HUGE_VAL)),
                                b_.CreateFCmpOEQ(b_.CreateUnaryIntrinsic(Intrinsic::fabs, x), fp(HUGE_VAL)));
        return TV{withSlowPath(ok, [&] { return square; },
                               [&] { return callWithOut("fj_float_pow", {x, y}, b_.getDoubleTy(), line); }),
                  rt};
      }
    }
    switch (op) {
    case BinaryOp::Add: return TV{b_.CreateFAdd(x, y), rt};
    case BinaryOp::Sub: return TV{b_.CreateFSub(x, y), rt};
    case BinaryOp::Mul: return TV{b_.CreateFMul(x, y), rt};
    case BinaryOp::TrueDiv:
      zeroCheck(b_.CreateFCmpOEQ(y, ConstantFP::get(b_.getDoubleTy(), 0.0)), FJ_FLOAT_DIV_ZERO);
      return TV{b_.CreateFDiv(x, y), rt};
    case BinaryOp::FloorDiv: return TV{callWithOut("fj_float_floordiv", {x, y}, b_.getDoubleTy(), line), rt};
    case BinaryOp::Mod: return TV{callWithOut("fj_float_mod", {x, y}, b_.getDoubleTy(), line), rt};
    case BinaryOp::Pow: return TV{callWithOut("fj_float_pow", {x, y}, b_.getDoubleTy(), line), rt};
    default: return unsupported(line, "this float operation");
    }
  }

  if (rt.is(K::Bool)) {  // & | ^ on two bools
    switch (op) {
    case BinaryOp::BitAnd: return TV{b_.CreateAnd(a.v, b.v), rt};
    case BinaryOp::BitOr: return TV{b_.CreateOr(a.v, b.v), rt};
    default: return TV{b_.CreateXor(a.v, b.v), rt};
    }
  }

  if (!rt.is(K::Int)) return unsupported(line, "an operation with result " + rt.toString());
  Value *x = toInt(a), *y = toInt(b);
  Value *minInt = b_.getInt64(INT64_MIN), *minusOne = b_.getInt64(-1), *zero = b_.getInt64(0);
  switch (op) {
  case BinaryOp::Add: return TV{intArith(Intrinsic::sadd_with_overflow, x, y, line), rt};
  case BinaryOp::Sub: return TV{intArith(Intrinsic::ssub_with_overflow, x, y, line), rt};
  case BinaryOp::Mul: return TV{intArith(Intrinsic::smul_with_overflow, x, y, line), rt};
  case BinaryOp::FloorDiv: {
    zeroCheck(b_.CreateICmpEQ(y, zero), FJ_INT_DIV_ZERO);
    zeroCheck(b_.CreateAnd(b_.CreateICmpEQ(x, minInt), b_.CreateICmpEQ(y, minusOne)),
              FJ_INT_OVERFLOW);
    Value *q = b_.CreateSDiv(x, y), *r = b_.CreateSRem(x, y);
    Value *adjust = b_.CreateAnd(b_.CreateICmpNE(r, zero),
                                 b_.CreateICmpSLT(b_.CreateXor(r, y), zero));
    return TV{b_.CreateSub(q, b_.CreateZExt(adjust, b_.getInt64Ty())), rt};
  }
  case BinaryOp::Mod: {
    zeroCheck(b_.CreateICmpEQ(y, zero), FJ_INT_MOD_ZERO);
    // x % -1 is 0; avoid srem(INT64_MIN, -1), which is undefined.
    Value *ySafe = b_.CreateSelect(b_.CreateICmpEQ(y, minusOne), b_.getInt64(1), y);
    Value *r = b_.CreateSRem(x, ySafe);
    Value *adjust = b_.CreateAnd(b_.CreateICmpNE(r, zero),
                                 b_.CreateICmpSLT(b_.CreateXor(r, y), zero));
    return TV{b_.CreateSelect(adjust, b_.CreateAdd(r, y), r), rt};
  }
  case BinaryOp::Pow: return TV{callWithOut("fj_int_pow", {x, y}, b_.getInt64Ty(), line), rt};
  case BinaryOp::LShift: return TV{callWithOut("fj_int_lshift", {x, y}, b_.getInt64Ty(), line), rt};
  case BinaryOp::RShift: return TV{callWithOut("fj_int_rshift", {x, y}, b_.getInt64Ty(), line), rt};
  case BinaryOp::BitAnd: return TV{b_.CreateAnd(x, y), rt};
  case BinaryOp::BitOr: return TV{b_.CreateOr(x, y), rt};
  case BinaryOp::BitXor: return TV{b_.CreateXor(x, y), rt};
  default: return unsupported(line, "this int operation");
  }
}

Expected<TV> FunctionEmitter::unary(const Instruction &inst, TV a) {
  Type rt = inst.unaryOp() == rt::UnaryOp::Not    ? Type::boolean()
            : inst.unaryOp() == rt::UnaryOp::Invert ? Type::integer()
            : a.t.is(K::Bool)                       ? Type::integer()
                                                    : a.t;
  switch (inst.unaryOp()) {
  case rt::UnaryOp::Not: return TV{b_.CreateNot(truthy(a)), rt};
  case rt::UnaryOp::Pos: return TV{a.t.is(K::Bool) ? toInt(a) : a.v, rt};
  case rt::UnaryOp::Invert: return TV{b_.CreateNot(toInt(a)), rt};
  case rt::UnaryOp::Neg:
    if (a.t.is(K::Float)) return TV{b_.CreateFNeg(a.v), rt};
    if (a.t.is(K::Complex)) {
      Value *z = b_.CreateInsertValue(a.v, b_.CreateFNeg(b_.CreateExtractValue(a.v, 0)), 0);
      return TV{b_.CreateInsertValue(z, b_.CreateFNeg(b_.CreateExtractValue(a.v, 1)), 1), rt};
    }
    return TV{intArith(Intrinsic::ssub_with_overflow, b_.getInt64(0), toInt(a), inst.line), rt};
  }
  return unsupported(inst.line, "this unary operator");
}

Value *FunctionEmitter::truthy(const TV &a) {
  switch (a.t.kind()) {
  case K::Bool: return a.v;
  case K::Int: return b_.CreateICmpNE(a.v, b_.getInt64(0));
  case K::Float: return b_.CreateFCmpUNE(a.v, ConstantFP::get(b_.getDoubleTy(), 0.0));  // nan: true
  case K::Complex: {
    Value *zero = ConstantFP::get(b_.getDoubleTy(), 0.0);
    return b_.CreateOr(b_.CreateFCmpUNE(b_.CreateExtractValue(a.v, 0), zero),
                       b_.CreateFCmpUNE(b_.CreateExtractValue(a.v, 1), zero));
  }
  case K::List: return b_.CreateICmpNE(listSize(a.v), b_.getInt64(0));
  case K::Tuple:
    return b_.CreateICmpNE(
        tag(b_.CreateLoad(b_.getInt64Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), a.v, 16)),
            kHeader),
        b_.getInt64(0));
  default: return b_.getFalse();  // None (and constant objects: functions are true, see below)
  }
}

static CmpInst::Predicate intPredicate(CompareOp op) {
  switch (op) {
  case CompareOp::Lt: return CmpInst::ICMP_SLT;
  case CompareOp::Le: return CmpInst::ICMP_SLE;
  case CompareOp::Eq: return CmpInst::ICMP_EQ;
  case CompareOp::Ne: return CmpInst::ICMP_NE;
  case CompareOp::Gt: return CmpInst::ICMP_SGT;
  default: return CmpInst::ICMP_SGE;
  }
}

// IEEE ordered comparisons, except != which is true for NaN (as in Python).
static CmpInst::Predicate floatPredicate(CompareOp op) {
  switch (op) {
  case CompareOp::Lt: return CmpInst::FCMP_OLT;
  case CompareOp::Le: return CmpInst::FCMP_OLE;
  case CompareOp::Eq: return CmpInst::FCMP_OEQ;
  case CompareOp::Ne: return CmpInst::FCMP_UNE;
  case CompareOp::Gt: return CmpInst::FCMP_OGT;
  default: return CmpInst::FCMP_OGE;
  }
}

static CompareOp swapped(CompareOp op) {
  switch (op) {
  case CompareOp::Lt: return CompareOp::Gt;
  case CompareOp::Le: return CompareOp::Ge;
  case CompareOp::Gt: return CompareOp::Lt;
  case CompareOp::Ge: return CompareOp::Le;
  default: return op;
  }
}

Value *FunctionEmitter::exactDouble(Value *i) {
  return b_.CreateICmpULE(b_.CreateAdd(i, b_.getInt64(int64_t(1) << 53)),
                          b_.getInt64(int64_t(1) << 54));
}

Value *FunctionEmitter::withSlowPath(Value *fastOk, const std::function<Value *()> &fast,
                                     const std::function<Value *()> &slow) {
  BasicBlock *fastBlock = BasicBlock::Create(ctx_, "fast_path", f_);
  BasicBlock *slowBlock = BasicBlock::Create(ctx_, "slow_path", f_);
  BasicBlock *done = BasicBlock::Create(ctx_, "paths_merge", f_);
  b_.CreateCondBr(fastOk, fastBlock, slowBlock, likely_);
  b_.SetInsertPoint(fastBlock);
  Value *fr = fast();
  BasicBlock *fastEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(slowBlock);
  Value *sr = slow();
  BasicBlock *slowEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *phi = b_.CreatePHI(fr->getType(), 2);
  phi->addIncoming(fr, fastEnd);
  phi->addIncoming(sr, slowEnd);
  return phi;
}

// int <op> float, exactly (CPython's float_richcompare): ints within +-2**53 convert exactly, so
// the hardware comparison is right; beyond that the runtime compares exactly.
Value *FunctionEmitter::compareIntFloat(CompareOp op, Value *i, Value *f) {
  return withSlowPath(
      exactDouble(i),
      [&] { return b_.CreateFCmp(floatPredicate(op), b_.CreateSIToFP(i, b_.getDoubleTy()), f); },
      [&]() -> Value * {
        Value *c = b_.CreateCall(rt_.get("fj_compare_int_float"), {i, f});
        auto is = [&](int v) { return b_.CreateICmpEQ(c, b_.getInt32(v)); };
        switch (op) {
        case CompareOp::Lt: return is(-1);
        case CompareOp::Le: return b_.CreateOr(is(-1), is(0));
        case CompareOp::Eq: return is(0);
        case CompareOp::Ne: return b_.CreateNot(is(0));
        case CompareOp::Gt: return is(1);
        default: return b_.CreateOr(is(1), is(0));
        }
      });
}

Expected<TV> FunctionEmitter::compare(const Instruction &inst, TV a, TV b) {
  CompareOp op = inst.compareOp();
  Type boolT = Type::boolean();
  if (op == CompareOp::Is || op == CompareOp::IsNot) {
    if (!a.t.is(K::None) && !b.t.is(K::None))
      return unsupported(inst.line, "'is' between " + a.t.toString() + " and " + b.t.toString());
    bool same = a.t.is(K::None) && b.t.is(K::None);
    return TV{b_.getInt1(op == CompareOp::Is ? same : !same), boolT};
  }
  if (op == CompareOp::In || op == CompareOp::NotIn)
    return unsupported(inst.line, "'in' yet");
  if (a.t.is(K::Complex) != b.t.is(K::Complex) && (intLike(a.t) || intLike(b.t))) {
    // complex == int: the real part compares with the int exactly, as float == int does (an int
    // above 2**53 is not the double it rounds to), and the imaginary part must be zero.
    const TV &z = a.t.is(K::Complex) ? a : b, &i = a.t.is(K::Complex) ? b : a;
    Value *eq = b_.CreateAnd(
        compareIntFloat(CompareOp::Eq, toInt(i), b_.CreateExtractValue(z.v, 0)),
        b_.CreateFCmpOEQ(b_.CreateExtractValue(z.v, 1), ConstantFP::get(b_.getDoubleTy(), 0.0)));
    return TV{op == CompareOp::Eq ? eq : b_.CreateNot(eq), boolT};
  }
  if (a.t.is(K::Complex) || b.t.is(K::Complex)) {
    Value *x = toComplex(a), *y = toComplex(b);
    Value *eq = b_.CreateAnd(
        b_.CreateFCmpOEQ(b_.CreateExtractValue(x, 0), b_.CreateExtractValue(y, 0)),
        b_.CreateFCmpOEQ(b_.CreateExtractValue(x, 1), b_.CreateExtractValue(y, 1)));
    return TV{op == CompareOp::Eq ? eq : b_.CreateNot(eq), boolT};
  }
  if (intLike(a.t) && intLike(b.t))
    return TV{b_.CreateICmp(intPredicate(op), toInt(a), toInt(b)), boolT};
  if (a.t.is(K::Float) && b.t.is(K::Float))
    return TV{b_.CreateFCmp(floatPredicate(op), a.v, b.v), boolT};
  if (intLike(a.t)) return TV{compareIntFloat(op, toInt(a), b.v), boolT};
  return TV{compareIntFloat(swapped(op), toInt(b), a.v), boolT};
}

Value *FunctionEmitter::complexAbs(Value *z, int line) {
  return callWithOut("fj_complex_abs", {b_.CreateExtractValue(z, 0), b_.CreateExtractValue(z, 1)},
                     b_.getDoubleTy(), line);
}

Value *FunctionEmitter::callWithOut(const char *helper, std::vector<Value *> args, llvm::Type *outTy,
                                    int line) {
  AllocaInst *out = entryAlloca(b_, outTy, "helper_out");
  args.push_back(out);
  checkStatus(b_.CreateCall(rt_.get(helper), args), line);
  return b_.CreateLoad(outTy, out);
}

// `abs(z) < c` for complex z and a positive constant c (issue 5): compare re*re + im*im with c*c
// and call hypot only when the two are too close for the rounding of either side to be sure.
// The sum of squares is within a few ulps of |z|**2, hypot within one ulp of |z|, so outside a
// relative band of 1e-12 both give the same answer; inside it (and for inf/nan/overflow) the
// exact runtime abs decides, raising exactly when CPython would.
bool FunctionEmitter::tryAbsCompare(const Instruction &inst, TV &out) {
  if (!skip_[inst.ops[0]]) return false;
  const Instruction *call = singleDef_[inst.ops[0]];
  const ir::Constant &bound = fn_.consts[singleDef_[inst.ops[1]]->imm];
  double c = bound.kind == ir::Constant::Kind::Int ? double(bound.i) : bound.f;
  CompareOp op = inst.compareOp();
  Value *z = read(call->ops[1]).v;
  Value *re = b_.CreateExtractValue(z, 0), *im = b_.CreateExtractValue(z, 1);
  Value *s = b_.CreateFAdd(b_.CreateFMul(re, re), b_.CreateFMul(im, im));
  auto fp = [&](double d) { return ConstantFP::get(b_.getDoubleTy(), d); };
  Value *below = b_.CreateFCmpOLT(s, fp(c * c * (1 - 1e-12)));
  Value *above = b_.CreateAnd(b_.CreateFCmpOGT(s, fp(c * c * (1 + 1e-12))),
                              b_.CreateFCmpOLT(s, fp(HUGE_VAL)));
  BasicBlock *fast = b_.GetInsertBlock();
  BasicBlock *slow = BasicBlock::Create(ctx_, "abs_exact", f_);
  BasicBlock *done = BasicBlock::Create(ctx_, "abs_done", f_);
  b_.CreateCondBr(b_.CreateOr(below, above), done, slow);
  b_.SetInsertPoint(slow);
  Value *exact = b_.CreateFCmp(floatPredicate(op), complexAbs(z, call->line), fp(c));
  BasicBlock *slowEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *phi = b_.CreatePHI(b_.getInt1Ty(), 2);
  bool lessSide = op == CompareOp::Lt || op == CompareOp::Le;
  phi->addIncoming(lessSide ? below : above, fast);
  phi->addIncoming(exact, slowEnd);
  out = TV{phi, Type::boolean()};
  return true;
}

// MersenneTwister::random (runtime/random_mt.h: CPython's genrand_res53 of the next two words),
// inline while two words are left: from an even index the runtime computed the value when it
// twisted (one test of res53Slot), from an odd one it is computed from the two tempered words;
// otherwise (one call in 312) the runtime's own random() draws, twisting the words.
Value *FunctionEmitter::inlineRandom() {
  using MT = rt::MersenneTwister;
  Value *mt = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(fj_random_generator())),
                                b_.getPtrTy());
  auto field = [&](size_t offset) { return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), mt, offset); };
  Value *indexAddr = field(MT::indexOffset());
  Value *index = tag(b_.CreateLoad(b_.getInt32Ty(), indexAddr), kRandomState);
  BasicBlock *even = BasicBlock::Create(ctx_, "random_even", f_);
  BasicBlock *notEven = BasicBlock::Create(ctx_, "random_not_even", f_);
  BasicBlock *odd = BasicBlock::Create(ctx_, "random_odd", f_);
  BasicBlock *slow = BasicBlock::Create(ctx_, "random_runtime", f_);
  BasicBlock *done = BasicBlock::Create(ctx_, "random_done", f_);
  // res53Slot: index rotated right by one.
  Value *slot = b_.CreateIntrinsic(Intrinsic::fshr, {b_.getInt32Ty()}, {index, index, b_.getInt32(1)});
  b_.CreateCondBr(b_.CreateICmpULT(slot, b_.getInt32(MT::N / 2)), even, notEven, likely_);
  b_.SetInsertPoint(even);
  tag(b_.CreateStore(b_.CreateAdd(index, b_.getInt32(2)), indexAddr), kRandomState);
  Value *evenValue = tag(b_.CreateLoad(b_.getDoubleTy(),
                                       b_.CreateInBoundsGEP(b_.getDoubleTy(), field(MT::res53Offset()),
                                                            b_.CreateZExt(slot, b_.getInt64Ty()))),
                         kRandomState);
  b_.CreateBr(done);
  b_.SetInsertPoint(notEven);
  b_.CreateCondBr(b_.CreateICmpSLT(index, b_.getInt32(MT::N - 1)), odd, slow);
  b_.SetInsertPoint(odd);
  tag(b_.CreateStore(b_.CreateAdd(index, b_.getInt32(2)), indexAddr), kRandomState);
  Value *words = b_.CreateInBoundsGEP(b_.getInt32Ty(), field(MT::temperedOffset()),
                                      b_.CreateZExt(index, b_.getInt64Ty()));
  Value *a = b_.CreateLShr(tag(b_.CreateLoad(b_.getInt32Ty(), words), kRandomState), 5);
  Value *second = b_.CreateConstInBoundsGEP1_64(b_.getInt32Ty(), words, 1);
  Value *b = b_.CreateLShr(tag(b_.CreateLoad(b_.getInt32Ty(), second), kRandomState), 6);
  auto fp = [&](double d) { return ConstantFP::get(b_.getDoubleTy(), d); };
  Value *sum = b_.CreateFAdd(b_.CreateFMul(b_.CreateUIToFP(a, b_.getDoubleTy()), fp(67108864.0)),
                             b_.CreateUIToFP(b, b_.getDoubleTy()));
  Value *oddValue = b_.CreateFMul(sum, fp(1.0 / 9007199254740992.0));
  b_.CreateBr(done);
  b_.SetInsertPoint(slow);
  Value *slowValue = b_.CreateCall(rt_.get("fj_random_random"), {});
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *phi = b_.CreatePHI(b_.getDoubleTy(), 3);
  phi->addIncoming(evenValue, even);
  phi->addIncoming(oddValue, odd);
  phi->addIncoming(slowValue, slow);
  return phi;
}

Value *FunctionEmitter::listSize(Value *list) {
  return tag(b_.CreateLoad(b_.getInt64Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), list, 24)),
             kHeader);
}

Value *FunctionEmitter::storageMatches(Value *list, const Type &elem) {
  rt::ListStorage s = elem.is(K::Int)       ? rt::ListStorage::Int
                      : elem.is(K::Float)   ? rt::ListStorage::Float
                      : elem.is(K::Complex) ? rt::ListStorage::Complex
                      : elem.is(K::Bool)    ? rt::ListStorage::Bool
                                            : rt::ListStorage::Boxed;
  Value *storage =
      tag(b_.CreateLoad(b_.getInt8Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), list, 16)),
          kHeader);
  return b_.CreateICmpEQ(storage, b_.getInt8(uint8_t(s)));
}

Value *FunctionEmitter::normaliseIndex(Value *list, Value *index, bool store, int line) {
  Value *size = listSize(list);
  Value *idx = b_.CreateSelect(b_.CreateICmpSLT(index, b_.getInt64(0)), b_.CreateAdd(index, size),
                               index);
  if (options_.unsafe) return idx;
  BasicBlock *bad = BasicBlock::Create(ctx_, "index_error", f_);
  BasicBlock *ok = BasicBlock::Create(ctx_, "in_bounds", f_);
  b_.CreateCondBr(b_.CreateICmpUGE(idx, size), bad, ok, unlikely_);
  b_.SetInsertPoint(bad);
  raise(int32_t(rt::ExcType::IndexError),
        store ? "list assignment index out of range" : "list index out of range", line);
  b_.SetInsertPoint(ok);
  return idx;
}

void FunctionEmitter::assumeListObject(Value *list) {
  OperandBundleDef bundles[] = {
      OperandBundleDef("dereferenceable", std::vector<Value *>{list, b_.getInt64(sizeof(rt::ListObject))}),
      OperandBundleDef("align", std::vector<Value *>{list, b_.getInt64(alignof(rt::ListObject))}),
      OperandBundleDef("nonnull", std::vector<Value *>{list})};
  b_.CreateAssumption(b_.getTrue(), bundles);
}

// The type of one element of a typed list's array: the register's type, except that a bool (an i1
// in registers) is one byte, 0 or 1, in rt::ListStorage::Bool.
static llvm::Type *listElementMemoryType(LLVMContext &ctx, const Type &elem) {
  return elem.is(K::Bool) ? llvm::Type::getInt8Ty(ctx) : llvmTypeOf(ctx, elem);
}

Value *FunctionEmitter::loadListElement(Value *list, Value *index, const Type &elem, int line) {
  llvm::Type *et = listElementMemoryType(ctx_, elem);
  if (elem.is(K::List)) {
    // A row of a list of lists: boxed storage, and the element must be a list object (the
    // row's own element type is checked where the row is read). Returns a borrowed pointer.
    Value *boxed = storageMatches(list, elem);
    Value *data =
        tag(b_.CreateLoad(b_.getPtrTy(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), list, 40)),
          kHeader);
    auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
    Value *slot = b_.CreateInBoundsGEP(valueTy, data, index);
    BasicBlock *isBoxed = BasicBlock::Create(ctx_, "row_boxed", f_);
    BasicBlock *wrong = BasicBlock::Create(ctx_, "row_not_list", f_);
    BasicBlock *ok = BasicBlock::Create(ctx_, "row_list", f_);
    b_.CreateCondBr(boxed, isBoxed, wrong);
    b_.SetInsertPoint(isBoxed);
    auto *slotTag = cast<LoadInst>(tag(b_.CreateLoad(b_.getInt8Ty(), slot), kSlot));
    // Marks the row read for PeelRowLoopsPass (jit/peel_row_loops.h).
    slotTag->setMetadata(kRowReadMD, MDNode::get(ctx_, {}));
    Value *isObject = b_.CreateICmpEQ(slotTag, b_.getInt8(kTagObject));
    BasicBlock *checkKind = BasicBlock::Create(ctx_, "row_kind", f_);
    b_.CreateCondBr(isObject, checkKind, wrong);
    b_.SetInsertPoint(checkKind);
    Value *obj = tag(
        b_.CreateLoad(b_.getPtrTy(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), slot, 8)), kSlot);
    Value *kind = tag(
        b_.CreateLoad(b_.getInt8Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), obj, 8)), kHeader);
    b_.CreateCondBr(b_.CreateICmpEQ(kind, b_.getInt8(uint8_t(rt::ObjKind::List))), ok, wrong,
                    MDBuilder(ctx_).createBranchWeights(1 << 20, 1));
    b_.SetInsertPoint(wrong);
    b_.CreateBr(guardFailure("a row of " + Type::list(elem).toString(), line));
    b_.SetInsertPoint(ok);
    // From here on the row is a whole list object: telling the optimizer so lets it hoist the
    // row's header loads (storage, size, data) out of a loop over the row's elements.
    assumeListObject(obj);
    return obj;
  }
  BasicBlock *fast = BasicBlock::Create(ctx_, "elem_typed", f_);
  BasicBlock *slow = BasicBlock::Create(ctx_, "elem_guard_failed", f_);
  BasicBlock *done = BasicBlock::Create(ctx_, "elem_done", f_);
  b_.CreateCondBr(storageMatches(list, elem), fast, slow, likely_);
  b_.SetInsertPoint(fast);
  Value *data =
      tag(b_.CreateLoad(b_.getPtrTy(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), list, 40)),
          kHeader);
  Value *v = tag(b_.CreateLoad(et, b_.CreateInBoundsGEP(et, data, index)), kElements);
  if (elem.is(K::Bool)) v = b_.CreateICmpNE(v, b_.getInt8(0));
  b_.CreateBr(done);
  // The list changed strategy: inside a compiled call tree this cannot happen (stores of another
  // type are refused by inference), but a list reached through a list of lists might differ
  // (changed by a function called through the dispatcher). The failure leaves the function for
  // the interpreter (codegen_deopt.cpp), so the loop around a read holds no call and stays
  // optimizable.
  b_.SetInsertPoint(slow);
  b_.CreateBr(guardFailure("an element of " + Type::list(elem).toString(), line));
  b_.SetInsertPoint(done);
  return v;
}

void FunctionEmitter::storeListElement(Value *list, Value *index, const TV &value, int line) {
  if (!value.t.isScalar()) {  // an object: listSet takes its own reference
    checkStatus(b_.CreateCall(rt_.get("fj_list_set"), {list, index, boxScalar(value)}), line);
    return;
  }
  BasicBlock *fast = BasicBlock::Create(ctx_, "store_typed", f_);
  BasicBlock *slow = BasicBlock::Create(ctx_, "store_guard_failed", f_);
  BasicBlock *done = BasicBlock::Create(ctx_, "store_done", f_);
  b_.CreateCondBr(storageMatches(list, value.t), fast, slow, likely_);
  b_.SetInsertPoint(fast);
  Value *data =
      tag(b_.CreateLoad(b_.getPtrTy(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), list, 40)),
          kHeader);
  llvm::Type *et = listElementMemoryType(ctx_, value.t);
  Value *stored = value.t.is(K::Bool) ? b_.CreateZExt(value.v, et) : value.v;
  tag(b_.CreateStore(stored, b_.CreateInBoundsGEP(et, data, index)), kElements);
  b_.CreateBr(done);
  b_.SetInsertPoint(slow);  // as in loadListElement: leave rather than continue
  b_.CreateBr(guardFailure("an element of " + Type::list(value.t).toString(), line));
  b_.SetInsertPoint(done);
}

Error FunctionEmitter::appendToList(Value *list, const TV &value, int line) {
  checkStatus(b_.CreateCall(rt_.get("fj_list_append"), {list, boxScalar(value)}), line);
  return Error::success();
}

Expected<TV> FunctionEmitter::callBuiltin(const Instruction &inst, const std::string &name,
                                          const std::vector<TV> &args) {
  int line = inst.line;
  // The builtin's own result type, not the destination's: the destination may be a union that
  // this result is merged into (`a and float(b)`), and the caller converts (coerce) to it.
  Type rt = Type::none();
  if (inst.dst() != ir::NoReg) {
    std::vector<Type> argTypes;
    for (const TV &a : args) argTypes.push_back(a.t);
    rt = ir::builtinResultType(name, argTypes);
    if (rt.isUnknown()) rt = typeOf(inst.dst());
  }
  if (inst.dst() != ir::NoReg && skip_[inst.dst()]) return TV{nullptr, rt};  // folded: abs(z) < c
  auto fp = [&](double d) { return ConstantFP::get(b_.getDoubleTy(), d); };
  if (name == "len") {
    if (args[0].t.is(K::List)) return TV{listSize(args[0].v), rt};
    return TV{b_.CreateLoad(b_.getInt64Ty(),
                            b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), args[0].v, 16)),
              rt};
  }
  if (name == "abs") {
    const TV &x = args[0];
    if (x.t.is(K::Float)) return TV{b_.CreateUnaryIntrinsic(Intrinsic::fabs, x.v), rt};
    if (x.t.is(K::Complex)) return TV{complexAbs(x.v, line), rt};
    Value *i = toInt(x);
    Value *neg = intArith(Intrinsic::ssub_with_overflow, b_.getInt64(0), i, line);
    return TV{b_.CreateSelect(b_.CreateICmpSLT(i, b_.getInt64(0)), neg, i), rt};
  }
  if (name == "float") return TV{toFloat(args[0]), rt};
  if (name == "int") {
    if (!args[0].t.is(K::Float)) return TV{toInt(args[0]), rt};
    return TV{callWithOut("fj_float_to_int", {args[0].v}, b_.getInt64Ty(), line), rt};
  }
  if (name == "complex") {
    Value *z = b_.CreateInsertValue(UndefValue::get(llvmTypeOf(ctx_, rt)), toFloat(args[0]), 0);
    return TV{b_.CreateInsertValue(z, args.size() > 1 ? toFloat(args[1]) : fp(0.0), 1), rt};
  }
  if (name == "min" || name == "max") {
    // The first of equal items wins; the second replaces it only when strictly better.
    CompareOp better = name == "min" ? CompareOp::Lt : CompareOp::Gt;
    if (args[0].t != args[1].t) return unsupported(line, name + "() of mixed types yet");
    Value *takeSecond = args[0].t.is(K::Float)
                            ? b_.CreateFCmp(floatPredicate(better), args[1].v, args[0].v)
                            : b_.CreateICmp(intPredicate(better), args[1].v, args[0].v);
    return TV{b_.CreateSelect(takeSecond, args[1].v, args[0].v), rt};
  }
  if (name == "list.append") {
    if (Error e = appendToList(args[0].v, args[1], line)) return std::move(e);
    return TV{b_.getInt8(0), rt};
  }
  if (name == "complex.conjugate") {
    Value *z = args[0].v;
    return TV{b_.CreateInsertValue(z, b_.CreateFNeg(b_.CreateExtractValue(z, 1)), 1), rt};
  }
  if (name == "float.is_integer") {
    Value *x = args[0].v;
    Value *finite = b_.CreateFCmpONE(b_.CreateUnaryIntrinsic(Intrinsic::fabs, x), fp(HUGE_VAL));
    Value *whole = b_.CreateFCmpOEQ(b_.CreateUnaryIntrinsic(Intrinsic::floor, x), x);
    return TV{b_.CreateAnd(finite, whole), rt};
  }

  if (name == "random.random" && args.empty()) return TV{inlineRandom(), rt};
  if (std::optional<TV> typed = callModuleFunction(name, args, rt, line)) return *typed;

  // Module functions (math.*): the runtime's builtin through rt::call, so domain
  // errors and results are the interpreter's. math.sqrt of a non-negative float is inlined.
  size_t dot = name.find('.');
  if (dot == std::string::npos) return unsupported(line, "a call of " + name);
  BasicBlock *done = nullptr;
  PHINode *phi = nullptr;
  if (name == "math.sqrt" && args.size() == 1) {
    Value *x = toFloat(args[0]);
    BasicBlock *fast = BasicBlock::Create(ctx_, "sqrt_fast", f_);
    BasicBlock *slow = BasicBlock::Create(ctx_, "sqrt_generic", f_);
    done = BasicBlock::Create(ctx_, "sqrt_done", f_);
    b_.CreateCondBr(b_.CreateFCmpOGE(x, fp(0.0)), fast, slow);
    b_.SetInsertPoint(fast);
    Value *r = b_.CreateUnaryIntrinsic(Intrinsic::sqrt, x);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    phi = b_.CreatePHI(b_.getDoubleTy(), 2);
    phi->addIncoming(r, fast);
    b_.SetInsertPoint(slow);
  }
  rt::Value mod = rt::importModule(name.substr(0, dot));
  if (mod.isError()) {
    rt::clearPending();
    return unsupported(line, "a call of " + name);
  }
  rt::Value fnValue = rt::moduleGetAttr(rt::asModule(mod), name.substr(dot + 1));
  if (fnValue.isError()) {
    rt::clearPending();
    return unsupported(line, "a call of " + name);
  }
  pinnedCallees().push_back(std::move(fnValue));
  Value *callee = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(&pinnedCallees().back())),
                                    b_.getPtrTy());
  auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
  AllocaInst *argv = entryAlloca(b_, ArrayType::get(valueTy, std::max<size_t>(args.size(), 1)), "argv");
  for (size_t k = 0; k < args.size(); ++k)
    b_.CreateMemCpy(b_.CreateConstInBoundsGEP2_64(ArrayType::get(valueTy, args.size()), argv, 0, k),
                    Align(8), boxScalar(args[k]), Align(8), 24);
  AllocaInst *result = entryAlloca(b_, valueTy, "result");
  checkStatus(b_.CreateCall(rt_.get("fj_call"), {callee, argv, b_.getInt64(args.size()), result}),
              line);
  if (inst.dst() == ir::NoReg) {  // a call statement: whatever it returned is dropped
    release(TV{b_.CreateLoad(boxedLLVMType(ctx_), result), Type::dynamic()});
    if (done) {
      BasicBlock *end = b_.GetInsertBlock();
      b_.CreateBr(done);
      phi->addIncoming(UndefValue::get(b_.getDoubleTy()), end);
      b_.SetInsertPoint(done);
    }
    return TV{b_.getInt8(0), rt};
  }
  uint8_t tag = rt.is(K::Float) ? kTagFloat : rt.is(K::Int) ? kTagInt : rt.is(K::Bool) ? kTagBool
                                                                                        : kTagNone;
  BasicBlock *wrong = BasicBlock::Create(ctx_, "result_type_changed", f_);
  BasicBlock *right = BasicBlock::Create(ctx_, "result_ok", f_);
  b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateLoad(b_.getInt8Ty(), result), b_.getInt8(tag)), right,
                  wrong, MDBuilder(ctx_).createBranchWeights(1 << 20, 1));
  b_.SetInsertPoint(wrong);  // the call has run: the interpreter goes on after it with its result
  deoptAfter(inst.dst(), result, "the result of " + name, line);
  b_.SetInsertPoint(right);
  Value *v = loadPayload(b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), result, 8), rt);
  if (done) {
    BasicBlock *end = b_.GetInsertBlock();
    b_.CreateBr(done);
    phi->addIncoming(v, end);
    b_.SetInsertPoint(done);
    return TV{phi, rt};
  }
  return TV{v, rt};
}

}  // namespace fastjit::jit
