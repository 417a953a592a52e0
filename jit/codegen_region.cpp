// Codegen for module-level loops (see RegionCode in codegen.h and ir/regions.h): the parts of a
// compiled loop that differ from a compiled function. The loop body itself is lowered by the
// ordinary FunctionEmitter; here are
//   * the entry, which unboxes the loop's live-in registers from the interpreter's register file
//     and its promoted globals from the global table, and calls the typed loop function;
//   * the exits: each writes back the registers the interpreter reads after the loop (and the
//     promoted globals the loop assigned) and returns the block the interpreter continues at;
//   * globals kept in the table: writes box into the table at once (functions called from the
//     loop may read them); reads are guarded by the type seen at compile time, and a failed
//     guard is a deoptimization exit: everything is written back and the interpreter resumes
//     at that very instruction.
// The typed loop function takes the register file as one extra, last, parameter.
#include "jit/codegen_impl.h"

#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/builtins.h"
#include "runtime/list.h"
#include "runtime/modules.h"

namespace fastjit::jit {

using namespace llvm;
using ir::Instruction;
using ir::Op;
using ir::Reg;

std::string regionEntryName(const ir::Specialization &spec) { return spec.symbol + ".entry"; }

bool boxable(const Type &t) {
  return t.isScalar() || t.is(K::Union) || t.is(K::List) || t.is(K::Tuple) ||
         isTypedIterator(t) || (t.is(K::Function) && t.ref());
}

// Modules and builtins are never freed anyway: keeping them alive costs nothing.
const void *knownObject(const Type &t) {
  static std::vector<rt::Value> keep;
  if (t.ref()) return t.ref();
  rt::Value v;
  const std::string &name = t.name();
  if (t.is(K::Module)) {
    v = rt::importModule(name);
  } else {
    size_t dot = name.find('.');
    if (dot == std::string::npos) {
      v = rt::lookupBuiltin(name);
    } else {
      rt::Value mod = rt::importModule(name.substr(0, dot));
      if (!mod.isError()) v = rt::moduleGetAttr(rt::asModule(mod), name.substr(dot + 1));
      else v = mod;
    }
  }
  if (v.isError() || !v.isObject()) {
    rt::clearPending();
    return nullptr;
  }
  keep.push_back(v);
  return v.asObject();
}

namespace {

uint64_t encodeResume(uint32_t block, uint32_t inst) { return (uint64_t(block) << 32) | inst; }

}  // namespace

Value *FunctionEmitter::globalAddress(uint32_t slot) {
  return b_.CreateIntToPtr(b_.getInt64(uint64_t(reinterpret_cast<uintptr_t>(sp_.globalSlot(slot)))),
                           b_.getPtrTy());
}

void FunctionEmitter::storeBoxed(Value *addr, const TV &x) {
  auto *valueTy = ArrayType::get(b_.getInt64Ty(), 3);
  auto stackValue = [&] {
    IRBuilderBase::InsertPointGuard guard(b_);
    b_.SetInsertPoint(&f_->getEntryBlock(), f_->getEntryBlock().begin());
    return b_.CreateAlloca(valueTy, nullptr, "writeback");
  };
  switch (isBoxed(x.t) ? K::Dynamic : x.t.kind()) {
  case K::Iterator:
    b_.CreateCall(rt_.get(x.t.elem().is(K::Tuple) ? "fj_store_tuple_iter" : "fj_store_list_iter"),
                  {addr, b_.CreateExtractValue(x.v, 0), b_.CreateExtractValue(x.v, 1)});
    return;
  case K::Union:
  case K::Dynamic: {  // both laid out as a Value: { tag, payload, imaginary part / unused }
    Value *tmp = stackValue();
    b_.CreateStore(b_.CreateExtractValue(x.v, 0), tmp);
    b_.CreateStore(b_.CreateExtractValue(x.v, 1), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), tmp, 8));
    b_.CreateStore(b_.CreateExtractValue(x.v, 2), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), tmp, 16));
    b_.CreateCall(rt_.get("fj_store_value"), {addr, tmp});
    return;
  }
  case K::Function:
  case K::Builtin:
  case K::Module: {
    // Known at compile time: the object itself (a module temporary between `math` and `.sqrt`).
    const void *object = x.t.is(K::Function) ? x.t.ref() : knownObject(x.t);
    if (!object) break;
    Value *tmp = stackValue();
    b_.CreateStore(b_.getInt8(kTagObject), tmp);
    b_.CreateStore(b_.CreateIntToPtr(b_.getInt64(uint64_t(reinterpret_cast<uintptr_t>(object))),
                                     b_.getPtrTy()),
                   b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), tmp, 8));
    b_.CreateCall(rt_.get("fj_store_value"), {addr, tmp});
    return;
  }
  default:
    if (!boxable(x.t)) break;
    b_.CreateCall(rt_.get("fj_store_value"), {addr, boxScalar(x)});
    return;
  }
  if (regionRefusal_.empty())
    regionRefusal_ = "a value of type " + x.t.toString() + " the interpreter needs after it";
}

