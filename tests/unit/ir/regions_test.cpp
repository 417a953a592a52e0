// Loop analysis of module code (ir/regions.h): which loops are outermost, where they exit, what is
// live, which globals only module code touches, and the region Function built from a loop (it
// must verify like any lowered function).
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "ir/regions.h"
#include "ir/verifier.h"

#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

#include <string>

using namespace fastjit;

namespace {

std::unique_ptr<ir::Module> lower(const std::string &source) {
  return fastjit::testing::lowerSource(source);
}

uint32_t globalSlot(const ir::Module &m, const std::string &name) {
  for (uint32_t g = 0; g < m.globals.size(); ++g)
    if (m.globals[g] == name) return g;
  ADD_FAILURE() << "no global " << name;
  return 0;
}

size_t blockCount(const ir::Loop &loop) {
  size_t n = 0;
  for (bool b : loop.blocks) n += b;
  return n;
}

}  // namespace

TEST(Regions, OutermostLoopsOnlyAndTheirLines) {
  auto m = lower("s = 0\n"
                 "for i in range(3):\n"
                 "    for j in range(4):\n"
                 "        s += j\n"
                 "k = 0\n"
                 "while k < 10:\n"
                 "    k += 1\n"
                 "print(s, k)\n");
  ASSERT_TRUE(m);
  auto loops = ir::outermostLoops(m->top());
  ASSERT_EQ(loops.size(), 2u);
  EXPECT_EQ(loops[0].line, 2);
  EXPECT_EQ(loops[1].line, 6);
  // The inner loop's blocks belong to the outer one.
  EXPECT_GE(blockCount(loops[0]), 4u);
  for (const ir::Loop &loop : loops) {
    EXPECT_TRUE(loop.blocks[loop.header]);
    EXPECT_FALSE(loop.exits.empty());
    for (ir::BlockId e : loop.exits) EXPECT_FALSE(loop.blocks[e]);
  }
}

TEST(Regions, BreakAndElseExits) {
  auto m = lower("for i in range(10):\n"
                 "    if i == 3:\n"
                 "        break\n"
                 "else:\n"
                 "    print('no break')\n"
                 "print(i)\n");
  ASSERT_TRUE(m);
  auto loops = ir::outermostLoops(m->top());
  ASSERT_EQ(loops.size(), 1u);
  // The normal exit goes to the else block, the break past it.
  EXPECT_EQ(loops[0].exits.size(), 2u);
}

TEST(Regions, NoLoopsNoRegions) {
  auto m = lower("x = 1\nif x:\n    x = 2\nprint(x)\n");
  ASSERT_TRUE(m);
  EXPECT_TRUE(ir::outermostLoops(m->top()).empty());
}

TEST(Regions, GlobalsSeenByFunctionsAreNotModuleOnly) {
  auto m = lower("a = 1\nb = 2\nc = 3\n"
                 "def f():\n    return a\n"
                 "def g():\n    global b\n    b = 5\n"
                 "for i in range(3):\n    c += a + b\n");
  ASSERT_TRUE(m);
  auto only = ir::moduleOnlyGlobals(*m);
  EXPECT_FALSE(only[globalSlot(*m, "a")]);
  EXPECT_FALSE(only[globalSlot(*m, "b")]);
  EXPECT_TRUE(only[globalSlot(*m, "c")]);
  EXPECT_TRUE(only[globalSlot(*m, "i")]);
}

TEST(Regions, LiveRegistersOfARangeLoop) {
  auto m = lower("for i in range(5):\n    pass\n");
  ASSERT_TRUE(m);
  auto loops = ir::outermostLoops(m->top());
  ASSERT_EQ(loops.size(), 1u);
  ir::Liveness live(m->top());
  // The counter, the bound and the step (for_range_init's destinations) are live into the
  // header; after the loop only constants are (the None the module returns).
  const ir::Instruction *init = nullptr;
  for (const ir::Block &b : m->top().blocks)
    for (const ir::Instruction &inst : b.insts)
      if (inst.op == ir::Op::ForRangeInit) init = &inst;
  ASSERT_TRUE(init);
  for (ir::Reg r : init->dsts) EXPECT_TRUE(live.atEntry(loops[0].header).test(r));
  std::vector<bool> consts = ir::constantRegisters(m->top());
  for (ir::BlockId e : loops[0].exits)
    for (ir::Reg r : live.atEntry(e).set_bits()) EXPECT_TRUE(consts[r]) << "register " << r;
}

