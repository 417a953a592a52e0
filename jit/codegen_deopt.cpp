// Codegen of deoptimization exits (see jit/deopt.h for the whole mechanism): where compiled code
// goes when a type it assumed does not hold at run time.
//   * A guard of the instruction being lowered fails (a row of a list of lists is not a list,
//     a list's storage changed under a typed read or store): the interpreter runs the rest of the
//     call from that instruction, which it re-runs generically.
//   * An instruction has run but its result is of another type than assumed (a builtin's result,
//     a compiled callee that deoptimized and came back with a value of another type): the same,
//     from the next instruction, with the result in the instruction's destination register.
// An exit is one call of fj_deopt with the registers live there as i64 words, described by a
// DeoptSite built here (one instruction per word keeps the cold code, and the time to optimize
// it, small). The interpreter's result is returned through the typed ABI when it has the
// specialization's result type, else left pending for the caller (fj_deopt_set_result). In a
// module loop the same two situations use the loop's own exit (codegen_region.cpp: write back,
// resume the module). A register live at the exit that cannot be boxed (none in practice: every
// type a register can have here is boxable) keeps the old behaviour for that one exit:
// RuntimeError "compiled code met an unexpected type".
#include "jit/codegen_impl.h"

#include "ir/regions.h"
#include "jit/deopt.h"

namespace fastjit::jit {

using namespace llvm;
using ir::Reg;

bool FunctionEmitter::canBox(Reg r) {
  if (skip_[r]) return false;  // abs(z) folded into a compare: never computed
  const Type &t = typeOf(r);
  if (isBoxed(t) || boxable(t)) return true;
  if (t.is(K::Builtin) || t.is(K::Module)) return knownObject(t) != nullptr;
  return false;
}

Value *FunctionEmitter::deoptValueSlot() {
  if (!deoptValue_) deoptValue_ = valueSlots(1, "deopt_value");
  return deoptValue_;
}

BasicBlock *FunctionEmitter::raiseUnexpectedBlock(const std::string &what, int line) {
  IRBuilderBase::InsertPointGuard guard(b_);
  BasicBlock *bb = BasicBlock::Create(ctx_, "unexpected_type", f_);
  b_.SetInsertPoint(bb);
  b_.CreateCall(rt_.get("fj_raise_unexpected_type"), {cString(what)});
  b_.CreateBr(failBlock(line));
  return bb;
}

bool FunctionEmitter::regionCanLeave(uint32_t block, uint32_t inst) {
  const ir::Region &region = *region_->region;
  for (Reg r : region.liveWritten(block, inst)) {
    Reg s = region.regOfModuleReg(r);
    if (s != ir::NoReg && slots_[s] && !canBox(s)) return false;
  }
  for (uint32_t g : region.promoted) {
    Reg s = region.regOfGlobal(g);
    if (s != ir::NoReg && slots_[s] && !canBox(s)) return false;
  }
  return true;
}

BasicBlock *FunctionEmitter::guardFailure(const std::string &what, int line) {
  if (region_) {
    const ir::Region &region = *region_->region;
    uint32_t block = region.blockOrigin[curBlock_], inst = region.instOrigin[curBlock_][curInst_];
    if (regionCanLeave(block, inst)) return deoptBlock(block, inst);
    return raiseUnexpectedBlock(what, line);
  }
  uint64_t key = (uint64_t(curBlock_) << 32) | curInst_;
  auto it = functionDeopts_.find(key);
  if (it != functionDeopts_.end()) return it->second;
  BasicBlock *bb = functionDeopt(curBlock_, curInst_, ir::NoReg, nullptr, line);
  if (!bb) bb = raiseUnexpectedBlock(what, line);
  functionDeopts_[key] = bb;
  return bb;
}

void FunctionEmitter::deoptAfter(Reg dst, Value *valueAddr, const std::string &what, int line) {
  if (region_) {
    const ir::Region &region = *region_->region;
    uint32_t block = region.blockOrigin[curBlock_];
    uint32_t inst = region.instOrigin[curBlock_][curInst_] + 1;
    bool toRegister = dst == ir::NoReg || region.slots[dst].kind == ir::RegionSlot::Kind::Register;
    if (toRegister && regionCanLeave(block, inst)) {
      writeBack(region.liveWritten(block, inst));
      if (dst != ir::NoReg) {
        Value *file = f_->getArg(fn_.numParams);
        b_.CreateCall(rt_.get("fj_move_value"),
                      {b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), file, 24 * uint64_t(region.slots[dst].index)),
                       valueAddr});
      } else {
        release(TV{b_.CreateLoad(boxedLLVMType(ctx_), valueAddr), Type::dynamic()});
      }
      b_.CreateStore(b_.getInt64((uint64_t(block) << 32) | inst), retSlot_);
      b_.CreateBr(exitBlock_);
      return;
    }
  } else if (BasicBlock *bb = functionDeopt(curBlock_, curInst_ + 1, dst, valueAddr, line)) {
    b_.CreateBr(bb);
    return;
  }
  release(TV{b_.CreateLoad(boxedLLVMType(ctx_), valueAddr), Type::dynamic()});
  b_.CreateBr(raiseUnexpectedBlock(what, line));
}

