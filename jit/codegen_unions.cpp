// Codegen, part 3: small unions of scalars (`x = 0` then `x += 0.5` makes x an int|float).
// A union value is { i8 tag, i64 payload, double imag } with the tags of rt::Value (the payload
// holds an int, a bool, or a double's bits; imag only for complex), so every union type shares one
// LLVM type and converting between unions is free. Operations on unions are split: a switch on the
// operands' tags leads to one typed copy of the operation per combination of members (Julia's
// union splitting), and the results meet in a phi, converted to the destination's type.
#include "jit/codegen_impl.h"

namespace fastjit::jit {

using namespace llvm;

llvm::Type *unionLLVMType(LLVMContext &ctx) {
  return StructType::get(ctx, {llvm::Type::getInt8Ty(ctx), llvm::Type::getInt64Ty(ctx),
                               llvm::Type::getDoubleTy(ctx)});
}

Value *FunctionEmitter::coerce(const TV &v, const Type &target) {
  if (isBoxed(target)) return isBoxed(v.t) ? v.v : boxOwned(v);
  if (v.t == target || !target.is(K::Union)) return v.v;
  if (v.t.is(K::Union)) return v.v;  // a narrower union: same representation
  llvm::Type *ut = unionLLVMType(ctx_);
  Value *payload = b_.getInt64(0), *imag = ConstantFP::get(b_.getDoubleTy(), 0.0);
  switch (v.t.kind()) {
  case K::Bool: payload = b_.CreateZExt(v.v, b_.getInt64Ty()); break;
  case K::Int: payload = v.v; break;
  case K::Float: payload = b_.CreateBitCast(v.v, b_.getInt64Ty()); break;
  case K::Complex:
    payload = b_.CreateBitCast(b_.CreateExtractValue(v.v, 0), b_.getInt64Ty());
    imag = b_.CreateExtractValue(v.v, 1);
    break;
  default: break;
  }
  Value *u = b_.CreateInsertValue(UndefValue::get(ut), b_.getInt8(tagOf(v.t)), 0);
  u = b_.CreateInsertValue(u, payload, 1);
  return b_.CreateInsertValue(u, imag, 2);
}

// The member `m` of union value u (its tag already checked).
static Value *member(IRBuilder<> &b, Value *u, const Type &m, LLVMContext &ctx) {
  Value *payload = b.CreateExtractValue(u, 1);
  switch (m.kind()) {
  case K::Bool: return b.CreateICmpNE(payload, b.getInt64(0));
  case K::Int: return payload;
  case K::Float: return b.CreateBitCast(payload, b.getDoubleTy());
  case K::Complex: {
    Value *z = b.CreateInsertValue(UndefValue::get(llvmTypeOf(ctx, m)),
                                   b.CreateBitCast(payload, b.getDoubleTy()), 0);
    return b.CreateInsertValue(z, b.CreateExtractValue(u, 2), 1);
  }
  default: return b.getInt8(0);
  }
}

Expected<TV> FunctionEmitter::split(const std::vector<TV> &operands, const Type &result,
                                    const SplitBody &body) {
  // Find the first union operand; with none, this is the typed operation itself.
  size_t u = 0;
  while (u < operands.size() && !operands[u].t.is(K::Union)) ++u;
  if (u == operands.size()) {
    auto r = body(operands);
    if (!r) return r.takeError();
    return TV{coerce(*r, result), result};
  }
  const std::vector<Type> &members = operands[u].t.items();
  Value *tag = b_.CreateExtractValue(operands[u].v, 0);
  BasicBlock *merge = BasicBlock::Create(ctx_, "split_done", f_);
  std::vector<BasicBlock *> cases;
  for (size_t i = 0; i < members.size(); ++i)
    cases.push_back(BasicBlock::Create(ctx_, "is_" + members[i].toString(), f_));
  // The tag is always one of the members; the default goes to the first case rather than to
  // undefined behaviour.
  SwitchInst *sw = b_.CreateSwitch(tag, cases[0], unsigned(members.size()));
  for (size_t i = 0; i < members.size(); ++i) sw->addCase(b_.getInt8(tagOf(members[i])), cases[i]);
  std::vector<std::pair<Value *, BasicBlock *>> incoming;
  for (size_t i = 0; i < members.size(); ++i) {
    b_.SetInsertPoint(cases[i]);
    std::vector<TV> typed = operands;
    typed[u] = TV{member(b_, operands[u].v, members[i], ctx_), members[i]};
    auto r = split(typed, result, body);  // further union operands split inside
    if (!r) return r.takeError();
    incoming.push_back({r->v, b_.GetInsertBlock()});
    b_.CreateBr(merge);
  }
  b_.SetInsertPoint(merge);
  PHINode *phi = b_.CreatePHI(incoming[0].first->getType(), unsigned(incoming.size()));
  for (auto &[v, bb] : incoming) phi->addIncoming(v, bb);
  return TV{phi, result};
}

}  // namespace fastjit::jit