TEST(Regions, BuiltRegionVerifiesAndPromotesGlobals) {
  auto m = lower("t = 0\n"
                 "def f(x):\n    return x + n\n"
                 "n = 4\n"
                 "for i in range(10):\n"
                 "    t += f(i)\n"
                 "    u = t\n"
                 "print(t, u)\n");
  ASSERT_TRUE(m);
  auto loops = ir::outermostLoops(m->top());
  ASSERT_EQ(loops.size(), 1u);
  std::vector<bool> promote = ir::moduleOnlyGlobals(*m);
  std::vector<bool> bound(m->globals.size(), false);
  bound[globalSlot(*m, "t")] = true;
  bound[globalSlot(*m, "f")] = true;
  bound[globalSlot(*m, "n")] = true;
  auto region = ir::buildRegion(m->top(), loops[0], promote, bound, m->globals);
  ASSERT_TRUE(region);
  EXPECT_FALSE(bool(ir::verifyFunction(*m, *region->fn)));
  // t and f are parameters (bound, module-only); u and i start unbound; n stays in the table.
  EXPECT_NE(region->regOfGlobal(globalSlot(*m, "t")), ir::NoReg);
  EXPECT_LT(region->regOfGlobal(globalSlot(*m, "t")), region->fn->numParams);
  EXPECT_LT(region->regOfGlobal(globalSlot(*m, "f")), region->fn->numParams);
  EXPECT_GE(region->regOfGlobal(globalSlot(*m, "u")), region->fn->numParams);
  EXPECT_EQ(region->regOfGlobal(globalSlot(*m, "n")), ir::NoReg);
  // One Return per exit, at the end.
  size_t returns = 0;
  for (const ir::Block &b : region->fn->blocks)
    if (b.terminator().op == ir::Op::Return) ++returns;
  EXPECT_EQ(returns, loops[0].exits.size());
}

TEST(Regions, NaturalLoopsWithDepth) {
  auto m = lower("for i in range(3):\n"
                 "    for j in range(4):\n"
                 "        while j > 0:\n"
                 "            j -= 1\n"
                 "print(i)\n");
  ASSERT_TRUE(m);
  auto loops = ir::naturalLoops(m->top());
  ASSERT_EQ(loops.size(), 3u);
  EXPECT_EQ(loops[0].depth, 0);
  EXPECT_EQ(loops[1].depth, 1);
  EXPECT_EQ(loops[2].depth, 2);
  EXPECT_EQ(loops[2].line, 3);
  // Each inner loop lies inside the ones around it.
  EXPECT_TRUE(loops[0].blocks[loops[1].header]);
  EXPECT_TRUE(loops[1].blocks[loops[2].header]);
  EXPECT_FALSE(loops[2].blocks[loops[1].header]);
}

TEST(Regions, LoopVariableIsNotLiveIntoTheHeader) {
  // for_range_next writes the loop variable on the edge into the body only: it is dead at the
  // header (a value from the previous iteration is never read).
  auto m = lower("for i in range(5):\n    pass\n");
  ASSERT_TRUE(m);
  auto loops = ir::outermostLoops(m->top());
  ASSERT_EQ(loops.size(), 1u);
  const ir::Instruction &next = m->top().blocks[loops[0].header].terminator();
  ASSERT_EQ(next.op, ir::Op::ForRangeNext);
  ir::Liveness live(m->top());
  EXPECT_FALSE(live.atEntry(loops[0].header).test(next.dsts[0]));
  EXPECT_TRUE(live.atEntry(loops[0].header).test(next.ops[0]));
}