void FunctionEmitter::callFailed(Value *failed, Reg dst, int line) {
  BasicBlock *fail = BasicBlock::Create(ctx_, "call_failed", f_);
  BasicBlock *cont = BasicBlock::Create(ctx_, "call_ok", f_);
  b_.CreateCondBr(failed, fail, cont, unlikely_);
  b_.SetInsertPoint(fail);
  Value *slot = deoptValueSlot();
  Value *taken = b_.CreateCall(rt_.get("fj_deopt_take_result"), {slot});
  BasicBlock *deopt = BasicBlock::Create(ctx_, "callee_deoptimized", f_);
  b_.CreateCondBr(b_.CreateICmpNE(taken, b_.getInt32(0)), deopt, failBlock(line));
  b_.SetInsertPoint(deopt);
  deoptAfter(dst, slot, "the result of a call", line);
  b_.SetInsertPoint(cont);
}

BasicBlock *FunctionEmitter::functionDeopt(uint32_t block, uint32_t inst, Reg dst, Value *valueAddr,
                                           int line) {
  if (!liveness_) {
    liveness_ = std::make_unique<ir::Liveness>(fn_);
    constants_ = ir::constantRegisters(fn_);
  }
  std::vector<Reg> live;
  for (unsigned r : liveness_->before(block, inst).set_bits()) {
    // Constants are in the interpreter's fresh register file already (runtime/interp/decoded.h).
    if (Reg(r) == dst || !slots_[r] || (constants_[r] && r >= fn_.numParams)) continue;
    if (!canBox(Reg(r))) return nullptr;
    live.push_back(Reg(r));
  }
  DeoptSite &site = newDeoptSite();
  site.fn = &fn_;
  site.numRegs = fn_.numRegs;
  site.block = block;
  site.inst = inst;
  if (valueAddr) site.dst = dst;
  site.file = options_.file.empty() ? sp_.module().sourceName : options_.file;
  site.line = line;
  IRBuilderBase::InsertPointGuard guard(b_);
  BasicBlock *bb = BasicBlock::Create(
      ctx_, "deopt" + std::to_string(block) + "_" + std::to_string(inst), f_);
  b_.SetInsertPoint(bb);
  Value *out = deoptValueSlot();
  std::vector<Value *> args = {
      b_.CreateIntToPtr(b_.getInt64(uint64_t(reinterpret_cast<uintptr_t>(&site))), b_.getPtrTy()),
      valueAddr ? valueAddr : ConstantPointerNull::get(b_.getPtrTy()), out};
  auto word = [&](Value *v) {
    if (v->getType()->isDoubleTy()) v = b_.CreateBitCast(v, b_.getInt64Ty());
    else if (v->getType()->isPointerTy()) v = b_.CreatePtrToInt(v, b_.getInt64Ty());
    else if (v->getType() != b_.getInt64Ty()) v = b_.CreateZExt(v, b_.getInt64Ty());
    args.push_back(v);
  };
  // Each live register as words (jit/deopt.h, DeoptSlot); fj_deopt boxes them.
  for (Reg r : live) {
    DeoptSlot slot;
    slot.reg = r;
    TV x = read(r);
    if (bound_[r]) {
      slot.maybeUnbound = true;
      word(b_.CreateLoad(b_.getInt1Ty(), bound_[r]));
    }
    if (x.t.isScalar() && !x.t.is(K::Complex)) {
      slot.kind = DeoptSlot::Scalar;
      slot.tag = rt::Tag(tagOf(x.t));
      if (!x.t.is(K::None)) word(x.v);
    } else if (x.t.is(K::Complex)) {
      slot.kind = DeoptSlot::Complex;
      word(b_.CreateExtractValue(x.v, 0));
      word(b_.CreateExtractValue(x.v, 1));
    } else if (x.t.is(K::Union) || isBoxed(x.t)) {  // both laid out as a Value
      slot.kind = DeoptSlot::Value3;
      for (unsigned k = 0; k < 3; ++k) word(b_.CreateExtractValue(x.v, k));
    } else if (x.t.is(K::List) || x.t.is(K::Tuple)) {
      slot.kind = DeoptSlot::Object;
      word(x.v);
    } else if (x.t.is(K::Iterator)) {  // over a list or a tuple (others are boxed)
      slot.kind = x.t.elem().is(K::Tuple) ? DeoptSlot::TupleIter : DeoptSlot::ListIter;
      word(b_.CreateExtractValue(x.v, 0));
      word(b_.CreateExtractValue(x.v, 1));
    } else {  // a function, builtin or module (canBox: its object is known)
      slot.kind = DeoptSlot::Constant;
      slot.object = knownObject(x.t);
    }
    site.slots.push_back(slot);
  }
  Value *status = b_.CreateCall(rt_.get("fj_deopt"), args);
  // Every exit continues in one shared block: the result is in the shared slot either way.
  if (!deoptReturn_) {
    IRBuilderBase::InsertPointGuard again(b_);
    deoptReturn_ = BasicBlock::Create(ctx_, "deopt_returned", f_);
    b_.SetInsertPoint(deoptReturn_);
    deoptStatus_ = b_.CreatePHI(b_.getInt32Ty(), 4, "deopt_status");
    BasicBlock *resumed = BasicBlock::Create(ctx_, "deopt_result", f_);
    if (!deoptFailBlock_) deoptFailBlock_ = BasicBlock::Create(ctx_, "unwind_resumed", f_);
    b_.CreateCondBr(b_.CreateICmpEQ(deoptStatus_, b_.getInt32(0)), resumed, deoptFailBlock_);
    b_.SetInsertPoint(resumed);
    returnDeoptResult(out);
  }
  deoptStatus_->addIncoming(status, b_.GetInsertBlock());
  b_.CreateBr(deoptReturn_);
  return bb;
}

