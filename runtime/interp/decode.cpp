// Decoding an ir::Function into the interpreter's flat instruction array (see decoded.h). Runs once
// per function; everything that can be decided before running is decided here: operator-specific
// opcodes, jump targets as array indices, constants as Values, fused compare-and-branch.
#include "runtime/interp/decoded.h"

#include "runtime/interp/interpreter.h"
#include "ir/specialize.h"
#include "ir/regions.h"
#include "runtime/str.h"

#include <cassert>

namespace fastjit::interp {

using rt::Value;


namespace {

DOp binaryOpcode(rt::BinaryOp op) {
  switch (op) {
  case rt::BinaryOp::Add: return DOp::Add;
  case rt::BinaryOp::Sub: return DOp::Sub;
  case rt::BinaryOp::Mul: return DOp::Mul;
  case rt::BinaryOp::TrueDiv: return DOp::TrueDiv;
  case rt::BinaryOp::FloorDiv: return DOp::FloorDiv;
  case rt::BinaryOp::Mod: return DOp::Mod;
  default: return DOp::BinaryGeneric;
  }
}

DOp compareOpcode(rt::CompareOp op, bool fused) {
  switch (op) {
  case rt::CompareOp::Lt: return fused ? DOp::BrLt : DOp::Lt;
  case rt::CompareOp::Le: return fused ? DOp::BrLe : DOp::Le;
  case rt::CompareOp::Eq: return fused ? DOp::BrEq : DOp::Eq;
  case rt::CompareOp::Ne: return fused ? DOp::BrNe : DOp::Ne;
  case rt::CompareOp::Gt: return fused ? DOp::BrGt : DOp::Gt;
  case rt::CompareOp::Ge: return fused ? DOp::BrGe : DOp::Ge;
  default: return fused ? DOp::BrCompareGeneric : DOp::CompareGeneric;
  }
}

}  // namespace

DecodedFunction *decode(ModuleState &state, const ir::Function &fn) {
  if (fn.interpCache) return static_cast<DecodedFunction *>(fn.interpCache);
  auto owned = std::make_unique<DecodedFunction>();
  DecodedFunction &d = *owned;
  d.fn = &fn;
  d.state = &state;
  d.numRegs = fn.numRegs;
  d.numParams = fn.numParams;
  d.names = fn.names;
  for (const ir::Constant &c : fn.consts) d.consts.push_back(ir::constantValue(c));
  for (const auto &set : fn.keywordSets) d.keywords.push_back(rt::KeywordNames{set});

  // How often each register is read: a compare whose result only feeds the next branch is fused.
  // How often it is written: a constant register written once is preloaded from regTemplate.
  std::vector<uint32_t> reads(fn.numRegs, 0), writes(fn.numRegs, 0);
  for (const ir::Block &b : fn.blocks)
    for (const ir::Instruction &inst : b.insts) {
      for (ir::Reg r : inst.ops) ++reads[r];
      for (ir::Reg r : inst.dsts) ++writes[r];
    }
  d.regTemplate.assign(fn.numRegs, Value::error());
  auto preloaded = [&](const ir::Instruction &inst) {
    return inst.op == ir::Op::LoadConst && writes[inst.dsts[0]] == 1 && inst.dsts[0] >= fn.numParams;
  };
  for (const ir::Block &b : fn.blocks)
    for (const ir::Instruction &inst : b.insts)
      if (preloaded(inst)) d.regTemplate[inst.dsts[0]] = d.consts[inst.imm];
  auto fusable = [&](const ir::Block &b, size_t i) {
    const ir::Instruction &inst = b.insts[i];
    if (inst.op != ir::Op::Compare || i + 1 >= b.insts.size()) return false;
    const ir::Instruction &next = b.insts[i + 1];
    return next.op == ir::Op::Branch && next.ops[0] == inst.dsts[0] && reads[inst.dsts[0]] == 1;
  };

  // The loops of the module's code open with LoopEntry (RunOptions::onLoopEntry). An inner
  // loop's is reached only when its enclosing loop runs here (not compiled, or after a guard
  // failed): then the inner loop may be compiled on its own.
  std::vector<bool> loopHeader(fn.blocks.size(), false);
  bool loops = fn.isModule() && state.options && state.options->onLoopEntry;
  if (loops)
    for (const ir::Loop &loop : ir::naturalLoops(fn)) loopHeader[loop.header] = true;

  // Pass 1: where each block starts in the flat array.
  std::vector<uint32_t> start(fn.blocks.size());
  uint32_t count = 0;
  for (size_t bi = 0; bi < fn.blocks.size(); ++bi) {
    start[bi] = count;
    if (loopHeader[bi]) ++count;
    const ir::Block &b = fn.blocks[bi];
    for (size_t i = 0; i < b.insts.size(); ++i) {
      if (preloaded(b.insts[i])) continue;
      if (fusable(b, i)) ++i;  // the branch merges into the compare
      ++count;
    }
  }

  // Pass 2: emit.
  d.code.reserve(count);
  d.resume.resize(fn.blocks.size());
  for (size_t bi = 0; bi < fn.blocks.size(); ++bi) {
    const ir::Block &b = fn.blocks[bi];
    if (loopHeader[bi]) {
      DInst x;
      x.op = DOp::LoopEntry;
      x.a = uint32_t(bi);
      x.line = b.insts.front().line;
      d.code.push_back(x);
    }
    d.resume[bi].assign(b.insts.size(), 0);
    for (size_t i = 0; i < b.insts.size(); ++i) {
      const ir::Instruction &inst = b.insts[i];
      d.resume[bi][i] = uint32_t(d.code.size());
      // The branch of a fused pair maps to its compare; never a resume point in practice (no
      // guard is at a branch, and the instruction before it is the compare, not a call).
      if (fusable(b, i)) d.resume[bi][i + 1] = uint32_t(d.code.size());
      if (preloaded(inst)) continue;
      DInst x;
      x.line = inst.line;
      x.ir = &inst;
      x.sub = inst.sub;
      auto op = [&](size_t k) { return inst.ops[k]; };
      switch (inst.op) {
      case ir::Op::LoadConst: x.op = DOp::LoadConst; x.a = inst.dst(); x.b = inst.imm; break;
      case ir::Op::Move: x.op = DOp::Move; x.a = inst.dst(); x.b = op(0); break;
      case ir::Op::CheckBound: x.op = DOp::CheckBound; x.a = op(0); x.b = inst.imm; break;
      case ir::Op::LoadGlobal: x.op = DOp::LoadGlobal; x.a = inst.dst(); x.b = inst.imm; break;
      case ir::Op::StoreGlobal: x.op = DOp::StoreGlobal; x.a = inst.imm; x.b = op(0); break;
      case ir::Op::Binary:
      case ir::Op::InplaceBinary:
        x.op = binaryOpcode(inst.binaryOp());
        if (inst.op == ir::Op::InplaceBinary) x.sub |= kInplace;
        x.a = inst.dst(); x.b = op(0); x.c = op(1);
        break;
      case ir::Op::Unary:
        x.op = inst.unaryOp() == rt::UnaryOp::Neg ? DOp::Neg
               : inst.unaryOp() == rt::UnaryOp::Not ? DOp::Not : DOp::UnaryGeneric;
        x.a = inst.dst(); x.b = op(0);
        break;
      case ir::Op::Compare:
        if (fusable(b, i)) {
          const ir::Instruction &br = b.insts[i + 1];
          x.op = compareOpcode(inst.compareOp(), true);
          x.b = op(0); x.c = op(1);
          x.t1 = start[br.targets[0]];
          x.t2 = start[br.targets[1]];
          ++i;
        } else {
          x.op = compareOpcode(inst.compareOp(), false);
          x.a = inst.dst(); x.b = op(0); x.c = op(1);
        }
        break;
      case ir::Op::GetItem: x.op = DOp::GetItem; x.a = inst.dst(); x.b = op(0); x.c = op(1); break;
      case ir::Op::SetItem: x.op = DOp::SetItem; x.a = op(0); x.b = op(1); x.c = op(2); break;
      case ir::Op::DelItem: x.op = DOp::DelItem; x.a = op(0); x.b = op(1); break;
      case ir::Op::GetSlice: x.op = DOp::GetSlice; x.a = inst.dst(); break;
      case ir::Op::GetAttr:
        x.op = DOp::GetAttr; x.a = inst.dst(); x.b = op(0); x.c = inst.imm;
        x.d = uint32_t(d.attrCaches.size());
        d.attrCaches.emplace_back();
        break;
      case ir::Op::BuildList: x.op = DOp::BuildList; x.a = inst.dst(); break;
      case ir::Op::BuildTuple: x.op = DOp::BuildTuple; x.a = inst.dst(); break;
      case ir::Op::ListAppend: x.op = DOp::ListAppend; x.a = op(0); x.b = op(1); break;
      case ir::Op::UnpackSequence: x.op = DOp::Unpack; x.b = op(0); break;
      case ir::Op::Call: x.op = DOp::Call; x.a = inst.dst(); x.c = inst.imm; break;
      case ir::Op::CallMethod:
        x.op = DOp::CallMethod; x.a = inst.dst(); x.b = inst.imm; x.c = inst.imm2;
        x.d = uint32_t(d.attrCaches.size());
        d.attrCaches.emplace_back();
        if (fn.names[inst.imm] == "append" && inst.ops.size() == 2 && inst.imm2 == ir::NoIndex)
          x.method = FastMethod::Append;
        break;
      case ir::Op::MakeFunction: x.op = DOp::MakeFunction; x.a = inst.dst(); x.b = inst.imm; break;
      case ir::Op::Import: x.op = DOp::Import; x.a = inst.dst(); x.b = inst.imm; break;
      case ir::Op::FormatValue: x.op = DOp::FormatValue; x.a = inst.dst(); break;
      case ir::Op::BuildString: x.op = DOp::BuildString; x.a = inst.dst(); break;
      case ir::Op::GetIter: x.op = DOp::GetIter; x.a = inst.dst(); x.b = op(0); break;
      case ir::Op::ForRangeInit: x.op = DOp::ForRangeInit; break;
      case ir::Op::RaiseAssert: x.op = DOp::RaiseAssert; break;
      case ir::Op::RaiseError: x.op = DOp::RaiseError; x.b = inst.imm; break;
      case ir::Op::Jump: x.op = DOp::Jump; x.t1 = start[inst.targets[0]]; break;
      case ir::Op::Branch:
        x.op = DOp::Branch; x.a = op(0);
        x.t1 = start[inst.targets[0]]; x.t2 = start[inst.targets[1]];
        break;
      case ir::Op::ForIter:
        x.op = DOp::ForIter; x.a = inst.dst(); x.b = op(0);
        x.t1 = start[inst.targets[0]]; x.t2 = start[inst.targets[1]];
        break;
      case ir::Op::ForRangeNext:
        x.op = DOp::ForRangeNext; x.a = inst.dsts[0];
        x.b = op(0); x.c = op(1); x.d = op(2);
        x.t1 = start[inst.targets[0]]; x.t2 = start[inst.targets[1]];
        break;
      case ir::Op::Return: x.op = DOp::Return; x.a = op(0); break;
      }
      d.code.push_back(x);
    }
  }
  assert(d.code.size() == count);
  DecodedFunction *raw = owned.get();
  state.decoded.push_back(std::move(owned));
  fn.interpCache = raw;
  return raw;
}

}  // namespace fastjit::interp
