// Codegen, part 4: boxed values and the generic lowering. A register inference could not type
// precisely (dynamic, str, range, iterators other than over typed lists) holds a whole rt::Value
// as { i8 tag, i64, i64 }; every instruction inference marked generic boxes its operands into
// stack Values (borrowed), calls the helper of jit/runtime_dynamic.h that runs the interpreter's
// own runtime operation, and moves the owned result into its destination. Errors take the usual
// path (pending exception, then the unwind block records this line), so tracebacks are the
// interpreter's. Typed code never pays for any of this: only generic instructions and the
// conversions at the border between typed and boxed registers emit it.
#include "jit/codegen_impl.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/modules.h"

#include <deque>

namespace fastjit::jit {

using namespace llvm;
using ir::Instruction;
using ir::Op;
using ir::Reg;

namespace {

// Values compiled code points at directly (string constants, builtins and modules used as values,
// keyword-name lists): kept alive for the life of the process, at stable addresses.
std::deque<rt::Value> &pinnedValues() {
  static std::deque<rt::Value> values;
  return values;
}
std::deque<rt::KeywordNames> &pinnedKeywords() {
  static std::deque<rt::KeywordNames> names;
  return names;
}

llvm::Type *valueArrayType(IRBuilder<> &b) { return ArrayType::get(b.getInt64Ty(), 3); }

}  // namespace

Value *FunctionEmitter::pinnedObject(const rt::Value &v) {
  pinnedValues().push_back(v);
  return b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(pinnedValues().back().asObject())),
                           b_.getPtrTy());
}

Value *FunctionEmitter::objectConstant(const Type &t) {
  if (t.is(K::Function))
    return b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(t.ref())), b_.getPtrTy());
  rt::Value v;
  if (t.is(K::Builtin)) {
    if (t.ref()) {
      v = rt::Value::borrow(static_cast<rt::Object *>(const_cast<void *>(t.ref())));
    } else {
      size_t dot = t.name().find('.');
      if (dot == std::string::npos) {
        v = rt::lookupBuiltin(t.name());
      } else {
        rt::Value mod = rt::importModule(t.name().substr(0, dot));
        v = mod.isError() ? mod : rt::moduleGetAttr(rt::asModule(mod), t.name().substr(dot + 1));
      }
    }
  } else {
    v = rt::importModule(t.name());
  }
  if (v.isError() || !v.isObject()) {  // inference only names builtins and modules that exist
    rt::clearPending();
    v = rt::Value::none();
    pinnedValues().push_back(v);
    return ConstantPointerNull::get(b_.getPtrTy());
  }
  return pinnedObject(v);
}

Value *FunctionEmitter::objectValue(Value *obj) {
  Value *boxed = b_.CreateInsertValue(UndefValue::get(boxedLLVMType(ctx_)), b_.getInt8(kTagObject), 0);
  boxed = b_.CreateInsertValue(boxed, b_.CreatePtrToInt(obj, b_.getInt64Ty()), 1);
  return b_.CreateInsertValue(boxed, b_.getInt64(0), 2);
}

Value *FunctionEmitter::boxOwned(const TV &x) {
  if (isBoxed(x.t)) return x.v;
  llvm::Type *bt = boxedLLVMType(ctx_);
  auto boxed = [&](uint8_t tag, Value *w1, Value *w2) {
    Value *v = b_.CreateInsertValue(UndefValue::get(bt), b_.getInt8(tag), 0);
    v = b_.CreateInsertValue(v, w1, 1);
    return b_.CreateInsertValue(v, w2, 2);
  };
  Value *zero = b_.getInt64(0);
  switch (x.t.kind()) {
  case K::Bool: return boxed(kTagBool, b_.CreateZExt(x.v, b_.getInt64Ty()), zero);
  case K::Int: return boxed(kTagInt, x.v, zero);
  case K::Float: return boxed(kTagFloat, b_.CreateBitCast(x.v, b_.getInt64Ty()), zero);
  case K::Complex:
    return boxed(kTagComplex, b_.CreateBitCast(b_.CreateExtractValue(x.v, 0), b_.getInt64Ty()),
                 b_.CreateBitCast(b_.CreateExtractValue(x.v, 1), b_.getInt64Ty()));
  case K::Union: {  // the same tags as rt::Value
    Value *v = b_.CreateInsertValue(UndefValue::get(bt), b_.CreateExtractValue(x.v, 0), 0);
    v = b_.CreateInsertValue(v, b_.CreateExtractValue(x.v, 1), 1);
    return b_.CreateInsertValue(v, b_.CreateBitCast(b_.CreateExtractValue(x.v, 2), b_.getInt64Ty()), 2);
  }
  case K::List:
  case K::Tuple: return objectValue(x.v);  // the caller's reference moves into the Value
  case K::Function:
  case K::Builtin:
  case K::Module: {  // a constant object: the Value takes a reference of its own
    Value *obj = objectConstant(x.t);
    Value *v = objectValue(obj);
    retain(TV{v, Type::dynamic()});
    return v;
  }
  default: return boxed(kTagNone, zero, zero);  // None (a list iterator never reaches a Value)
  }
}

