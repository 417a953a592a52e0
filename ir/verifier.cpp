// The IR verifier (see verifier.h). Each rule here is one invariant of ir/ir.h; when ir.h gains an
// opcode, its operand shape is added to checkShape.
#include "ir/verifier.h"

#include "ir/assigned.h"

#include <string>

namespace fastjit::ir {

namespace {

struct Checker {
  const Module &module;
  const Function &fn;
  size_t block = 0, index = 0;
  std::string problem;

  bool fail(const std::string &msg) {
    if (problem.empty())
      problem = "function " + fn.name + ", bb" + std::to_string(block) + ", inst " +
                std::to_string(index) + ": " + msg;
    return false;
  }

  bool counts(const Instruction &inst, size_t dsts, size_t minOps, size_t maxOps) {
    if (inst.dsts.size() != dsts)
      return fail(std::string(opName(inst.op)) + " needs " + std::to_string(dsts) + " destination(s)");
    if (inst.ops.size() < minOps || inst.ops.size() > maxOps)
      return fail(std::string(opName(inst.op)) + " has " + std::to_string(inst.ops.size()) + " operands");
    return true;
  }

  bool checkShape(const Instruction &inst) {
    const size_t many = ~size_t(0);
    switch (inst.op) {
    case Op::LoadConst:
      if (inst.imm >= fn.consts.size()) return fail("constant index out of range");
      return counts(inst, 1, 0, 0);
    case Op::Move: return counts(inst, 1, 1, 1);
    case Op::CheckBound:
      if (inst.imm >= fn.names.size()) return fail("name index out of range");
      if (!counts(inst, 0, 1, 1)) return false;
      if (inst.ops[0] >= fn.regNames.size() || fn.regNames[inst.ops[0]].empty())
        return fail("check_bound of a temporary");
      return true;
    case Op::LoadGlobal:
      if (inst.imm >= module.globals.size()) return fail("global index out of range");
      return counts(inst, 1, 0, 0);
    case Op::StoreGlobal:
      if (inst.imm >= module.globals.size()) return fail("global index out of range");
      return counts(inst, 0, 1, 1);
    case Op::Binary:
    case Op::InplaceBinary:
      if (inst.sub > uint8_t(rt::BinaryOp::BitXor)) return fail("bad binary operator");
      return counts(inst, 1, 2, 2);
    case Op::Unary:
      if (inst.sub > uint8_t(rt::UnaryOp::Not)) return fail("bad unary operator");
      return counts(inst, 1, 1, 1);
    case Op::Compare:
      if (inst.sub > uint8_t(rt::CompareOp::NotIn)) return fail("bad comparison operator");
      return counts(inst, 1, 2, 2);
    case Op::GetItem: return counts(inst, 1, 2, 2);
    case Op::SetItem: return counts(inst, 0, 3, 3);
    case Op::DelItem: return counts(inst, 0, 2, 2);
    case Op::GetSlice: return counts(inst, 1, 4, 4);
    case Op::GetAttr:
      if (inst.imm >= fn.names.size()) return fail("name index out of range");
      return counts(inst, 1, 1, 1);
    case Op::BuildList:
    case Op::BuildTuple:
    case Op::BuildString: return counts(inst, 1, 0, many);
    case Op::ListAppend: return counts(inst, 0, 2, 2);
    case Op::UnpackSequence:
      if (inst.dsts.empty()) return fail("unpack with no targets");
      if (inst.ops.size() != 1) return fail("unpack needs one operand");
      return true;
    case Op::Call:
      if (inst.imm != NoIndex && inst.imm >= fn.keywordSets.size()) return fail("bad keyword set");
      if (inst.imm != NoIndex && fn.keywordSets[inst.imm].size() + 1 > inst.ops.size())
        return fail("more keyword names than arguments");
      return counts(inst, 1, 1, many);
    case Op::CallMethod:
      if (inst.imm >= fn.names.size()) return fail("name index out of range");
      if (inst.imm2 != NoIndex && inst.imm2 >= fn.keywordSets.size()) return fail("bad keyword set");
      if (inst.imm2 != NoIndex && fn.keywordSets[inst.imm2].size() + 1 > inst.ops.size())
        return fail("more keyword names than arguments");
      return counts(inst, 1, 1, many);
    case Op::MakeFunction:
      if (inst.imm == 0 || inst.imm >= module.functions.size()) return fail("bad function index");
      if (inst.ops.size() > module.functions[inst.imm]->numParams) return fail("more defaults than parameters");
      return counts(inst, 1, 0, many);
    case Op::Import:
      if (inst.imm >= fn.names.size()) return fail("name index out of range");
      return counts(inst, 1, 0, 0);
    case Op::FormatValue:
      if (inst.sub > 2) return fail("bad conversion");
      return counts(inst, 1, 1, 2);
    case Op::GetIter: return counts(inst, 1, 1, 1);
    case Op::ForRangeInit: return counts(inst, 3, 2, 4);
    case Op::RaiseAssert: return counts(inst, 0, 0, 1);
    case Op::RaiseError:
      if (inst.imm >= fn.consts.size() || fn.consts[inst.imm].kind != Constant::Kind::Str)
        return fail("raise needs a str constant message");
      return counts(inst, 0, 0, 0);
    case Op::Jump: return counts(inst, 0, 0, 0);
    case Op::Branch: return counts(inst, 0, 1, 1);
    case Op::ForIter: return counts(inst, 1, 1, 1);
    case Op::ForRangeNext:
      if (!counts(inst, 2, 3, 3)) return false;
      if (inst.dsts[1] != inst.ops[0]) return fail("for_range_next must update its counter");
      return true;
    case Op::Return: return counts(inst, 0, 1, 1);
    }
    return fail("unknown opcode");
  }

