// Printer tests: the exact text of `--emit=ir` for a small function (the format is fastjit's own,
// documented in ir/printer.cpp), and constants printed as Python-like literals.
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "ir/printer.h"

#include <gtest/gtest.h>

using namespace fastjit;

namespace {

TEST(Printer, FunctionText) {
  SourceFile file("p.py", "def f(a, b=2):\n    s = 0\n    for i in range(a):\n        s += i * b\n    return s\n");
  Diagnostics diags(file);
  auto ast = parseFile(file, diags);
  ASSERT_TRUE(ast);
  auto mod = ir::lowerModule(*ast);
  ASSERT_TRUE(bool(mod));
  std::string text;
  llvm::raw_string_ostream os(text);
  ir::printFunction(**mod, *(*mod)->functions[1], os);
  EXPECT_EQ(os.str(),
            "function f(a, b) line 1 regs 10 {\n"
            "  bb0:\n"
            "    %4 = const 0                                ; line 1\n"
            "    %s = move %4                                ; line 2\n"
            "    %5 = load_global @range                     ; line 3\n"
            "    %6, %7, %8 = for_range_init %5, %a          ; line 3\n"
            "    jump bb1                                    ; line 3\n"
            "  bb1:\n"
            "    %i, %6 = for_range_next %6, %7, %8, bb2, bb3 ; line 3\n"
            "  bb2:\n"
            "    %9 = binary * %i, %b                        ; line 4\n"
            "    %s = inplace + %s, %9                       ; line 4\n"
            "    jump bb1                                    ; line 3\n"
            "  bb3:\n"
            "    return %s                                   ; line 5\n"
            "}\n");
}

TEST(Printer, ConstantsLookLikeLiterals) {
  EXPECT_EQ(ir::constantText(ir::Constant::none()), "None");
  EXPECT_EQ(ir::constantText(ir::Constant::boolean(true)), "True");
  EXPECT_EQ(ir::constantText(ir::Constant::integer(-7)), "-7");
  EXPECT_EQ(ir::constantText(ir::Constant::floating(0.5)), "0.5");
  EXPECT_EQ(ir::constantText(ir::Constant::str("it's\n")), "'it\\'s\\n'");
}

}  // namespace
