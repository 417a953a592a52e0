// Codegen, part 1 (see codegen.h and codegen_impl.h): the shape of a compiled function — its
// signature, register slots, entry (arguments, recursion depth), the two exits (normal return and
// unwind with the traceback line), control flow, calls between specializations, and the boxed
// entry used at the interpreter boundary.
#include "jit/codegen_impl.h"

#include "ir/printer.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/modules.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Verifier.h"

#include <deque>

namespace fastjit::jit {

using namespace llvm;
using ir::Instruction;
using ir::Op;
using ir::Reg;

llvm::Type *llvmTypeOf(LLVMContext &ctx, const Type &t) {
  switch (t.kind()) {
  case K::None:
  case K::Function:
  case K::Builtin:
  case K::Module: return llvm::Type::getInt8Ty(ctx);
  case K::Bool: return llvm::Type::getInt1Ty(ctx);
  case K::Int: return llvm::Type::getInt64Ty(ctx);
  case K::Float: return llvm::Type::getDoubleTy(ctx);
  case K::Complex: {
    auto *d = llvm::Type::getDoubleTy(ctx);
    return StructType::get(ctx, {d, d});
  }
  case K::List:
  case K::Tuple: return PointerType::get(ctx, 0);
  case K::Union: return unionLLVMType(ctx);
  case K::Iterator:
    if (isTypedIterator(t))
      return StructType::get(ctx, {PointerType::get(ctx, 0), llvm::Type::getInt64Ty(ctx)});
    return boxedLLVMType(ctx);
  case K::Str:
  case K::Range:
  case K::Dynamic: return boxedLLVMType(ctx);
  default: return nullptr;
  }
}

Value *FunctionEmitter::tupleItemPayload(Value *tuple, Value *index) {
  auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
  Value *items = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), tuple, sizeof(rt::TupleObject));
  return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), b_.CreateInBoundsGEP(valueTy, items, index), 8);
}

bool isTypedIterator(const Type &t) {
  return t.is(K::Iterator) &&
         (t.elem().is(K::List) || (t.elem().is(K::Tuple) && !ir::tupleItemType(t.elem()).isDynamic()));
}

bool isBoxed(const Type &t) {
  return t.is(K::Dynamic) || t.is(K::Str) || t.is(K::Range) ||
         (t.is(K::Iterator) && !isTypedIterator(t));
}

llvm::Type *boxedLLVMType(LLVMContext &ctx) {
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  return StructType::get(ctx, {llvm::Type::getInt8Ty(ctx), i64, i64});
}

bool sameRepresentation(const Type &from, const Type &to) {
  if (to.contains(from) || isBoxed(to)) return true;
  // list[int] into list[object], tuple[int] into tuple[int|float]: the same object pointer.
  return (from.is(K::List) && to.is(K::List)) ||
         (from.is(K::Tuple) && to.is(K::Tuple) && from.items().size() == to.items().size());
}

bool ownsReference(const Type &t) {
  return t.is(K::List) || t.is(K::Tuple) || isTypedIterator(t) ||
         isBoxed(t);
}

std::string boxedEntryName(const ir::Specialization &spec) { return spec.symbol + ".boxed"; }

FunctionEmitter::FunctionEmitter(Module &m, ir::Specializer &sp, ir::Specialization &spec,
                                 const CodegenOptions &options, const RegionCode *region)
    : m_(m), ctx_(m.getContext()), sp_(sp), spec_(spec), fn_(*spec.fn), options_(options),
      rt_(m), b_(m.getContext()) {
  region_ = region;
}

Function *FunctionEmitter::declareTyped(Module &m, const ir::Specialization &spec) {
  if (Function *f = m.getFunction(spec.symbol)) return f;
  LLVMContext &ctx = m.getContext();
  llvm::Type *ret = llvmTypeOf(ctx, spec.types.result);
  if (!ret) ret = llvm::Type::getInt8Ty(ctx);
  std::vector<llvm::Type *> params;
  for (const Type &a : spec.args) params.push_back(llvmTypeOf(ctx, a));
  auto *fty = FunctionType::get(StructType::get(ctx, {ret, llvm::Type::getInt1Ty(ctx)}), params,
                                false);
  Function *f = Function::Create(fty, Function::ExternalLinkage, spec.symbol, m);
  f->addFnAttr(Attribute::NoUnwind);
  // A list or tuple argument is a live object (its header is always readable): the optimizer
  // may then hoist header loads (size, storage, data) out of loops ahead of the checks on them.
  for (size_t i = 0; i < spec.args.size(); ++i)
    if (spec.args[i].is(K::List) || spec.args[i].is(K::Tuple)) {
      f->addParamAttr(unsigned(i), Attribute::NonNull);
      f->addParamAttr(unsigned(i), Attribute::NoUndef);
      f->addDereferenceableParamAttr(unsigned(i), spec.args[i].is(K::List) ? 64 : 24);
      f->addParamAttr(unsigned(i), Attribute::getWithAlignment(ctx, Align(8)));
    }
  return f;
}

Error FunctionEmitter::unsupported(int line, const std::string &what) {
  return createStringError(inconvertibleErrorCode(),
                           "line " + std::to_string(line) + ": cannot compile " + what);
}

Value *FunctionEmitter::cString(const std::string &s) {
  return b_.CreateGlobalStringPtr(s, ".str", 0, &m_);
}

