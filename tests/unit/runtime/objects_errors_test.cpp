// The pending-exception slot and traceback text: CPython 3.11's layout (outermost frame first,
// stripped source lines, "Class: message" or just "Class"), the collapsing of repeated frames in
// deep recursion, and SystemExit's exit status. Expected text from running python3 on the
// equivalent scripts.
#include "objects_support.h"

#include <gtest/gtest.h>

namespace fastjit::rt::testing {
namespace {

std::string_view sourceOf(const std::string &file, int line) {
  static const char *lines[] = {"", "def f(n):", "    return 1 // n", "", "f(0)"};
  return line >= 1 && line <= 4 ? std::string_view(lines[line]) : std::string_view();
}

TEST(ObjectsErrors, TracebackLayout) {
  raise(ExcType::ZeroDivisionError, "integer division or modulo by zero");
  addTraceback("x.py", 2, "f");         // the innermost frame reports first
  addTraceback("x.py", 4, "<module>");  // then its caller
  PendingException e = takePending();
  EXPECT_FALSE(hasPending());
  EXPECT_EQ(formatTraceback(e, sourceOf),
            "Traceback (most recent call last):\n"
            "  File \"x.py\", line 4, in <module>\n"
            "    f(0)\n"
            "  File \"x.py\", line 2, in f\n"
            "    return 1 // n\n"
            "ZeroDivisionError: integer division or modulo by zero\n");
}

TEST(ObjectsErrors, EmptyMessageAndNoFrames) {
  raise(ExcType::AssertionError, "");
  EXPECT_EQ(formatTraceback(takePending(), nullptr), "AssertionError\n");
}

TEST(ObjectsErrors, RepeatedFramesCollapse) {
  // python3: def f(n): return f(n + 1) ... RecursionError prints 3 frames then
  // "  [Previous line repeated 996 more times]".
  raise(ExcType::RecursionError, "maximum recursion depth exceeded");
  for (int i = 0; i < 999; ++i) addTraceback("r.py", 2, "f");
  addTraceback("r.py", 4, "<module>");
  std::string text = formatTraceback(takePending(), nullptr);
  EXPECT_EQ(text,
            "Traceback (most recent call last):\n"
            "  File \"r.py\", line 4, in <module>\n"
            "  File \"r.py\", line 2, in f\n"
            "  File \"r.py\", line 2, in f\n"
            "  File \"r.py\", line 2, in f\n"
            "  [Previous line repeated 996 more times]\n"
            "RecursionError: maximum recursion depth exceeded\n");
}

TEST(ObjectsErrors, SystemExitStatus) {
  std::string text;
  PendingException e;
  e.type = ExcType::SystemExit;
  e.payload = Value::none();
  EXPECT_EQ(systemExitStatus(e, text), 0);
  EXPECT_EQ(text, "");
  e.payload = I(3);
  EXPECT_EQ(systemExitStatus(e, text), 3);
  e.payload = S("msg");
  EXPECT_EQ(systemExitStatus(e, text), 1);
  EXPECT_EQ(text, "msg\n");
}

}  // namespace
}  // namespace fastjit::rt::testing
