// Test helper: builds ir::Modules by hand, instruction by instruction, for the JIT's unit tests
// (they must not depend on the frontend). It mirrors what ir/lower.cpp produces for small Python
// functions; each test shows the Python source it stands for.
#pragma once

#include "ir/ir.h"

#include <string>
#include <vector>

namespace fastjit::testing {

class FnBuilder {
public:
  FnBuilder(ir::Module &m, std::string name, std::vector<std::string> params, int line = 1)
      : fn_(new ir::Function()) {
    fn_->name = std::move(name);
    fn_->line = line;
    fn_->numParams = uint32_t(params.size());
    for (auto &p : params) reg(p);
    m.functions.emplace_back(fn_);
    block();
  }

  ir::Reg reg(const std::string &name = "") {
    fn_->regNames.push_back(name);
    return fn_->numRegs++;
  }
  ir::BlockId block() {
    fn_->blocks.emplace_back();
    return ir::BlockId(fn_->blocks.size() - 1);
  }
  void at(ir::BlockId b) { cur_ = b; }
  ir::BlockId current() const { return cur_; }

  // Constants go into the entry block (ir.h invariant), in front of its terminator if any.
  ir::Reg constant(ir::Constant c) {
    fn_->consts.push_back(std::move(c));
    ir::Reg r = reg();
    ir::Instruction i;
    i.op = ir::Op::LoadConst;
    i.dsts = {r};
    i.imm = uint32_t(fn_->consts.size() - 1);
    auto &entry = fn_->blocks[0].insts;
    size_t pos = 0;
    while (pos < entry.size() && entry[pos].op == ir::Op::LoadConst) ++pos;
    entry.insert(entry.begin() + pos, i);
    return r;
  }
  ir::Reg integer(int64_t v) { return constant(ir::Constant::integer(v)); }
  ir::Reg floating(double v) { return constant(ir::Constant::floating(v)); }
  ir::Reg none() { return constant(ir::Constant::none()); }

  ir::Instruction &emit(ir::Op op, std::vector<ir::Reg> dsts, std::vector<ir::Reg> ops,
                        int line = 1, uint32_t imm = ir::NoIndex, uint8_t sub = 0) {
    ir::Instruction i;
    i.op = op;
    i.sub = sub;
    i.line = line;
    for (auto d : dsts) i.dsts.push_back(d);
    for (auto o : ops) i.ops.push_back(o);
    i.imm = imm;
    fn_->blocks[cur_].insts.push_back(i);
    return fn_->blocks[cur_].insts.back();
  }
  ir::Reg binary(rt::BinaryOp op, ir::Reg a, ir::Reg b, int line = 1, ir::Reg dst = ir::NoReg) {
    if (dst == ir::NoReg) dst = reg();
    emit(ir::Op::Binary, {dst}, {a, b}, line, ir::NoIndex, uint8_t(op));
    return dst;
  }
  ir::Reg compare(rt::CompareOp op, ir::Reg a, ir::Reg b, int line = 1) {
    ir::Reg d = reg();
    emit(ir::Op::Compare, {d}, {a, b}, line, ir::NoIndex, uint8_t(op));
    return d;
  }
  ir::Reg loadGlobal(uint32_t slot, int line = 1) {
    ir::Reg d = reg();
    emit(ir::Op::LoadGlobal, {d}, {}, line, slot);
    return d;
  }
  ir::Reg call(ir::Reg callee, std::vector<ir::Reg> args, int line = 1) {
    ir::Reg d = reg();
    args.insert(args.begin(), callee);
    emit(ir::Op::Call, {d}, args, line);
    return d;
  }
  void branch(ir::Reg cond, ir::BlockId t, ir::BlockId f, int line = 1) {
    auto &i = emit(ir::Op::Branch, {}, {cond}, line);
    i.targets[0] = t;
    i.targets[1] = f;
  }
  void jump(ir::BlockId t) {
    auto &i = emit(ir::Op::Jump, {}, {});
    i.targets[0] = t;
  }
  void ret(ir::Reg r, int line = 1) { emit(ir::Op::Return, {}, {r}, line); }
  ir::Function &fn() { return *fn_; }

private:
  ir::Function *fn_;
  ir::BlockId cur_ = 0;
};

}  // namespace fastjit::testing