  bool run() {
    if (fn.blocks.empty()) return fail("function has no blocks");
    if (fn.regNames.size() != fn.numRegs) return fail("regNames size differs from numRegs");
    if (fn.numParams > fn.numRegs) return fail("more parameters than registers");
    for (block = 0; block < fn.blocks.size(); ++block) {
      const Block &b = fn.blocks[block];
      if (b.insts.empty()) return fail("empty block");
      for (index = 0; index < b.insts.size(); ++index) {
        const Instruction &inst = b.insts[index];
        bool last = index + 1 == b.insts.size();
        if (isTerminator(inst.op) != last)
          return fail(last ? "block does not end with a terminator" : "terminator in mid-block");
        if (!checkShape(inst)) return false;
        for (Reg r : inst.ops)
          if (r >= fn.numRegs) return fail("operand register out of range");
        for (Reg r : inst.dsts)
          if (r >= fn.numRegs) return fail("destination register out of range");
        for (unsigned t = 0; t < inst.numTargets(); ++t)
          if (inst.targets[t] >= fn.blocks.size()) return fail("branch target out of range");
      }
    }
    // Every read must see a value on every path (CheckBound itself is the one allowed read).
    std::vector<llvm::BitVector> in = definitelyAssignedAtEntry(fn);
    for (block = 0; block < fn.blocks.size(); ++block) {
      llvm::BitVector state = in[block];
      for (index = 0; index < fn.blocks[block].insts.size(); ++index) {
        const Instruction &inst = fn.blocks[block].insts[index];
        if (inst.op == Op::CheckBound) {
          state.set(inst.ops[0]);
          continue;
        }
        for (Reg r : inst.ops)
          if (!state.test(r)) return fail("register " + std::to_string(r) + " may be read before it is written");
        if (inst.op != Op::ForIter && inst.op != Op::ForRangeNext)
          for (Reg d : inst.dsts) state.set(d);
      }
    }
    return true;
  }
};

}  // namespace

llvm::Error verifyFunction(const Module &module, const Function &fn) {
  Checker checker{module, fn, 0, 0, {}};
  if (checker.run()) return llvm::Error::success();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "invalid IR: %s", checker.problem.c_str());
}

llvm::Error verifyModule(const Module &module) {
  if (module.functions.empty() || !module.functions[0]->isModule())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "invalid IR: functions[0] must be <module>");
  for (const auto &fn : module.functions)
    if (llvm::Error err = verifyFunction(module, *fn)) return err;
  return llvm::Error::success();
}

}  // namespace fastjit::ir