// One reference more (retain) or less (release) on whatever object x holds: a list or tuple, a
// list iterator's list, or a boxed value whose tag says it is an object.
void FunctionEmitter::adjustReference(const TV &x, bool more) {
  auto change = [&](Value *obj) { more ? incref(obj) : decref(obj); };
  if (x.t.is(K::List) || x.t.is(K::Tuple)) {
    more ? incref(x.v) : decrefIfNonNull(x.v);
  } else if (isTypedIterator(x.t)) {
    Value *list = b_.CreateExtractValue(x.v, 0);  // the list or tuple
    more ? incref(list) : decrefIfNonNull(list);
  } else if (isBoxed(x.t)) {
    BasicBlock *obj = BasicBlock::Create(ctx_, more ? "retain_obj" : "release_obj", f_);
    BasicBlock *cont = BasicBlock::Create(ctx_, more ? "retained" : "released", f_);
    b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateExtractValue(x.v, 0), b_.getInt8(kTagObject)), obj, cont);
    b_.SetInsertPoint(obj);
    change(b_.CreateIntToPtr(b_.CreateExtractValue(x.v, 1), b_.getPtrTy()));
    b_.CreateBr(cont);
    b_.SetInsertPoint(cont);
  }
}

void FunctionEmitter::retain(const TV &x) { adjustReference(x, true); }
void FunctionEmitter::release(const TV &x) { adjustReference(x, false); }

AllocaInst *FunctionEmitter::valueSlots(size_t n, const char *name) {
  IRBuilderBase::InsertPointGuard guard(b_);
  b_.SetInsertPoint(&f_->getEntryBlock(), f_->getEntryBlock().begin());
  return b_.CreateAlloca(valueArrayType(b_), b_.getInt64(std::max<size_t>(n, 1)), name);
}

void FunctionEmitter::writeBoxedResult(Reg dst, Value *valueAddr, const Type &as) {
  Value *v = b_.CreateLoad(boxedLLVMType(ctx_), valueAddr);
  if (dst == ir::NoReg || !slots_[dst]) {  // result never read: drop it
    release(TV{v, Type::dynamic()});
    return;
  }
  if (isBoxed(as)) {
    write(dst, coerce(TV{v, as}, typeOf(dst)));
    return;
  }
  // A result whose type is known (int(x), time.perf_counter(), int ** int): unbox it.
  std::vector<Type> members = as.is(K::Union) ? as.items() : std::vector<Type>{as};
  Value *tagOk = b_.getFalse();
  for (const Type &m : members) {
    uint8_t tag = m.is(K::Int) ? kTagInt : m.is(K::Float) ? kTagFloat : m.is(K::Bool) ? kTagBool
                  : m.is(K::Complex) ? kTagComplex : kTagNone;
    tagOk = b_.CreateOr(tagOk, b_.CreateICmpEQ(b_.CreateExtractValue(v, 0), b_.getInt8(tag)));
  }
  BasicBlock *wrong = BasicBlock::Create(ctx_, "result_type_changed", f_);
  BasicBlock *right = BasicBlock::Create(ctx_, "result_ok", f_);
  b_.CreateCondBr(tagOk, right, wrong, likely_);
  b_.SetInsertPoint(wrong);  // the operation has run: the interpreter goes on after it
  deoptAfter(dst, valueAddr, "the result of a builtin", fn_.blocks[curBlock_].insts[curInst_].line);
  b_.SetInsertPoint(right);
  Value *payload = b_.CreateExtractValue(v, 1);
  if (as.is(K::Union)) {  // the Value's layout is the union's
    Value *u = b_.CreateInsertValue(UndefValue::get(unionLLVMType(ctx_)), b_.CreateExtractValue(v, 0), 0);
    u = b_.CreateInsertValue(u, payload, 1);
    u = b_.CreateInsertValue(u, b_.CreateBitCast(b_.CreateExtractValue(v, 2), b_.getDoubleTy()), 2);
    write(dst, coerce(TV{u, as}, typeOf(dst)));
    return;
  }
  Value *x = as.is(K::Int) ? payload
             : as.is(K::Float) ? b_.CreateBitCast(payload, b_.getDoubleTy())
                               : b_.CreateICmpNE(payload, b_.getInt64(0));
  write(dst, coerce(TV{x, as}, typeOf(dst)));
}