Error FunctionEmitter::setUp() {
  size_t n = fn_.numRegs;
  uses_.assign(n, 0);
  singleDef_.assign(n, nullptr);
  skip_.assign(n, false);
  std::vector<int> defs(n, 0);
  std::vector<bool> checked(n, false);
  for (const ir::Block &block : fn_.blocks)
    for (const Instruction &inst : block.insts) {
      for (Reg r : inst.ops) ++uses_[r];
      for (Reg d : inst.dsts) {
        if (++defs[d] == 1) singleDef_[d] = &inst;
        else singleDef_[d] = nullptr;
      }
      if (inst.op == Op::CheckBound) checked[inst.ops[0]] = true;
    }
  findAbsCompares();
  findBorrowedRows();
  findSelectedSteps();

  f_ = declareTyped(m_, spec_);
  if (!f_->empty()) return Error::success();  // emitted already
  for (size_t i = 0; i < spec_.args.size(); ++i)
    if (!f_->getFunctionType()->getParamType(i))
      return unsupported(fn_.line, "a parameter of type " + spec_.args[i].toString());
  retType_ = cast<StructType>(f_->getReturnType())->getElementType(0);
  unlikely_ = MDBuilder(ctx_).createBranchWeights(1, 1 << 20);
  likely_ = MDBuilder(ctx_).createBranchWeights(1 << 20, 1);
  {
    // Refcounts, list/tuple headers, typed element arrays and boxed Value slots never overlap,
    // so an incref or a float store does not force a reload of a row's size or data pointer.
    MDBuilder md(ctx_);
    MDNode *root = md.createTBAARoot("fastjit objects");
    const char *names[kAccessCount] = {"refcount", "header", "elements", "value slot",
                                       "random state"};
    for (int a = 0; a < kAccessCount; ++a) {
      MDNode *type = md.createTBAAScalarTypeNode(names[a], root);
      tbaa_[a] = md.createTBAAStructTagNode(type, type, 0);
    }
  }

  BasicBlock *entry = BasicBlock::Create(ctx_, "entry", f_);
  b_.SetInsertPoint(entry);
  slots_.assign(n, nullptr);
  bound_.assign(n, nullptr);
  for (Reg r = 0; r < n; ++r) {
    const Type &t = typeOf(r);
    if (t.isUnknown()) continue;
    llvm::Type *lt = llvmTypeOf(ctx_, t);
    if (!lt) {
      int line = singleDef_[r] ? singleDef_[r]->line : fn_.line;
      std::string name = fn_.regNames[r].empty() ? "a value" : "'" + fn_.regNames[r] + "'";
      return unsupported(line, name + " of type " + t.toString() + " yet");
    }
    slots_[r] = b_.CreateAlloca(lt, nullptr, fn_.regNames[r].empty() ? "t" : fn_.regNames[r]);
    if (ownsReference(t)) b_.CreateStore(Constant::getNullValue(lt), slots_[r]);
    // A module loop's global that may be unbound on entry (codegen_region.cpp) has a flag even
    // when the loop never reads it: the exits store it back only if it was bound.
    bool flagged = region_ && region_->region->slots[r].kind == ir::RegionSlot::Kind::Global;
    if ((checked[r] || flagged) && r >= fn_.numParams) {
      bound_[r] = b_.CreateAlloca(b_.getInt1Ty(), nullptr, "bound");
      b_.CreateStore(b_.getFalse(), bound_[r]);
    }
  }
  retSlot_ = b_.CreateAlloca(retType_, nullptr, "ret");
  lineSlot_ = b_.CreateAlloca(b_.getInt32Ty(), nullptr, "line");
  depthSlot_ = b_.CreateAlloca(b_.getInt64Ty(), nullptr, "depth");
  for (Reg r = 0; r < fn_.numParams; ++r) {
    if (!slots_[r]) continue;
    Value *arg = f_->getArg(r);
    if (ownsReference(spec_.args[r])) retain(TV{arg, spec_.args[r]});  // the caller keeps its own
    // A parameter rebound to another type (n = n / 2) has a union slot: convert the argument.
    b_.CreateStore(coerce(TV{arg, spec_.args[r]}, typeOf(r)), slots_[r]);
  }

  // Recursion depth, shared by all compiled frames (RecursionError, never a stack overflow).
  GlobalVariable *depthVar = rt_.global("fj_call_depth");
  GlobalVariable *limitVar = rt_.global("fj_recursion_limit");
  Value *depth = b_.CreateLoad(b_.getInt64Ty(), depthVar);
  b_.CreateStore(depth, depthSlot_);
  Value *next = b_.CreateAdd(depth, b_.getInt64(1));
  Value *tooDeep = b_.CreateICmpSGT(next, b_.CreateLoad(b_.getInt64Ty(), limitVar));
  // A module loop runs in the module's frame, which the interpreter already counts.
  if (region_) {
    next = depth;
    tooDeep = b_.getFalse();
  }
  depthFailBlock_ = BasicBlock::Create(ctx_, "too_deep", f_);
  BasicBlock *body = BasicBlock::Create(ctx_, "body", f_);
  b_.CreateCondBr(tooDeep, depthFailBlock_, body, unlikely_);
  b_.SetInsertPoint(body);
  b_.CreateStore(next, depthVar);

  blocks_.clear();
  for (size_t i = 0; i < fn_.blocks.size(); ++i)
    blocks_.push_back(BasicBlock::Create(ctx_, "bb" + std::to_string(i), f_));
  b_.CreateBr(blocks_[0]);
  exitBlock_ = BasicBlock::Create(ctx_, "exit", f_);
  unwindBlock_ = BasicBlock::Create(ctx_, "unwind", f_);
  return Error::success();
}

Value *FunctionEmitter::tag(Value *loadOrStore, Access a) {
  if (auto *i = dyn_cast<llvm::Instruction>(loadOrStore)) i->setMetadata(LLVMContext::MD_tbaa, tbaa_[a]);
  return loadOrStore;
}

void FunctionEmitter::incref(Value *obj) {
  Value *rc = tag(b_.CreateLoad(b_.getInt64Ty(), obj), kRefcount);
  tag(b_.CreateStore(b_.CreateAdd(rc, b_.getInt64(1)), obj), kRefcount);
}

