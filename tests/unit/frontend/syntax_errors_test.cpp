// Checks the frontend against CPython 3.11 on every case of syntax_cases.inc (recorded from
// python3 by gen_syntax_cases.py): programs CPython accepts must parse, and for programs it
// rejects fastjit must report the same exception class, message, line and (unless marked -1)
// column as the first error. The one unchecked column: CPython places "positional argument
// follows keyword argument" one column past the end of the arguments in some cases.
#include "test_util.h"

#include <gtest/gtest.h>

namespace fastjit::test {
namespace {

struct Case {
  const char *source;
  const char *cls;  // null: CPython accepts the program
  const char *message;
  int line;
  int column;
};

const Case kCases[] = {
#include "syntax_cases.inc"
};

TEST(SyntaxErrors, MatchCPython) {
  for (const Case &c : kCases) {
    SCOPED_TRACE(c.source);
    Parsed p = parse(c.source);
    if (!c.cls) {
      EXPECT_TRUE(p.ok()) << p.allErrors();
      continue;
    }
    ASSERT_FALSE(p.ok());
    const Diagnostic &d = p.diags->diagnostics().front();
    EXPECT_STREQ(diagKindName(d.kind), c.cls);
    EXPECT_EQ(d.message, c.message);
    EXPECT_EQ(static_cast<int>(d.loc.line), c.line);
    if (c.column >= 0)
      EXPECT_EQ(static_cast<int>(d.loc.column), c.column);
  }
}

}  // namespace
}  // namespace fastjit::test