void FunctionEmitter::returnDeoptResult(Value *out) {
  const Type &t = spec_.types.result;
  Value *tagv = b_.CreateLoad(b_.getInt8Ty(), out);
  Value *payload = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), out, 8);
  Value *fits = nullptr, *result = nullptr;
  if (t.isScalar()) {
    fits = b_.CreateICmpEQ(tagv, b_.getInt8(tagOf(t)));
    result = loadPayload(payload, t);
  } else if (t.is(K::Union) && retType_ == unionLLVMType(ctx_)) {  // a union of scalars
    fits = b_.getFalse();
    for (const Type &m : t.items()) fits = b_.CreateOr(fits, b_.CreateICmpEQ(tagv, b_.getInt8(tagOf(m))));
    result = b_.CreateLoad(unionLLVMType(ctx_), out);
  } else if (t.isDynamic()) {  // any Value, its reference moving into the result
    fits = b_.getTrue();
    result = b_.CreateLoad(boxedLLVMType(ctx_), out);
  }
  BasicBlock *other = BasicBlock::Create(ctx_, "deopt_other_type", f_);
  if (fits) {
    BasicBlock *same = BasicBlock::Create(ctx_, "deopt_same_type", f_);
    b_.CreateCondBr(fits, same, other);
    b_.SetInsertPoint(same);
    b_.CreateStore(result, retSlot_);
    b_.CreateBr(exitBlock_);
  } else {
    b_.CreateBr(other);
  }
  b_.SetInsertPoint(other);
  b_.CreateCall(rt_.get("fj_deopt_set_result"), {out});
  if (!deoptFailBlock_) deoptFailBlock_ = BasicBlock::Create(ctx_, "unwind_resumed", f_);
  b_.CreateBr(deoptFailBlock_);
}

}  // namespace fastjit::jit
