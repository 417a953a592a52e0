// Lowering tests: programs go through the frontend and ir::lowerModule; the result must verify,
// and its printed form must show the decisions the lowering is responsible for (scoping, range
// loops with their guard, comprehension scopes, single evaluation in chains, constant hoisting).
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "ir/printer.h"
#include "ir/verifier.h"

#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

#include <string>

using namespace fastjit;

namespace {

std::unique_ptr<ir::Module> lower(const std::string &source) {
  auto mod = fastjit::testing::lowerSource(source);
  if (mod) EXPECT_FALSE(bool(ir::verifyModule(*mod)));
  return mod;
}

std::string text(const ir::Module &m) {
  std::string s;
  llvm::raw_string_ostream os(s);
  ir::printModule(m, os);
  return os.str();
}

size_t count(const std::string &hay, const std::string &needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

TEST(Lower, ModuleFunctionFirstAndDefsAfter) {
  auto m = lower("def f(a, b=1):\n    return a + b\nprint(f(2))\n");
  ASSERT_TRUE(m);
  ASSERT_EQ(m->functions.size(), 2u);
  EXPECT_EQ(m->functions[0]->name, "<module>");
  EXPECT_EQ(m->functions[1]->name, "f");
  EXPECT_EQ(m->functions[1]->numParams, 2u);
  std::string t = text(*m);
  EXPECT_NE(t.find("make_function #1"), std::string::npos) << t;
  EXPECT_NE(t.find("store_global @f"), std::string::npos) << t;
  EXPECT_NE(t.find("binary + %a, %b"), std::string::npos) << t;
}

TEST(Lower, LocalsAreRegistersGlobalsAreSlots) {
  auto m = lower("g = 1\ndef f():\n    x = g\n    return x\n");
  ASSERT_TRUE(m);
  const ir::Function &f = *m->functions[1];
  std::string t = text(*m);
  EXPECT_NE(t.find("%x = load_global @g"), std::string::npos) << t;
  // x is assigned before it is read on every path: no check remains.
  EXPECT_EQ(count(t, "check_bound"), 0u) << t;
  EXPECT_EQ(f.regNames[f.numParams], "x");
}

TEST(Lower, MaybeUnboundReadKeepsItsCheck) {
  auto m = lower("def f(c):\n    if c:\n        y = 1\n    return y\n");
  ASSERT_TRUE(m);
  std::string t = text(*m);
  EXPECT_EQ(count(t, "check_bound %y 'y'"), 1u) << t;
}

TEST(Lower, RangeLoopIsCountedAndGuarded) {
  auto m = lower("def f(n):\n    s = 0\n    for i in range(1, n, 2):\n        s += i\n    return s\n");
  ASSERT_TRUE(m);
  std::string t = text(*m);
  EXPECT_NE(t.find("for_range_init %"), std::string::npos) << t;
  EXPECT_NE(t.find("load_global @range"), std::string::npos) << t;  // the guard's callee
  EXPECT_NE(t.find("%i, %"), std::string::npos) << t;               // writes i directly
  EXPECT_EQ(count(t, "getiter"), 0u) << t;
}

TEST(Lower, OtherLoopsIterate) {
  auto m = lower("for c in 'ab':\n    print(c)\n");
  ASSERT_TRUE(m);
  std::string t = text(*m);
  EXPECT_NE(t.find("getiter"), std::string::npos) << t;
  EXPECT_NE(t.find("for_iter"), std::string::npos) << t;
  EXPECT_NE(t.find("store_global @c"), std::string::npos) << t;
}

TEST(Lower, ComprehensionVariablesDoNotLeak) {
  auto m = lower("x = 5\nys = [x * 2 for x in range(3)]\nprint(x)\n");
  ASSERT_TRUE(m);
  std::string t = text(*m);
  // The comprehension's x is a register; the module's x stays a global.
  EXPECT_EQ(count(t, "store_global @x"), 1u) << t;
  EXPECT_NE(t.find("list_append"), std::string::npos) << t;
  EXPECT_NE(t.find("load_global @x"), std::string::npos) << t;
}

TEST(Lower, ChainedComparisonEvaluatesEachOperandOnce) {
  auto m = lower("def f(a, b, c):\n    return a < b() < c\n");
  ASSERT_TRUE(m);
  std::string t = text(*m);
  EXPECT_EQ(count(t, "= call %b"), 1u) << t;
  EXPECT_EQ(count(t, "compare <"), 2u) << t;
}

TEST(Lower, ChainInAConditionBranchesLinkByLink) {
  auto m = lower("def f(i, n):\n    if 0 <= i < n:\n        return 1\n    return 0\n");
  ASSERT_TRUE(m);
  const ir::Function &f = *m->functions[1];
  // Each comparison is followed directly by the branch that consumes it.
  int compares = 0;
  for (const ir::Block &b : f.blocks)
    for (size_t i = 0; i < b.insts.size(); ++i)
      if (b.insts[i].op == ir::Op::Compare) {
        ++compares;
        ASSERT_LT(i + 1, b.insts.size());
        EXPECT_EQ(b.insts[i + 1].op, ir::Op::Branch);
        EXPECT_EQ(b.insts[i + 1].ops[0], b.insts[i].dst());
      }
  EXPECT_EQ(compares, 2);
}

TEST(Lower, ConstantsAreLoadedOnceInTheEntryBlock) {
  auto m = lower("def f(n):\n    while n > 1:\n        n = n - 1\n    return n + 1\n");
  ASSERT_TRUE(m);
  const ir::Function &f = *m->functions[1];
  EXPECT_EQ(f.consts.size(), 1u);  // just 1: every path returns a value, no implicit None
  EXPECT_EQ(f.blocks[0].insts[0].op, ir::Op::LoadConst);
  for (size_t b = 1; b < f.blocks.size(); ++b)
    for (const ir::Instruction &inst : f.blocks[b].insts) EXPECT_NE(inst.op, ir::Op::LoadConst);
}

TEST(Lower, BigIntLiteralRaisesWhenEvaluated) {
  auto m = lower("if False:\n    x = 99999999999999999999\n");
  ASSERT_TRUE(m);
  EXPECT_NE(text(*m).find("raise exc#"), std::string::npos);
}

TEST(Lower, UnreachableCodeIsDropped) {
  auto m = lower("def f():\n    return 1\n    print('dead')\n");
  ASSERT_TRUE(m);
  EXPECT_EQ(text(*m).find("print"), std::string::npos);
}

}  // namespace