void FunctionEmitter::decref(Value *obj) {
  Value *rc = b_.CreateSub(tag(b_.CreateLoad(b_.getInt64Ty(), obj), kRefcount), b_.getInt64(1));
  tag(b_.CreateStore(rc, obj), kRefcount);
  BasicBlock *destroy = BasicBlock::Create(ctx_, "destroy", f_);
  BasicBlock *cont = BasicBlock::Create(ctx_, "cont", f_);
  b_.CreateCondBr(b_.CreateICmpEQ(rc, b_.getInt64(0)), destroy, cont);
  b_.SetInsertPoint(destroy);
  b_.CreateCall(rt_.get("fj_destroy"), {obj});
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

void FunctionEmitter::decrefIfNonNull(Value *obj) {
  BasicBlock *has = BasicBlock::Create(ctx_, "has_ref", f_);
  BasicBlock *cont = BasicBlock::Create(ctx_, "no_ref", f_);
  b_.CreateCondBr(b_.CreateIsNotNull(obj), has, cont);
  b_.SetInsertPoint(has);
  decref(obj);
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

TV FunctionEmitter::read(Reg r) {
  const Type &t = typeOf(r);
  return {b_.CreateLoad(slots_[r]->getAllocatedType(), slots_[r]), t};
}

void FunctionEmitter::write(Reg r, Value *v) {
  const Type &t = typeOf(r);
  if (ownsReference(t) && !borrowed_[r]) {
    Value *old = b_.CreateLoad(slots_[r]->getAllocatedType(), slots_[r]);
    b_.CreateStore(v, slots_[r]);
    release(TV{old, t});
  } else {
    b_.CreateStore(v, slots_[r]);
  }
  if (bound_[r]) b_.CreateStore(b_.getTrue(), bound_[r]);
}

void FunctionEmitter::releaseOwned() {
  for (Reg r = 0; r < fn_.numRegs; ++r)
    if (slots_[r] && ownsReference(typeOf(r)) && !borrowed_[r])
      release(TV{b_.CreateLoad(slots_[r]->getAllocatedType(), slots_[r]), typeOf(r)});
}

BasicBlock *FunctionEmitter::failBlock(int line) {
  auto it = failBlocks_.find(line);
  if (it != failBlocks_.end()) return it->second;
  IRBuilderBase::InsertPointGuard guard(b_);
  BasicBlock *bb = BasicBlock::Create(ctx_, "fail_line" + std::to_string(line), f_);
  b_.SetInsertPoint(bb);
  b_.CreateStore(b_.getInt32(line), lineSlot_);
  b_.CreateBr(unwindBlock_);
  failBlocks_[line] = bb;
  return bb;
}

void FunctionEmitter::failIf(Value *cond, int line) {
  BasicBlock *cont = BasicBlock::Create(ctx_, "ok", f_);
  b_.CreateCondBr(cond, failBlock(line), cont, unlikely_);
  b_.SetInsertPoint(cont);
}

void FunctionEmitter::checkStatus(Value *status, int line) {
  failIf(b_.CreateICmpNE(status, ConstantInt::get(status->getType(), 0)), line);
}

void FunctionEmitter::raise(int32_t excType, const std::string &message, int line) {
  b_.CreateCall(rt_.get("fj_raise"), {b_.getInt32(excType), cString(message)});
  b_.CreateBr(failBlock(line));
  b_.SetInsertPoint(BasicBlock::Create(ctx_, "dead", f_));
}

void FunctionEmitter::raiseNumeric(int32_t which, int line) {
  b_.CreateCall(rt_.get("fj_raise_numeric"), {b_.getInt32(which)});
  b_.CreateBr(failBlock(line));
  b_.SetInsertPoint(BasicBlock::Create(ctx_, "dead", f_));
}

void FunctionEmitter::emitExits() {
  GlobalVariable *depthVar = rt_.global("fj_call_depth");
  auto *retTy = cast<StructType>(f_->getReturnType());

  b_.SetInsertPoint(exitBlock_);
  Value *result = b_.CreateLoad(retType_, retSlot_);
  releaseOwned();
  b_.CreateStore(b_.CreateLoad(b_.getInt64Ty(), depthSlot_), depthVar);
  Value *ok = b_.CreateInsertValue(UndefValue::get(retTy), result, 0);
  b_.CreateRet(b_.CreateInsertValue(ok, b_.getFalse(), 1));

  b_.SetInsertPoint(unwindBlock_);
  b_.CreateCall(rt_.get("fj_traceback"),
                {cString(options_.file.empty() ? sp_.module().sourceName : options_.file), b_.CreateLoad(b_.getInt32Ty(), lineSlot_),
                 cString(fn_.name)});
  releaseOwned();
  b_.CreateStore(b_.CreateLoad(b_.getInt64Ty(), depthSlot_), depthVar);
  Value *failed = b_.CreateInsertValue(UndefValue::get(retTy), UndefValue::get(retType_), 0);
  b_.CreateRet(b_.CreateInsertValue(failed, b_.getTrue(), 1));

  // After a deoptimization: the interpreter has added this frame's traceback line (or the
  // result is pending for the caller, jit/deopt.h).
  if (deoptFailBlock_) {
    b_.SetInsertPoint(deoptFailBlock_);
    releaseOwned();
    b_.CreateStore(b_.CreateLoad(b_.getInt64Ty(), depthSlot_), depthVar);
    b_.CreateRet(b_.CreateInsertValue(failed, b_.getTrue(), 1));
  }

  // Too deep: raise before this frame exists (no traceback line of its own, no references yet).
  b_.SetInsertPoint(depthFailBlock_);
  b_.CreateCall(rt_.get("fj_raise_recursion"), {});
  b_.CreateRet(b_.CreateInsertValue(failed, b_.getTrue(), 1));
}

Expected<TV> FunctionEmitter::materializeConstant(const rt::Value &v, int line) {
  switch (v.tag()) {
  case rt::Tag::None: return TV{b_.getInt8(0), Type::none()};
  case rt::Tag::Bool: return TV{b_.getInt1(v.asBool()), Type::boolean()};
  case rt::Tag::Int: return TV{b_.getInt64(v.asInt()), Type::integer()};
  case rt::Tag::Float: return TV{ConstantFP::get(b_.getDoubleTy(), v.asFloat()), Type::floating()};
  case rt::Tag::Complex: {
    auto *ct = cast<StructType>(llvmTypeOf(ctx_, Type::complex()));
    Constant *parts[] = {ConstantFP::get(b_.getDoubleTy(), v.asComplex().re),
                         ConstantFP::get(b_.getDoubleTy(), v.asComplex().im)};
    return TV{ConstantStruct::get(ct, parts), Type::complex()};
  }
  default: break;
  }
  if (v.isObject(rt::ObjKind::Function)) return TV{b_.getInt8(0), ir::typeOfValue(v)};
  if (!v.isObject()) return unsupported(line, "a constant of type " + ir::typeOfValue(v).toString());
  // Any other object (a default value such as a list or a str): a borrowed pointer to it, the
  // runtime value pinned for the life of the process.
  Type t = ir::typeOfValue(v);
  Value *obj = pinnedObject(v);
  if (t.is(K::List) || t.is(K::Tuple)) return TV{obj, t};
  return TV{objectValue(obj), isBoxed(t) ? t : Type::dynamic()};
}

Error FunctionEmitter::lowerFunctionCall(const Instruction &inst, const Type &callee,
                                         size_t firstArg) {
  const ir::Function *target = sp_.functionOf(callee);
  auto *obj = static_cast<const rt::FunctionObject *>(callee.ref());
  std::vector<TV> args;
  for (size_t i = firstArg; i < inst.ops.size(); ++i) args.push_back(read(inst.ops[i]));
  for (size_t i = args.size(); i < target->numParams; ++i) {
    auto c = materializeConstant(obj->defaults[obj->defaults.size() - (target->numParams - i)],
                                 inst.line);
    if (!c) return c.takeError();
    args.push_back(*c);
  }
  std::vector<Type> types;
  for (const TV &a : args) types.push_back(a.t);
  auto spec = sp_.get(*target, types);
  if (!spec) return spec.takeError();
  Function *fn = declareTyped(m_, **spec);
  std::vector<Value *> values;
  for (const TV &a : args) values.push_back(a.v);
  Value *r = b_.CreateCall(fn, values);
  callFailed(b_.CreateExtractValue(r, 1), inst.dst(), inst.line);
  if (inst.dst() != ir::NoReg && slots_[inst.dst()]) {
    const Type &result = (*spec)->types.result;
    if (!sameRepresentation(result, typeOf(inst.dst())))
      return unsupported(inst.line, "a call whose result type changed during inference");
    write(inst.dst(), coerce(TV{b_.CreateExtractValue(r, 0), result}, typeOf(inst.dst())));
  }
  return Error::success();
}

Error FunctionEmitter::lowerCall(const Instruction &inst, const Type &callee, size_t firstArg) {
  if (inst.dst() != ir::NoReg && skip_[inst.dst()]) return Error::success();  // abs(z) < c
  if (callee.is(K::Function)) return lowerFunctionCall(inst, callee, firstArg);
  std::vector<TV> args;
  for (size_t i = firstArg; i < inst.ops.size(); ++i) args.push_back(read(inst.ops[i]));
  auto r = callBuiltin(inst, callee.name(), args);
  if (!r) return r.takeError();
  if (inst.dst() != ir::NoReg && slots_[inst.dst()]) write(inst.dst(), coerce(*r, typeOf(inst.dst())));
  return Error::success();
}

Value *FunctionEmitter::boxScalar(const TV &x) {
  auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
  AllocaInst *slot;
  {
    IRBuilderBase::InsertPointGuard guard(b_);
    b_.SetInsertPoint(&f_->getEntryBlock(), f_->getEntryBlock().begin());
    slot = b_.CreateAlloca(valueTy, nullptr, "boxed");
  }
  Value *payload = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), slot, 8);
  uint8_t tag = kTagNone;
  switch (x.t.kind()) {
  case K::Bool: tag = kTagBool; b_.CreateStore(b_.CreateZExt(x.v, b_.getInt64Ty()), payload); break;
  case K::Int: tag = kTagInt; b_.CreateStore(x.v, payload); break;
  case K::Float: tag = kTagFloat; b_.CreateStore(x.v, payload); break;
  case K::Complex:
    tag = kTagComplex;
    b_.CreateStore(b_.CreateExtractValue(x.v, 0), payload);
    b_.CreateStore(b_.CreateExtractValue(x.v, 1),
                   b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), slot, 16));
    break;
  case K::List:
  case K::Tuple: tag = kTagObject; b_.CreateStore(x.v, payload); break;  // borrowed
  case K::Function:
  case K::Builtin:
  case K::Module: tag = kTagObject; b_.CreateStore(objectConstant(x.t), payload); break;
  case K::Union:  // the same tags as rt::Value
    b_.CreateStore(b_.CreateExtractValue(x.v, 0), slot);
    b_.CreateStore(b_.CreateExtractValue(x.v, 1), payload);
    b_.CreateStore(b_.CreateExtractValue(x.v, 2), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), slot, 16));
    return slot;
  default:
    if (isBoxed(x.t)) {  // already a Value: the register keeps its reference
      b_.CreateStore(x.v, slot);
      return slot;
    }
    if (!x.t.is(K::None)) {  // a list iterator: never an operand of a generic operation
      b_.CreateCall(rt_.get("fj_raise_unexpected_type"), {cString("a value of type " + x.t.toString())});
      b_.CreateBr(failBlock(fn_.line));
      b_.SetInsertPoint(BasicBlock::Create(ctx_, "dead", f_));
    }
    b_.CreateStore(b_.getInt64(0), payload);
    break;
  }
  b_.CreateStore(b_.getInt8(tag), slot);
  return slot;
}

