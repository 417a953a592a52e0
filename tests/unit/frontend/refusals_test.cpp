// Every construct outside fastjit's subset is refused before anything runs, with a message that
// names it and the position of the construct; valid Tier 1 neighbours of those constructs are
// accepted. Also: several errors in one file are reported together, in source order (only the
// Python errors when the file is not valid Python), and the
// Clang-style rendering (file:line:col, the line, a caret).
#include "test_util.h"

#include <gtest/gtest.h>
#include <llvm/Support/raw_ostream.h>

namespace fastjit::test {
namespace {

struct Refusal {
  const char *source;
  const char *error;  // "unsupported: <message> @line:col"
};

const Refusal kRefusals[] = {
    {"class A:\n    pass\n", "unsupported: 'class' statements are not supported by fastjit @1:1"},
    {"try:\n    x = 1\nexcept ValueError:\n    pass\nfinally:\n    pass\n",
     "unsupported: 'try' statements are not supported by fastjit @1:1"},
    {"raise ValueError('x')\n", "unsupported: 'raise' statements are not supported by fastjit @1:1"},
    {"with f() as g:\n    pass\n", "unsupported: 'with' statements are not supported by fastjit @1:1"},
    {"f = lambda x: x\n", "unsupported: 'lambda' expressions are not supported by fastjit @1:5"},
    {"def g():\n    yield 1\n",
     "unsupported: 'yield' expressions (generators) are not supported by fastjit @2:5"},
    {"def g():\n    x = yield\n",
     "unsupported: 'yield' expressions (generators) are not supported by fastjit @2:9"},
    {"async def h():\n    pass\n",
     "unsupported: 'async' functions and statements are not supported by fastjit @1:1"},
    {"def h():\n    await x\n", "unsupported: 'await' expressions are not supported by fastjit @2:5"},
    {"d = {1: 2}\n", "unsupported: dict displays are not supported by fastjit @1:5"},
    {"d = {}\n", "unsupported: dict displays are not supported by fastjit @1:5"},
    {"s = {1, 2}\n", "unsupported: set displays are not supported by fastjit @1:5"},
    {"d = {k: v for k, v in x}\n", "unsupported: dict comprehensions are not supported by fastjit @1:5"},
    {"s = {k for k in x}\n", "unsupported: set comprehensions are not supported by fastjit @1:5"},
    {"g = (x for x in y)\n", "unsupported: generator expressions are not supported by fastjit @1:6"},
    {"t = sum(x * x for x in y)\n", "unsupported: generator expressions are not supported by fastjit @1:9"},
    {"@dec\ndef k():\n    pass\n", "unsupported: decorators are not supported by fastjit @1:1"},
    {"def v(a, *args): pass\n", "unsupported: variadic parameters ('*args') are not supported by fastjit @1:10"},
    {"def v(**kw): pass\n", "unsupported: variadic keyword parameters ('**kw') are not supported by fastjit @1:7"},
    {"def v(a, *, b): pass\n", "unsupported: keyword-only parameters are not supported by fastjit @1:10"},
    {"def v(a, /): pass\n", "unsupported: positional-only parameters ('/') are not supported by fastjit @1:10"},
    {"f(*a)\n", "unsupported: argument unpacking ('*args' in a call) is not supported by fastjit @1:3"},
    {"f(**b)\n", "unsupported: argument unpacking ('**kwargs' in a call) is not supported by fastjit @1:3"},
    {"a, *b = c\n", "unsupported: star unpacking ('*x') is not supported by fastjit @1:4"},
    {"x = [*a, 1]\n", "unsupported: star unpacking ('*x') is not supported by fastjit @1:6"},
    {"if (n := 10) > 5: pass\n", "unsupported: assignment expressions (':=') are not supported by fastjit @1:7"},
    {"match x:\n    case 1:\n        pass\n", "unsupported: 'match' statements are not supported by fastjit @1:1"},
    {"def o():\n    nonlocal q\n", "unsupported: 'nonlocal' statements are not supported by fastjit @2:5"},
    {"def o():\n    def i():\n        pass\n",
     "unsupported: nested functions ('def' inside a function) are not supported by fastjit @2:5"},
    {"import os\n", "unsupported: module 'os' is not supported by fastjit @1:8"},
    {"import math, os.path\n", "unsupported: module 'os.path' is not supported by fastjit @1:14"},
    {"from collections import deque\n", "unsupported: module 'collections' is not supported by fastjit @1:6"},
    {"from . import x\n", "unsupported: relative imports are not supported by fastjit @1:6"},
    {"from math import *\n", "unsupported: wildcard imports ('from m import *') are not supported by fastjit @1:18"},
    {"a[1:2] = x\n", "unsupported: slice assignment ('a[i:j] = ...') is not supported by fastjit @1:1"},
    {"a[::2] += x\n", "unsupported: slice assignment ('a[i:j] = ...') is not supported by fastjit @1:1"},
    {"del a[1:2]\n", "unsupported: slice deletion ('del a[i:j]') is not supported by fastjit @1:5"},
    {"del x\n", "unsupported: 'del' of a name is not supported by fastjit @1:5"},
    {"del a.b\n", "unsupported: 'del' of an attribute is not supported by fastjit @1:5"},
    {"x = b'bytes'\n", "unsupported: bytes literals are not supported by fastjit @1:5"},
    {"x = 'a' rb'b'\n", "unsupported: bytes literals are not supported by fastjit @1:9"},
    {"x = ...\n", "unsupported: '...' (Ellipsis) is not supported by fastjit @1:5"},
    {"x: int = 5\n", "unsupported: annotated assignments ('x: int = ...') are not supported by fastjit @1:2"},
    {"def a(x: int): pass\n", "unsupported: annotations are not supported by fastjit @1:8"},
    {"def a(x) -> int: pass\n", "unsupported: annotations are not supported by fastjit @1:10"},
    {"x = a @ b\n", "unsupported: the '@' (matrix multiplication) operator is not supported by fastjit @1:7"},
    {"x @= b\n", "unsupported: the '@' (matrix multiplication) operator is not supported by fastjit @1:3"},
    {"x = '\\N{BULLET}'\n", "unsupported: '\\N{...}' escapes are not supported by fastjit @1:5"},
    {"x = a[1:2, 3]\n", "unsupported: slices inside a tuple index ('a[i:j, k]') are not supported by fastjit @1:7"},
};

TEST(Refusals, EachConstructIsNamed) {
  for (const Refusal &r : kRefusals) {
    Parsed p = parse(r.source);
    EXPECT_FALSE(p.ok()) << r.source;
    EXPECT_EQ(p.firstError(), r.error) << r.source;
  }
}

TEST(Refusals, Tier1NeighboursAreAccepted) {
  const char *ok[] = {
      "match = 1\nmatch(x)\nmatch.y = 2\n",  // `match` is only a soft keyword
      "x = [1, 2][0:1]\n",
      "del a[0]\n",
      "global g\n",
      "x = y is None\n",
      "x = 1 if y else 2\n",
      "x = [v for v in range(3)]\n",
  };
  for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); ++i) {
    Parsed p = parse(ok[i]);
    EXPECT_TRUE(p.ok()) << ok[i] << p.allErrors();
  }
}

