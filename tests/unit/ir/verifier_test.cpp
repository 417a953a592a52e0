// Verifier tests on hand-built IR: each invariant of ir/ir.h that the verifier checks is broken
// once, and a well-formed function passes.
#include "ir/verifier.h"

#include <gtest/gtest.h>

using namespace fastjit::ir;

namespace {

// def f(a): return a
std::unique_ptr<Module> identity() {
  auto m = std::make_unique<Module>();
  auto top = std::make_unique<Function>();
  top->name = "<module>";
  top->numRegs = 1;
  top->regNames = {""};
  top->consts.push_back(Constant::none());
  Block b;
  Instruction c;
  c.op = Op::LoadConst; c.dsts = {0}; c.imm = 0;
  Instruction r;
  r.op = Op::Return; r.ops = {0};
  b.insts = {c, r};
  top->blocks.push_back(b);
  m->functions.push_back(std::move(top));
  return m;
}

std::string problem(const Module &m) {
  llvm::Error err = verifyModule(m);
  return err ? llvm::toString(std::move(err)) : "";
}

TEST(Verifier, AcceptsWellFormed) { EXPECT_EQ(problem(*identity()), ""); }

TEST(Verifier, RejectsMissingTerminator) {
  auto m = identity();
  m->functions[0]->blocks[0].insts.pop_back();
  EXPECT_NE(problem(*m).find("terminator"), std::string::npos);
}

TEST(Verifier, RejectsReadBeforeWrite) {
  auto m = identity();
  m->functions[0]->blocks[0].insts.erase(m->functions[0]->blocks[0].insts.begin());
  EXPECT_NE(problem(*m).find("read before it is written"), std::string::npos);
}

TEST(Verifier, RejectsBadTarget) {
  auto m = identity();
  Instruction j;
  j.op = Op::Jump;
  j.targets[0] = 7;
  m->functions[0]->blocks[0].insts.back() = j;
  EXPECT_NE(problem(*m).find("target out of range"), std::string::npos);
}

TEST(Verifier, RejectsRegisterOutOfRange) {
  auto m = identity();
  m->functions[0]->blocks[0].insts[0].dsts[0] = 5;
  EXPECT_NE(problem(*m).find("out of range"), std::string::npos);
}

TEST(Verifier, RejectsCheckBoundOfTemporary) {
  auto m = identity();
  Instruction cb;
  cb.op = Op::CheckBound;
  cb.ops = {0};
  cb.imm = 0;
  m->functions[0]->names.push_back("x");
  auto &insts = m->functions[0]->blocks[0].insts;
  insts.insert(insts.begin() + 1, cb);
  EXPECT_NE(problem(*m).find("temporary"), std::string::npos);
}

TEST(Verifier, ModuleMustComeFirst) {
  auto m = identity();
  m->functions[0]->name = "f";
  EXPECT_NE(problem(*m).find("<module>"), std::string::npos);
}

}  // namespace