Value *FunctionEmitter::loadPayload(Value *addr, const Type &t) {
  switch (t.kind()) {
  case K::Bool: return b_.CreateICmpNE(b_.CreateLoad(b_.getInt64Ty(), addr), b_.getInt64(0));
  case K::Int: return b_.CreateLoad(b_.getInt64Ty(), addr);
  case K::Float: return b_.CreateLoad(b_.getDoubleTy(), addr);
  case K::Complex: return b_.CreateLoad(llvmTypeOf(ctx_, t), addr);
  default: return b_.getInt8(0);
  }
}

Error FunctionEmitter::lower(const Instruction &inst) {
  // Operands never typed: the instruction cannot run (its inputs are never produced).
  for (Reg r : inst.ops)
    if (typeOf(r).isUnknown() && inst.op != Op::CheckBound) {
      raise(int32_t(rt::ExcType::RuntimeError), "fastjit: internal error: untyped value", inst.line);
      if (ir::isTerminator(inst.op)) b_.CreateUnreachable();
      return Error::success();
    }
  if (spec_.types.isGeneric(inst)) return lowerGeneric(inst);
  Reg dst = inst.dst();
  auto writeTV = [&](Expected<TV> v) -> Error {
    if (!v) return v.takeError();
    if (dst != ir::NoReg && slots_[dst]) write(dst, coerce(*v, typeOf(dst)));
    return Error::success();
  };
  switch (inst.op) {
  case Op::LoadConst: {
    if (skip_[dst] || !slots_[dst]) return Error::success();
    const ir::Constant &c = fn_.consts[inst.imm];
    switch (c.kind) {
    case ir::Constant::Kind::None: write(dst, coerce(TV{b_.getInt8(0), Type::none()}, typeOf(dst))); break;
    case ir::Constant::Kind::Bool:
      write(dst, coerce(TV{b_.getInt1(c.i != 0), Type::boolean()}, typeOf(dst)));
      break;
    case ir::Constant::Kind::Int: write(dst, coerce(TV{b_.getInt64(c.i), Type::integer()}, typeOf(dst))); break;
    case ir::Constant::Kind::Float:
      write(dst, coerce(TV{ConstantFP::get(b_.getDoubleTy(), c.f), Type::floating()}, typeOf(dst)));
      break;
    case ir::Constant::Kind::Complex:
      return writeTV(materializeConstant(rt::Value::complex(c.f, c.im), inst.line));
    case ir::Constant::Kind::Str: {
      TV str{objectValue(pinnedObject(rt::makeStr(c.s))), Type::str()};
      retain(str);  // the register's own reference
      write(dst, coerce(str, typeOf(dst)));
      break;
    }
    }
    return Error::success();
  }
  case Op::Move:
    if (!slots_[dst]) return Error::success();
    {
      TV v = read(inst.ops[0]);
      if (ownsReference(v.t)) retain(v);
      write(dst, coerce(v, typeOf(dst)));
    }
    return Error::success();
  case Op::CheckBound: {
    Reg r = inst.ops[0];
    // A local never typed has no write that can run (each needs an untyped value): unbound.
    bool never = !slots_[r] && r >= fn_.numParams;
    if (!bound_[r] && !never) return Error::success();  // a parameter: always bound
    BasicBlock *unbound = BasicBlock::Create(ctx_, "unbound", f_);
    BasicBlock *ok = BasicBlock::Create(ctx_, "bound", f_);
    if (never) b_.CreateBr(unbound);
    else b_.CreateCondBr(b_.CreateLoad(b_.getInt1Ty(), bound_[r]), ok, unbound);
    b_.SetInsertPoint(unbound);
    if (inst.imm2 == 1)  // a global held in a register (ir/regions.h)
      raise(int32_t(rt::ExcType::NameError), "name '" + fn_.names[inst.imm] + "' is not defined",
            inst.line);
    else
      raise(int32_t(rt::ExcType::UnboundLocalError),
            "cannot access local variable '" + fn_.names[inst.imm] +
                "' where it is not associated with a value",
            inst.line);
    b_.CreateBr(ok);
    b_.SetInsertPoint(ok);
    return Error::success();
  }
  case Op::LoadGlobal: {
    if (region_) return lowerRegionGlobal(inst);
    if (!slots_[dst]) return Error::success();
    auto t = sp_.globalType(inst.imm);  // a constant (not generic): its type as inferred
    if (!t) return t.takeError();
    return writeTV(t->isScalar() ? materializeConstant(sp_.globalValue(inst.imm), inst.line)
                                 : Expected<TV>(TV{b_.getInt8(0), *t}));
  }
  case Op::Binary:
  case Op::InplaceBinary:
    return writeTV(split({read(inst.ops[0]), read(inst.ops[1])}, typeOf(dst),
                         [&](const std::vector<TV> &x) { return binary(inst, x[0], x[1]); }));
  case Op::Unary:
    return writeTV(split({read(inst.ops[0])}, typeOf(dst),
                         [&](const std::vector<TV> &x) { return unary(inst, x[0]); }));
  case Op::Compare: {
    TV folded;
    if (tryAbsCompare(inst, folded)) return writeTV(folded);
    return writeTV(split({read(inst.ops[0]), read(inst.ops[1])}, Type::boolean(),
                         [&](const std::vector<TV> &x) { return compare(inst, x[0], x[1]); }));
  }
  case Op::GetItem: {
    TV c = read(inst.ops[0]), i = read(inst.ops[1]);
    Value *index = toInt(i);
    if (c.t.is(K::List)) {
      Value *idx = normaliseIndex(c.v, index, false, inst.line);
      Value *v = loadListElement(c.v, idx, c.t.elem(), inst.line);
      // The register's own reference to the row (unless it only borrows it, see above).
      if (ownsReference(c.t.elem()) && !borrowed_[dst]) incref(v);
      return writeTV(TV{v, c.t.elem()});
    }
    // Tuples: only constant indexes reach here (infer.cpp); read the item's payload.
    const ir::Constant *position = constantOf(inst.ops[1]);
    if (!position) return unsupported(inst.line, "a variable index into a tuple yet");
    int64_t n = int64_t(c.t.items().size()), k = position->i;
    if (k < 0) k += n;
    if (k < 0 || k >= n) {
      raise(int32_t(rt::ExcType::IndexError), "tuple index out of range", inst.line);
      return Error::success();
    }
    Value *item = loadPayload(tupleItemPayload(c.v, b_.getInt64(k)), c.t.items()[k]);
    if (auto *cmp = dyn_cast<ICmpInst>(item)) tag(cmp->getOperand(0), kSlot);
    else tag(item, kSlot);
    return writeTV(TV{item, c.t.items()[k]});
  }
  case Op::SetItem: {
    TV c = read(inst.ops[0]), i = read(inst.ops[1]), v = read(inst.ops[2]);
    Value *idx = normaliseIndex(c.v, toInt(i), true, inst.line);
    storeListElement(c.v, idx, v, inst.line);
    return Error::success();
  }
  case Op::BuildList: {
    Value *list = b_.CreateCall(rt_.get("fj_list_new"), {b_.getInt64(inst.ops.size())});
    failIf(b_.CreateIsNull(list), inst.line);
    // Owned by the register from here on, so an append failure releases it (boxed if the
    // register is dynamic: `v = [i]` where v also holds other kinds).
    write(dst, coerce(TV{list, Type::list(Type())}, typeOf(dst)));
    for (Reg r : inst.ops)
      if (Error e = appendToList(list, read(r), inst.line)) return e;
    return Error::success();
  }
  case Op::BuildTuple: {
    // A tuple of constants (`for d in (-1, 0, 1)`) is made once, at compile time, as CPython
    // folds it into a constant: the code takes a reference to that immortal tuple.
    bool constant = !inst.ops.empty();
    for (Reg r : inst.ops)
      constant = constant && constantOf(r) && constantOf(r)->kind != ir::Constant::Kind::Str;
    if (constant) {
      std::vector<rt::Value> items;
      for (Reg r : inst.ops) items.push_back(ir::constantValue(*constantOf(r)));
      rt::Value tuple = rt::makeTuple(items.data(), int64_t(items.size()));
      if (!tuple.isError()) {
        static std::deque<rt::Value> constantTuples;  // alive for the process, like the code
        constantTuples.push_back(tuple);
        Value *t = b_.CreateIntToPtr(b_.getInt64(uint64_t(reinterpret_cast<uintptr_t>(tuple.asObject()))),
                                     b_.getPtrTy());
        incref(t);
        write(dst, coerce(TV{t, Type::tuple({})}, typeOf(dst)));
        return Error::success();
      }
      rt::clearPending();
    }
    auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
    AllocaInst *items;
    {
      IRBuilderBase::InsertPointGuard guard(b_);
      b_.SetInsertPoint(&f_->getEntryBlock(), f_->getEntryBlock().begin());
      items = b_.CreateAlloca(valueTy, b_.getInt64(std::max<size_t>(inst.ops.size(), 1)), "items");
    }
    for (size_t k = 0; k < inst.ops.size(); ++k) {
      Value *boxed = boxScalar(read(inst.ops[k]));
      b_.CreateMemCpy(b_.CreateConstInBoundsGEP1_64(valueTy, items, k), Align(8), boxed, Align(8),
                      24);
    }
    Value *t = b_.CreateCall(rt_.get("fj_make_tuple"), {items, b_.getInt64(inst.ops.size())});
    failIf(b_.CreateIsNull(t), inst.line);
    write(dst, coerce(TV{t, Type::tuple({})}, typeOf(dst)));
    return Error::success();
  }
  case Op::ListAppend:
    return appendToList(read(inst.ops[0]).v, read(inst.ops[1]), inst.line);
  case Op::UnpackSequence: {
    TV t = read(inst.ops[0]);
    for (size_t k = 0; k < inst.dsts.size(); ++k) {
      Value *addr = tupleItemPayload(t.v, b_.getInt64(int64_t(k)));
      if (slots_[inst.dsts[k]])
        write(inst.dsts[k], coerce(TV{loadPayload(addr, t.t.items()[k]), t.t.items()[k]},
                                   typeOf(inst.dsts[k])));
    }
    return Error::success();
  }
  case Op::Call: return lowerCall(inst, typeOf(inst.ops[0]), 1);
  case Op::CallMethod: {
    const Type &self = typeOf(inst.ops[0]);
    const std::string &method = fn_.names[inst.imm];
    if (self.is(K::Module)) return lowerCall(inst, Type::builtin(nullptr, self.name() + "." + method), 1);
    std::string prefix = self.is(K::List) ? "list." : self.is(K::Complex) ? "complex." : "float.";
    return lowerCall(inst, Type::builtin(nullptr, prefix + method), 0);
  }
  case Op::GetAttr: {
    TV o = read(inst.ops[0]);
    const std::string &attr = fn_.names[inst.imm];
    if (o.t.is(K::Complex))
      return writeTV(TV{b_.CreateExtractValue(o.v, attr == "real" ? 0 : 1), Type::floating()});
    Type member = o.t.is(K::Module) ? sp_.moduleMemberType(o.t.name(), attr) : Type();
    if (member.is(K::Float)) {  // a module constant such as math.pi
      rt::Value mod = rt::importModule(o.t.name());
      if (mod.isError()) return unsupported(inst.line, "module " + o.t.name());
      rt::Value v = rt::moduleGetAttr(rt::asModule(mod), attr);
      if (v.isError()) {
        rt::clearPending();
        return unsupported(inst.line, o.t.name() + "." + attr);
      }
      return writeTV(materializeConstant(v, inst.line));
    }
    return writeTV(TV{b_.getInt8(0), member});  // a module function, called later
  }
  case Op::GetIter: {
    TV c = read(inst.ops[0]);
    if (!isTypedIterator(typeOf(dst)))
      return unsupported(inst.line, "an iterator of type " + typeOf(dst).toString());
    auto *it = cast<StructType>(slots_[dst]->getAllocatedType());
    incref(c.v);
    Value *state = b_.CreateInsertValue(UndefValue::get(it), c.v, 0);
    return writeTV(TV{b_.CreateInsertValue(state, b_.getInt64(0), 1), typeOf(dst)});
  }
  case Op::ForIter: {
    TV it = read(inst.ops[0]);
    Value *list = b_.CreateExtractValue(it.v, 0), *i = b_.CreateExtractValue(it.v, 1);
    BasicBlock *more = BasicBlock::Create(ctx_, "iter_next", f_);
    if (it.t.elem().is(K::Tuple)) {  // every item has one number type (ir::tupleItemType)
      const Type &tuple = it.t.elem();
      Type item = ir::tupleItemType(tuple);
      Value *size = b_.getInt64(int64_t(tuple.items().size()));  // a tuple never changes size
      b_.CreateCondBr(b_.CreateICmpSLT(i, size), more, blocks_[inst.targets[1]]);
      b_.SetInsertPoint(more);
      Value *v = loadPayload(tupleItemPayload(list, i), item);
      b_.CreateStore(b_.CreateInsertValue(it.v, b_.CreateAdd(i, b_.getInt64(1)), 1),
                     slots_[inst.ops[0]]);
      if (slots_[dst]) write(dst, coerce(TV{v, item}, typeOf(dst)));
      b_.CreateBr(blocks_[inst.targets[0]]);
      return Error::success();
    }
    b_.CreateCondBr(b_.CreateICmpSLT(i, listSize(list)), more, blocks_[inst.targets[1]]);
    b_.SetInsertPoint(more);
    const Type &elem = it.t.elem().elem();
    Value *v = loadListElement(list, i, elem, inst.line);
    if (ownsReference(elem)) incref(v);
    b_.CreateStore(b_.CreateInsertValue(it.v, b_.CreateAdd(i, b_.getInt64(1)), 1),
                   slots_[inst.ops[0]]);
    if (slots_[dst]) write(dst, coerce(TV{v, elem}, typeOf(dst)));
    b_.CreateBr(blocks_[inst.targets[0]]);
    return Error::success();
  }
  case Op::ForRangeInit: {
    std::vector<Value *> a;
    for (size_t k = 1; k < inst.ops.size(); ++k) a.push_back(toInt(read(inst.ops[k])));
    Value *start = a.size() == 1 ? b_.getInt64(0) : a[0];
    Value *stop = a.size() == 1 ? a[0] : a[1];
    Value *step = a.size() == 3 ? a[2] : b_.getInt64(1);
    if (a.size() == 3) {
      BasicBlock *zero = BasicBlock::Create(ctx_, "step_zero", f_);
      BasicBlock *ok = BasicBlock::Create(ctx_, "step_ok", f_);
      b_.CreateCondBr(b_.CreateICmpEQ(step, b_.getInt64(0)), zero, ok, unlikely_);
      b_.SetInsertPoint(zero);
      raise(int32_t(rt::ExcType::ValueError), "range() arg 3 must not be zero", inst.line);
      b_.CreateBr(ok);
      b_.SetInsertPoint(ok);
    }
    write(inst.dsts[0], coerce(TV{start, Type::integer()}, typeOf(inst.dsts[0])));
    write(inst.dsts[1], coerce(TV{stop, Type::integer()}, typeOf(inst.dsts[1])));
    write(inst.dsts[2], coerce(TV{step, Type::integer()}, typeOf(inst.dsts[2])));
    return Error::success();
  }
  case Op::ForRangeNext: {
    Value *cur = read(inst.ops[0]).v, *stop = read(inst.ops[1]).v, *step = read(inst.ops[2]).v;
    Value *up = b_.CreateICmpSGT(step, b_.getInt64(0));
    Value *more = b_.CreateSelect(up, b_.CreateICmpSLT(cur, stop), b_.CreateICmpSGT(cur, stop));
    BasicBlock *body = BasicBlock::Create(ctx_, "range_next", f_);
    b_.CreateCondBr(more, body, blocks_[inst.targets[1]]);
    b_.SetInsertPoint(body);
    // cur += step; on overflow cur becomes stop (ir.h), which ends the loop next time.
    Value *sum = b_.CreateBinaryIntrinsic(Intrinsic::sadd_with_overflow, cur, step);
    Value *nextCur = b_.CreateSelect(b_.CreateExtractValue(sum, 1), stop,
                                     b_.CreateExtractValue(sum, 0));
    if (slots_[inst.dsts[0]]) write(inst.dsts[0], coerce(TV{cur, Type::integer()}, typeOf(inst.dsts[0])));
    write(inst.dsts[1], coerce(TV{nextCur, Type::integer()}, typeOf(inst.dsts[1])));
    b_.CreateBr(blocks_[inst.targets[0]]);
    return Error::success();
  }
  case Op::RaiseAssert: {
    Value *msg = inst.ops.empty() ? ConstantPointerNull::get(b_.getPtrTy()) : boxScalar(read(inst.ops[0]));
    b_.CreateCall(rt_.get("fj_dyn_raise_assert"), {msg});
    b_.CreateBr(failBlock(inst.line));
    b_.SetInsertPoint(BasicBlock::Create(ctx_, "dead", f_));
    return Error::success();
  }
  case Op::Import:  // math, time, random, sys: a module known by name, nothing to do at run time
    if (slots_[dst]) write(dst, coerce(TV{b_.getInt8(0), Type::module(fn_.names[inst.imm])}, typeOf(dst)));
    return Error::success();
  case Op::RaiseError:
    raise(inst.sub, fn_.consts[inst.imm].s, inst.line);
    return Error::success();
  case Op::Jump: b_.CreateBr(blocks_[inst.targets[0]]); return Error::success();
  case Op::Branch: {
    if (auto sel = selectedSteps_.find(curBlock_); sel != selectedSteps_.end()) {
      const Instruction &step = *sel->second.step;
      Value *c = truthy(read(inst.ops[0]));
      Value *k = read(step.ops[1]).v, *zero = b_.getInt64(0);
      Value *delta = sel->second.onTrue ? b_.CreateSelect(c, k, zero) : b_.CreateSelect(c, zero, k);
      Value *n = intArith(step.binaryOp() == rt::BinaryOp::Add ? Intrinsic::sadd_with_overflow
                                                                 : Intrinsic::ssub_with_overflow,
                          read(step.ops[0]).v, delta, step.line);
      write(step.dsts[0], n);
      b_.CreateBr(blocks_[sel->second.join]);
      return Error::success();
    }
    auto cond = split({read(inst.ops[0])}, Type::boolean(), [&](const std::vector<TV> &x) {
      return Expected<TV>(TV{truthy(x[0]), Type::boolean()});
    });
    if (!cond) return cond.takeError();
    b_.CreateCondBr(cond->v, blocks_[inst.targets[0]], blocks_[inst.targets[1]]);
    return Error::success();
  }
  case Op::StoreGlobal:  // (generic, in functions: lowerGeneric)
    if (region_) return lowerRegionGlobal(inst);
    return unsupported(inst.line, "an assignment to a global variable");
  case Op::Return: {
    if (region_) return lowerRegionExit(inst);
    TV v = read(inst.ops[0]);
    if (ownsReference(v.t)) retain(v);
    if (!sameRepresentation(v.t, spec_.types.result))
      return unsupported(inst.line, "returning " + v.t.toString() + " where " +
                                        spec_.types.result.toString() + " was inferred");
    Value *r = coerce(v, spec_.types.result);
    b_.CreateStore(r, retSlot_);
    b_.CreateBr(exitBlock_);
    return Error::success();
  }
  default:
    return unsupported(inst.line, std::string("the instruction ") + ir::opName(inst.op));
  }
}