void FunctionEmitter::writeBack(const std::vector<Reg> &regs) {
  const ir::Region &region = *region_->region;
  Value *file = f_->getArg(fn_.numParams);
  for (Reg r : regs) {
    Reg s = region.regOfModuleReg(r);
    if (s == ir::NoReg || !slots_[s]) continue;
    storeBoxed(b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), file, 24 * uint64_t(r)), read(s));
  }
  for (uint32_t g : region.promoted) {
    Reg s = region.regOfGlobal(g);
    if (s == ir::NoReg || !slots_[s]) continue;
    bool stored = false;
    for (const ir::Block &block : fn_.blocks)
      for (const Instruction &inst : block.insts)
        for (Reg d : inst.dsts) stored |= d == s;
    if (!stored) continue;  // the table still holds it
    BasicBlock *cont = nullptr;
    if (bound_[s]) {
      BasicBlock *store = BasicBlock::Create(ctx_, "store_global", f_);
      cont = BasicBlock::Create(ctx_, "stored_global", f_);
      b_.CreateCondBr(b_.CreateLoad(b_.getInt1Ty(), bound_[s]), store, cont);
      b_.SetInsertPoint(store);
    }
    storeBoxed(globalAddress(g), read(s));
    if (cont) {
      b_.CreateBr(cont);
      b_.SetInsertPoint(cont);
    }
  }
}

BasicBlock *FunctionEmitter::deoptBlock(uint32_t block, uint32_t inst) {
  uint64_t code = encodeResume(block, inst);
  auto it = deoptBlocks_.find(code);
  if (it != deoptBlocks_.end()) return it->second;
  IRBuilderBase::InsertPointGuard guard(b_);
  BasicBlock *bb = BasicBlock::Create(ctx_, "deopt", f_);
  b_.SetInsertPoint(bb);
  writeBack(region_->region->liveWritten(block, inst));
  b_.CreateStore(b_.getInt64(code), retSlot_);
  b_.CreateBr(exitBlock_);
  deoptBlocks_[code] = bb;
  return bb;
}

Error FunctionEmitter::lowerRegionExit(const Instruction &) {
  uint32_t target = region_->region->exitTarget[curBlock_];
  writeBack(region_->region->liveWritten(target, 0));
  b_.CreateStore(b_.getInt64(encodeResume(target, 0)), retSlot_);
  b_.CreateBr(exitBlock_);
  return Error::success();
}

Error FunctionEmitter::lowerRegionGlobal(const Instruction &inst) {
  uint32_t slot = inst.imm;
  if (inst.op == Op::StoreGlobal) {
    storeBoxed(globalAddress(slot), read(inst.ops[0]));
    return Error::success();
  }
  Reg dst = inst.dst();
  const Type &t = region_->guardTypes[slot];
  const rt::Value &seen = *region_->guardValues[slot];
  if (region_->constant[slot]) {  // a def, an import, a builtin: no guard, no load
    if (dst == ir::NoReg || !slots_[dst]) return Error::success();
    if (t.isScalar()) {
      auto c = materializeConstant(seen, inst.line);
      if (!c) return c.takeError();
      write(dst, coerce(*c, typeOf(dst)));
    } else {
      write(dst, coerce(TV{b_.getInt8(0), t}, typeOf(dst)));
    }
    return Error::success();
  }
  const ir::Region &region = *region_->region;
  BasicBlock *deopt = deoptBlock(region.blockOrigin[curBlock_], region.instOrigin[curBlock_][curInst_]);
  Value *addr = globalAddress(slot);
  Value *payloadAddr = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), addr, 8);
  Value *v;
  if (t.isScalar()) {
    guardGlobalType(slot, t, deopt);
    v = loadPayload(payloadAddr, t);
  } else if (t.is(K::List)) {
    guardGlobalType(slot, t, deopt);
    v = b_.CreateLoad(b_.getPtrTy(), payloadAddr);
    if (dst != ir::NoReg && slots_[dst]) incref(v);  // the register's own reference
  } else {
    // Functions, modules, builtins (or an unbound name resolved to a builtin): the same object.
    Value *tagv = tag(b_.CreateLoad(b_.getInt8Ty(), addr), kSlot);
    guardOr(deopt, b_.CreateICmpEQ(tagv, b_.getInt8(uint8_t(seen.tag()))), "global_tag");
    if (seen.isObject()) {
      Value *obj = b_.CreateLoad(b_.getInt64Ty(), payloadAddr);
      guardOr(deopt, b_.CreateICmpEQ(obj, b_.getInt64(uint64_t(reinterpret_cast<uintptr_t>(seen.asObject())))),
            "global_same");
    }
    v = b_.getInt8(0);
  }
  if (dst != ir::NoReg && slots_[dst]) write(dst, coerce(TV{v, t}, typeOf(dst)));
  return Error::success();
}