TEST(Refusals, TheProgramAroundIsStillChecked) {
  // A refusal does not hide later ones: each statement is reported on its own.
  Parsed p = parse("print('a')\nclass A:\n    x = 1\n    y = 2\nx = lambda: 1\nimport os\n"
                   "def f():\n    return 1\n");
  EXPECT_EQ(p.allErrors(),
            "unsupported: 'class' statements are not supported by fastjit @2:1\n"
            "unsupported: 'lambda' expressions are not supported by fastjit @5:5\n"
            "unsupported: module 'os' is not supported by fastjit @6:8\n");
}

TEST(Refusals, InvalidPythonReportsOnlyPythonErrors) {
  // Not a valid Python program: its SyntaxErrors are what CPython would report, so refusals of
  // the (valid) constructs around them are left out.
  Parsed p = parse("print('a')\nclass A:\n    x = 1\nx = lambda: 1\n"
                   "def f():\n    return 1 +\nbreak\n");
  EXPECT_EQ(p.allErrors(),
            "SyntaxError: invalid syntax @6:15\n"
            "SyntaxError: 'break' outside loop @7:1\n");
}

TEST(Refusals, CompoundClausesAreSkippedWithTheirStatement) {
  Parsed p = parse("try:\n    a = 1\nexcept E:\n    b = 2\nelse:\n    c = 3\nfinally:\n    d = 4\nx = 1\n");
  EXPECT_EQ(p.allErrors(), "unsupported: 'try' statements are not supported by fastjit @1:1\n");
}

TEST(Diagnostics, ClangStyleRendering) {
  Parsed p = parse("x = 1\nif x:\n\ty = (1 +\n\t     2) $ 3\n", "prog.py");
  ASSERT_FALSE(p.ok());
  std::string out;
  llvm::raw_string_ostream os(out);
  p.diags->print(os);
  EXPECT_EQ(out, "prog.py:4:10: error: SyntaxError: invalid syntax\n"
                 "    \t     2) $ 3\n"
                 "    \t        ^\n");
  Parsed u = parse("import os\n", "u.py");
  std::string out2;
  llvm::raw_string_ostream os2(out2);
  u.diags->print(os2);
  EXPECT_EQ(out2, "u.py:1:8: error: module 'os' is not supported by fastjit\n"
                  "    import os\n"
                  "           ^\n");
}

TEST(Diagnostics, CaretCountsCodePoints) {
  Parsed p = parse("s = 'é' + €\n", "p.py");
  std::string out;
  llvm::raw_string_ostream os(out);
  p.diags->print(os);
  EXPECT_EQ(out, "p.py:1:11: error: SyntaxError: invalid character '€' (U+20AC)\n"
                 "    s = 'é' + €\n"
                 "              ^\n");
}

}  // namespace
}  // namespace fastjit::test
