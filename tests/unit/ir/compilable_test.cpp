// ir::checkCompilable, the pre-run check of --mode=jit: every function and every module loop of a
// program in the subset compiles for unknown types (typed or generic), and an instruction that
// inference refuses is reported with the file, its line and where it is, before anything runs.
#include "ir/compilable.h"
#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

using namespace fastjit;

namespace {

const char *kProgram = "import math\n"
                       "def f(x, y):\n"
                       "    s = 0\n"
                       "    for i in range(x):\n"
                       "        s += i * y\n"
                       "    return f'{s:.3f}' + str(math.sqrt(s))\n"
                       "total = 0\n"
                       "for k in range(10):\n"
                       "    total += len(f(k, 0.5))\n"
                       "print(total)\n";

}  // namespace

TEST(Compilable, SubsetProgramsCompileForAnyTypes) {
  auto p = fastjit::testing::lowerProgram(kProgram, "prog.py");
  ASSERT_TRUE(p);
  llvm::Error err = ir::checkCompilable(*p->module);
  EXPECT_FALSE(err) << llvm::toString(std::move(err));
}

TEST(Compilable, ARefusedInstructionIsReportedWithFileAndLine) {
  auto p = fastjit::testing::lowerProgram(kProgram, "prog.py");
  ASSERT_TRUE(p);
  // A `def` inside a function (the frontend refuses it; built by hand here): inference refuses
  // MakeFunction outside module code.
  ir::Function &f = *p->module->functions[1];
  ASSERT_EQ(f.name, "f");
  ir::Instruction make;
  make.op = ir::Op::MakeFunction;
  make.imm = 1;
  make.line = 5;
  make.dsts.push_back(f.numRegs++);
  f.regNames.push_back("");
  ir::Block &body = f.blocks.back();
  body.insts.insert(body.insts.begin(), make);
  llvm::Error err = ir::checkCompilable(*p->module);
  ASSERT_TRUE(bool(err));
  std::string why = llvm::toString(std::move(err));
  EXPECT_EQ(why.rfind("prog.py:5: error: cannot compile", 0), 0u) << why;
  EXPECT_NE(why.find("function 'f'"), std::string::npos) << why;
}