// Continues at a new block `name` when cond holds (the likely case), else leaves for `fail`.
void FunctionEmitter::guardOr(BasicBlock *fail, Value *cond, const char *name) {
  BasicBlock *ok = BasicBlock::Create(ctx_, name, f_);
  b_.CreateCondBr(cond, ok, fail, likely_);
  b_.SetInsertPoint(ok);
}

Value *FunctionEmitter::guardGlobalType(uint32_t slot, const Type &t, BasicBlock *deopt) {
  Value *addr = globalAddress(slot);
  Value *payloadAddr = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), addr, 8);
  Value *tagv = tag(b_.CreateLoad(b_.getInt8Ty(), addr), kSlot);
  if (t.isScalar()) {
    guardOr(deopt, b_.CreateICmpEQ(tagv, b_.getInt8(tagOf(t))), "global_typed");
    return payloadAddr;
  }
  guardOr(deopt, b_.CreateICmpEQ(tagv, b_.getInt8(kTagObject)), "global_object");
  Value *v = b_.CreateLoad(b_.getPtrTy(), payloadAddr);
  Value *kind = tag(b_.CreateLoad(b_.getInt8Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), v, 8)),
                    kHeader);
  guardOr(deopt, b_.CreateICmpEQ(kind, b_.getInt8(uint8_t(rt::ObjKind::List))), "global_list");
  Value *storageOk;
  if (t.elem().isUnknown()) {
    Value *storage = tag(b_.CreateLoad(b_.getInt8Ty(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), v, 16)),
                         kHeader);
    storageOk = b_.CreateICmpEQ(storage, b_.getInt8(uint8_t(rt::ListStorage::Empty)));
  } else {
    storageOk = storageMatches(v, t.elem());
  }
  guardOr(deopt, storageOk, "global_storage");
  return payloadAddr;
}

Error FunctionEmitter::emitRegionEntry(Module &m, const RegionCode &rc) {
  LLVMContext &ctx = m.getContext();
  IRBuilder<> b(ctx);
  const ir::Specialization &spec = *rc.spec;
  Function *typed = m.getFunction(spec.symbol);
  auto *fty = FunctionType::get(b.getInt64Ty(), {b.getPtrTy()}, false);
  Function *f = Function::Create(fty, Function::ExternalLinkage, regionEntryName(spec), m);
  b.SetInsertPoint(BasicBlock::Create(ctx, "entry", f));
  Value *regs = f->getArg(0);
  std::vector<Value *> values;
  for (size_t i = 0; i < spec.args.size(); ++i) {
    const ir::RegionSlot &slot = rc.region->slots[i];
    Value *addr =
        slot.kind == ir::RegionSlot::Kind::Register
            ? b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), regs, 24 * uint64_t(slot.index))
            : b.CreateIntToPtr(b.getInt64(uint64_t(reinterpret_cast<uintptr_t>(rc.globals + slot.index))),
                               b.getPtrTy());
    Value *v = loadUnboxed(b, m, addr, spec.args[i]);
    if (!v)
      return createStringError(inconvertibleErrorCode(), "line " + std::to_string(spec.fn->line) +
                                                             ": cannot compile a value of type " +
                                                             spec.args[i].toString() + " live into the loop");
    values.push_back(v);
  }
  values.push_back(regs);
  Value *r = b.CreateCall(typed, values);
  b.CreateRet(b.CreateSelect(b.CreateExtractValue(r, 1), b.getInt64(-1), b.CreateExtractValue(r, 0)));
  return Error::success();
}

Error emitRegion(Module &m, ir::Specializer &specializer, const RegionCode &rc,
                 const CodegenOptions &options) {
  LLVMContext &ctx = m.getContext();
  const ir::Specialization &spec = *rc.spec;
  auto fail = [&](const std::string &why) {
    return createStringError(inconvertibleErrorCode(), "line " + std::to_string(spec.fn->line) +
                                                           ": cannot compile " + why);
  };
  if (!spec.types.result.is(K::Int)) return fail("this loop: it has no exit");
  std::vector<llvm::Type *> params;
  for (const Type &a : spec.args) {
    llvm::Type *t = llvmTypeOf(ctx, a);
    if (!t) return fail("a value of type " + a.toString() + " live into the loop");
    params.push_back(t);
  }
  params.push_back(PointerType::get(ctx, 0));
  auto *fty = FunctionType::get(
      StructType::get(ctx, {llvm::Type::getInt64Ty(ctx), llvm::Type::getInt1Ty(ctx)}), params, false);
  Function *f = Function::Create(fty, Function::ExternalLinkage, spec.symbol, m);
  f->addFnAttr(Attribute::NoUnwind);
  f->addFnAttr("frame-pointer", "all");
  FunctionEmitter emitter(m, specializer, *rc.spec, options, &rc);
  if (Error e = emitter.emit()) return e;
  if (!emitter.regionRefusal().empty()) return fail(emitter.regionRefusal());
  return FunctionEmitter::emitRegionEntry(m, rc);
}

}  // namespace fastjit::jit