Error FunctionEmitter::emit() {
  if (Error e = setUp()) return e;
  if (f_->size() > 0 && blocks_.empty()) return Error::success();
  for (size_t i = 0; i < fn_.blocks.size(); ++i) {
    b_.SetInsertPoint(blocks_[i]);
    curBlock_ = uint32_t(i);
    curInst_ = 0;
    for (const Instruction &inst : fn_.blocks[i].insts) {
      if (Error e = lower(inst)) return e;
      ++curInst_;
    }
    if (!b_.GetInsertBlock()->getTerminator()) b_.CreateUnreachable();  // after a raise
  }
  emitExits();
  // Blocks left open after a raise (no predecessors) are dead: terminate them.
  for (BasicBlock &bb : *f_)
    if (!bb.getTerminator()) {
      b_.SetInsertPoint(&bb);
      b_.CreateUnreachable();
    }
  return Error::success();
}

Value *loadUnboxed(IRBuilder<> &b, Module &m, Value *addr, const Type &t) {
  LLVMContext &ctx = m.getContext();
  Value *payload = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), addr, 8);
  if (isBoxed(t)) return b.CreateLoad(boxedLLVMType(ctx), addr);  // the Value itself, borrowed
  switch (t.kind()) {
  case K::Bool: return b.CreateICmpNE(b.CreateLoad(b.getInt64Ty(), payload), b.getInt64(0));
  case K::Int: return b.CreateLoad(b.getInt64Ty(), payload);
  case K::Float: return b.CreateLoad(b.getDoubleTy(), payload);
  case K::Complex: return b.CreateLoad(llvmTypeOf(ctx, t), payload);
  case K::List:
  case K::Tuple: return b.CreateLoad(b.getPtrTy(), payload);  // borrowed
  case K::Union: return b.CreateLoad(unionLLVMType(ctx), addr);  // a Value has the union's layout
  case K::None:
  case K::Function:
  case K::Builtin:
  case K::Module: return b.getInt8(0);  // known from the type alone
  case K::Iterator: {  // a list iterator: the list and the next index
    if (!t.elem().is(K::List)) return nullptr;
    AllocaInst *index = b.CreateAlloca(b.getInt64Ty());
    Value *list = b.CreateCall(RuntimeDecls(m).get("fj_unbox_list_iter"), {addr, index});
    auto *st = cast<StructType>(llvmTypeOf(ctx, t));
    Value *state = b.CreateInsertValue(UndefValue::get(st), list, 0);
    return b.CreateInsertValue(state, b.CreateLoad(b.getInt64Ty(), index), 1);
  }
  default: return nullptr;
  }
}