Error FunctionEmitter::lowerGeneric(const Instruction &inst) {
  int line = inst.line;
  Reg dst = inst.dst();
  // What the operation always returns (ir::FunctionTypes::generic): unboxed when not dynamic.
  Type resultType = spec_.types.genericResult(inst);
  bool boolResult = inst.op == Op::Compare || (inst.op == Op::Unary && inst.unaryOp() == rt::UnaryOp::Not) ||
                    !isBoxed(resultType);
  for (Reg d : inst.dsts)
    if (slots_[d] && !isBoxed(typeOf(d)) && !boolResult)
      return unsupported(line, "a generic result in a register of type " + typeOf(d).toString());
  auto arg = [&](Reg r) { return boxScalar(read(r)); };
  // Copies the operands ops[from..] into consecutive stack Values (borrowed).
  auto argArray = [&](size_t from) {
    size_t n = inst.ops.size() - from;
    AllocaInst *array = valueSlots(n, "args");
    for (size_t k = 0; k < n; ++k)
      b_.CreateMemCpy(b_.CreateConstInBoundsGEP1_64(valueArrayType(b_), array, k), Align(8),
                      arg(inst.ops[from + k]), Align(8), 24);
    return std::make_pair(array, n);
  };
  auto keywords = [&](uint32_t set) -> Value * {
    if (set == ir::NoIndex) return ConstantPointerNull::get(b_.getPtrTy());
    pinnedKeywords().push_back(rt::KeywordNames{fn_.keywordSets[set]});
    return b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(&pinnedKeywords().back())),
                             b_.getPtrTy());
  };
  // helper(..., out) -> status: the owned result goes to dst.
  auto withResult = [&](const char *helper, std::vector<Value *> args) {
    AllocaInst *out = valueSlots(1, "result");
    args.push_back(out);
    checkStatus(b_.CreateCall(rt_.get(helper), args), line);
    writeBoxedResult(dst, out, resultType);
    return Error::success();
  };
  // A predicate helper (1 / 0 / -1): the truth value, after the error check.
  auto predicate = [&](Value *r) {
    failIf(b_.CreateICmpSLT(r, b_.getInt32(0)), line);
    return b_.CreateICmpNE(r, b_.getInt32(0));
  };
  auto writeBool = [&](Value *b) {
    if (dst != ir::NoReg && slots_[dst]) write(dst, coerce(TV{b, Type::boolean()}, typeOf(dst)));
    return Error::success();
  };

  // Inline paths for boxed ints (the interpreter has them too): `x` as an i64 and whether it is
  // one, or nullptr when its type can never be an int.
  auto intOperand = [&](const TV &x, Value *&isInt) -> Value * {
    if (x.t.is(K::Int)) {
      isInt = b_.getTrue();
      return x.v;
    }
    if (!x.t.isDynamic()) return nullptr;
    isInt = b_.CreateICmpEQ(b_.CreateExtractValue(x.v, 0), b_.getInt8(kTagInt));
    return b_.CreateExtractValue(x.v, 1);
  };
  // Splits on "both operands are ints": runs `fast` there and the generic lowering elsewhere,
  // continuing after both. false when no int path applies.
  auto intSplit = [&](const std::function<void(Value *, Value *)> &fast) -> bool {
    TV a = read(inst.ops[0]), b = read(inst.ops[1]);
    Value *aInt = nullptr, *bInt = nullptr;
    Value *x = intOperand(a, aInt), *y = intOperand(b, bInt);
    if (!x || !y || (a.t.is(K::Int) && b.t.is(K::Int))) return false;
    BasicBlock *fastBB = BasicBlock::Create(ctx_, "dyn_int", f_);
    BasicBlock *slowBB = BasicBlock::Create(ctx_, "dyn_generic", f_);
    BasicBlock *done = BasicBlock::Create(ctx_, "dyn_done", f_);
    b_.CreateCondBr(b_.CreateAnd(aInt, bInt), fastBB, slowBB, likely_);
    b_.SetInsertPoint(fastBB);
    fast(x, y);
    b_.CreateBr(done);
    b_.SetInsertPoint(slowBB);
    slowPath_ = true;
    Error e = lowerGeneric(inst);
    slowPath_ = false;
    consumeError(std::move(e));  // the generic lowering of these opcodes cannot fail
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    return true;
  };
  if (!slowPath_) {
    if ((inst.op == Op::Binary || inst.op == Op::InplaceBinary) &&
        (inst.binaryOp() == rt::BinaryOp::Add || inst.binaryOp() == rt::BinaryOp::Sub ||
         inst.binaryOp() == rt::BinaryOp::Mul) &&
        isBoxed(typeOf(dst))) {
      Intrinsic::ID id = inst.binaryOp() == rt::BinaryOp::Add   ? Intrinsic::sadd_with_overflow
                         : inst.binaryOp() == rt::BinaryOp::Sub ? Intrinsic::ssub_with_overflow
                                                                : Intrinsic::smul_with_overflow;
      if (intSplit([&](Value *x, Value *y) {
            write(dst, boxOwned(TV{intArith(id, x, y, line), Type::integer()}));
          }))
        return Error::success();
    }
    if (inst.op == Op::Compare && unsigned(inst.sub) <= unsigned(rt::CompareOp::Ge)) {
      static const CmpInst::Predicate preds[] = {CmpInst::ICMP_SLT, CmpInst::ICMP_SLE,
                                                 CmpInst::ICMP_EQ,  CmpInst::ICMP_NE,
                                                 CmpInst::ICMP_SGT, CmpInst::ICMP_SGE};
      if (intSplit([&](Value *x, Value *y) {
            writeBool(b_.CreateICmp(preds[inst.sub], x, y));
          }))
        return Error::success();
    }
  }

  switch (inst.op) {
  case Op::LoadGlobal: {
    Value *slot = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(sp_.globalSlot(inst.imm))),
                                    b_.getPtrTy());
    return withResult("fj_dyn_load_global", {slot, cString(sp_.module().globals[inst.imm])});
  }
  case Op::StoreGlobal: {
    Value *slot = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uint64_t>(sp_.globalSlot(inst.imm))),
                                    b_.getPtrTy());
    b_.CreateCall(rt_.get("fj_dyn_store_global"), {slot, arg(inst.ops[0])});
    return Error::success();
  }
  case Op::Binary:
  case Op::InplaceBinary:
    return withResult("fj_dyn_binary", {b_.getInt32(inst.sub), b_.getInt32(inst.op == Op::InplaceBinary),
                                        arg(inst.ops[0]), arg(inst.ops[1])});
  case Op::Unary:
    if (inst.unaryOp() == rt::UnaryOp::Not)
      return writeBool(b_.CreateNot(predicate(b_.CreateCall(rt_.get("fj_dyn_truthy"), {arg(inst.ops[0])}))));
    return withResult("fj_dyn_unary", {b_.getInt32(inst.sub), arg(inst.ops[0])});
  case Op::Compare:
    return writeBool(predicate(b_.CreateCall(
        rt_.get("fj_dyn_compare"), {b_.getInt32(inst.sub), arg(inst.ops[0]), arg(inst.ops[1])})));
  case Op::GetItem: return withResult("fj_dyn_getitem", {arg(inst.ops[0]), arg(inst.ops[1])});
  case Op::SetItem:
    checkStatus(b_.CreateCall(rt_.get("fj_dyn_setitem"),
                              {arg(inst.ops[0]), arg(inst.ops[1]), arg(inst.ops[2])}),
                line);
    return Error::success();
  case Op::DelItem:
    checkStatus(b_.CreateCall(rt_.get("fj_dyn_delitem"), {arg(inst.ops[0]), arg(inst.ops[1])}), line);
    return Error::success();
  case Op::GetSlice:
    return withResult("fj_dyn_getslice",
                      {arg(inst.ops[0]), arg(inst.ops[1]), arg(inst.ops[2]), arg(inst.ops[3])});
  case Op::GetAttr:
    return withResult("fj_dyn_getattr", {arg(inst.ops[0]), cString(fn_.names[inst.imm])});
  case Op::ListAppend: {
    auto [array, n] = argArray(1);
    return withResult("fj_dyn_call_method", {arg(inst.ops[0]), cString("append"), array,
                                             b_.getInt64(n), keywords(ir::NoIndex)});
  }
  case Op::UnpackSequence: {
    size_t n = inst.dsts.size();
    AllocaInst *outs = valueSlots(n, "items");
    checkStatus(b_.CreateCall(rt_.get("fj_dyn_unpack"), {arg(inst.ops[0]), b_.getInt64(n), outs}), line);
    for (size_t k = 0; k < n; ++k)
      writeBoxedResult(inst.dsts[k], b_.CreateConstInBoundsGEP1_64(valueArrayType(b_), outs, k));
    return Error::success();
  }
  case Op::Call: {
    Value *callee = arg(inst.ops[0]);
    auto [array, n] = argArray(1);
    return withResult("fj_dyn_call", {callee, array, b_.getInt64(n), keywords(inst.imm)});
  }
  case Op::CallMethod: {
    Value *self = arg(inst.ops[0]);
    auto [array, n] = argArray(1);
    return withResult("fj_dyn_call_method", {self, cString(fn_.names[inst.imm]), array,
                                             b_.getInt64(n), keywords(inst.imm2)});
  }
  case Op::FormatValue: {
    Value *spec = inst.ops.size() > 1 ? arg(inst.ops[1]) : ConstantPointerNull::get(b_.getPtrTy());
    return withResult("fj_dyn_format", {arg(inst.ops[0]), b_.getInt32(inst.sub), spec});
  }
  case Op::BuildString: {
    auto [array, n] = argArray(0);
    return withResult("fj_dyn_build_string", {array, b_.getInt64(n)});
  }
  case Op::GetIter: return withResult("fj_dyn_get_iter", {arg(inst.ops[0])});
  case Op::ForIter: {
    AllocaInst *out = valueSlots(1, "item");
    Value *more = predicate(b_.CreateCall(rt_.get("fj_dyn_iter_next"), {arg(inst.ops[0]), out}));
    BasicBlock *next = BasicBlock::Create(ctx_, "iter_item", f_);
    b_.CreateCondBr(more, next, blocks_[inst.targets[1]]);
    b_.SetInsertPoint(next);
    writeBoxedResult(dst, out, resultType);
    b_.CreateBr(blocks_[inst.targets[0]]);
    return Error::success();
  }
  case Op::ForRangeInit: {
    Value *callee = arg(inst.ops[0]);
    auto [array, n] = argArray(1);
    AllocaInst *outs = valueSlots(3, "range");
    checkStatus(b_.CreateCall(rt_.get("fj_dyn_range_init"), {callee, array, b_.getInt64(n), outs}), line);
    for (size_t k = 0; k < 3; ++k)
      writeBoxedResult(inst.dsts[k], b_.CreateConstInBoundsGEP1_64(valueArrayType(b_), outs, k));
    return Error::success();
  }
  case Op::ForRangeNext: {
    TV cur = read(inst.ops[0]), stop = read(inst.ops[1]), step = read(inst.ops[2]);
    if (cur.t.isDynamic() && stop.t.isDynamic() && step.t.isDynamic()) {
      // Counted mode (step is an int: so are cur and stop) inline, as in the interpreter.
      BasicBlock *counted = BasicBlock::Create(ctx_, "range_counted", f_);
      BasicBlock *generic = BasicBlock::Create(ctx_, "range_generic", f_);
      b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateExtractValue(step.v, 0), b_.getInt8(kTagInt)), counted,
                      generic, likely_);
      b_.SetInsertPoint(counted);
      Value *c = b_.CreateExtractValue(cur.v, 1), *e = b_.CreateExtractValue(stop.v, 1);
      Value *s = b_.CreateExtractValue(step.v, 1);
      Value *more = b_.CreateSelect(b_.CreateICmpSGT(s, b_.getInt64(0)), b_.CreateICmpSLT(c, e),
                                    b_.CreateICmpSGT(c, e));
      BasicBlock *body = BasicBlock::Create(ctx_, "range_counted_item", f_);
      b_.CreateCondBr(more, body, blocks_[inst.targets[1]]);
      b_.SetInsertPoint(body);
      Value *sum = b_.CreateBinaryIntrinsic(Intrinsic::sadd_with_overflow, c, s);
      Value *nextCur = b_.CreateSelect(b_.CreateExtractValue(sum, 1), e, b_.CreateExtractValue(sum, 0));
      if (slots_[inst.dsts[0]]) write(inst.dsts[0], coerce(TV{c, Type::integer()}, typeOf(inst.dsts[0])));
      write(inst.dsts[1], boxOwned(TV{nextCur, Type::integer()}));
      b_.CreateBr(blocks_[inst.targets[0]]);
      b_.SetInsertPoint(generic);
    }
    AllocaInst *outs = valueSlots(2, "range_item");
    Value *item = b_.CreateConstInBoundsGEP1_64(valueArrayType(b_), outs, 0);
    Value *next = b_.CreateConstInBoundsGEP1_64(valueArrayType(b_), outs, 1);
    Value *more = predicate(b_.CreateCall(rt_.get("fj_dyn_range_next"),
                                          {arg(inst.ops[0]), arg(inst.ops[1]), arg(inst.ops[2]), item, next}));
    BasicBlock *body = BasicBlock::Create(ctx_, "range_item", f_);
    b_.CreateCondBr(more, body, blocks_[inst.targets[1]]);
    b_.SetInsertPoint(body);
    writeBoxedResult(inst.dsts[0], item);
    writeBoxedResult(inst.dsts[1], next);
    b_.CreateBr(blocks_[inst.targets[0]]);
    return Error::success();
  }
  case Op::Branch: {
    TV c = read(inst.ops[0]);
    if (c.t.isDynamic()) {  // bool and int inline, as the interpreter's truth()
      Value *tag = b_.CreateExtractValue(c.v, 0);
      Value *immediate = b_.CreateOr(b_.CreateICmpEQ(tag, b_.getInt8(kTagInt)),
                                     b_.CreateICmpEQ(tag, b_.getInt8(kTagBool)));
      BasicBlock *fastBB = BasicBlock::Create(ctx_, "truth_int", f_);
      BasicBlock *slowBB = BasicBlock::Create(ctx_, "truth_generic", f_);
      b_.CreateCondBr(immediate, fastBB, slowBB, likely_);
      b_.SetInsertPoint(fastBB);
      b_.CreateCondBr(b_.CreateICmpNE(b_.CreateExtractValue(c.v, 1), b_.getInt64(0)),
                      blocks_[inst.targets[0]], blocks_[inst.targets[1]]);
      b_.SetInsertPoint(slowBB);
    }
    Value *t = predicate(b_.CreateCall(rt_.get("fj_dyn_truthy"), {boxScalar(c)}));
    b_.CreateCondBr(t, blocks_[inst.targets[0]], blocks_[inst.targets[1]]);
    return Error::success();
  }
  default:
    return unsupported(line, std::string("the instruction ") + ir::opName(inst.op) + " on dynamic values");
  }
}

}  // namespace fastjit::jit