Error FunctionEmitter::emitBoxed(Module &m, const ir::Specialization &spec) {
  LLVMContext &ctx = m.getContext();
  IRBuilder<> b(ctx);
  Function *typed = declareTyped(m, spec);
  auto *fty = FunctionType::get(b.getInt32Ty(), {b.getPtrTy(), b.getPtrTy()}, false);
  Function *f = Function::Create(fty, Function::ExternalLinkage, boxedEntryName(spec), m);
  b.SetInsertPoint(BasicBlock::Create(ctx, "entry", f));
  Value *args = f->getArg(0), *out = f->getArg(1);
  std::vector<Value *> values;
  for (size_t i = 0; i < spec.args.size(); ++i) {
    Value *v = loadUnboxed(b, m, b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), args, 24 * i), spec.args[i]);
    if (!v)
      return createStringError(inconvertibleErrorCode(),
                               "line " + std::to_string(spec.fn->line) +
                                   ": cannot compile a parameter of type " + spec.args[i].toString());
    values.push_back(v);
  }
  Value *r = b.CreateCall(typed, values);
  BasicBlock *fail = BasicBlock::Create(ctx, "fail", f), *ok = BasicBlock::Create(ctx, "ok", f);
  b.CreateCondBr(b.CreateExtractValue(r, 1), fail, ok);
  b.SetInsertPoint(fail);
  // Deoptimized with a result of another type than the specialization's (jit/deopt.h): that
  // Value is the call's result; else an exception is pending.
  Value *taken = b.CreateCall(RuntimeDecls(m).get("fj_deopt_take_result"), {out});
  b.CreateRet(b.CreateSelect(b.CreateICmpNE(taken, b.getInt32(0)), b.getInt32(0), b.getInt32(-1)));
  b.SetInsertPoint(ok);
  Value *v = b.CreateExtractValue(r, 0);
  Value *payload = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), out, 8);
  uint8_t tag = kTagNone;
  const Type &t = spec.types.result;
  switch (t.kind()) {
  case K::Bool: tag = kTagBool; b.CreateStore(b.CreateZExt(v, b.getInt64Ty()), payload); break;
  case K::Int: tag = kTagInt; b.CreateStore(v, payload); break;
  case K::Float: tag = kTagFloat; b.CreateStore(v, payload); break;
  case K::Complex: tag = kTagComplex; b.CreateStore(v, payload); break;
  case K::List:
  case K::Tuple: tag = kTagObject; b.CreateStore(v, payload); break;  // owned: moves into *out
  case K::Union:  // same tags as rt::Value: copy tag, payload and the imaginary part
    b.CreateStore(b.CreateExtractValue(v, 0), out);
    b.CreateStore(b.CreateExtractValue(v, 1), payload);
    b.CreateStore(b.CreateExtractValue(v, 2), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), out, 16));
    b.CreateRet(b.getInt32(0));
    return Error::success();
  case K::None:
  case K::Unknown: break;
  default:
    if (isBoxed(t)) {  // an owned Value: moves into *out
      b.CreateStore(v, out);
      b.CreateRet(b.getInt32(0));
      return Error::success();
    }
    return createStringError(inconvertibleErrorCode(),
                             "line " + std::to_string(spec.fn->line) +
                                 ": cannot compile a result of type " + t.toString());
  }
  b.CreateStore(b.getInt8(tag), out);
  b.CreateRet(b.getInt32(0));
  return Error::success();
}

Error emitSpecializations(Module &m, ir::Specializer &specializer,
                          const std::vector<ir::Specialization *> &specs,
                          const CodegenOptions &options) {
  for (ir::Specialization *spec : specs) {
    FunctionEmitter emitter(m, specializer, *spec, options);
    if (Error e = emitter.emit())
      return createStringError(inconvertibleErrorCode(),
                               spec->name + ": " + toString(std::move(e)));
    if (Error e = FunctionEmitter::emitBoxed(m, *spec))
      return createStringError(inconvertibleErrorCode(),
                               spec->name + ": " + toString(std::move(e)));
    spec->emitted = true;
  }
  return Error::success();
}

}  // namespace fastjit::jit
