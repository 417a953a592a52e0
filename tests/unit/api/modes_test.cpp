// Compiled against interpreted, through the embedding API (include/fastjit/engine.h): the same
// program runs in --mode=interp, --mode=auto and --mode=jit, and stdout, stderr (the traceback
// lines and the error line) and the exit status must be identical. --mode=jit fails any call whose
// specialization cannot be compiled, so agreement there shows the compiled code itself raised the
// error. Each program's errors happen in small functions called many times from the module (the
// functions are compiled; the module's prints are interpreted). The expected error lines are
// CPython 3.11's; --unsafe keeps every check except bounds and overflow.
#include "tests/unit/api/run_program.h"

#include <gtest/gtest.h>

#include <string>

using fastjit::Mode;

namespace {

using fastjit::testing::Outcome;

Outcome runIn(Mode mode, const std::string &source, bool unsafe = false, bool explain = false) {
  fastjit::Options options;
  options.mode = mode;
  options.unsafe = unsafe;
  options.explain = explain;
  return fastjit::testing::runProgram(options, source);
}

const char *modeName(Mode m) { return m == Mode::Interp ? "interp" : m == Mode::Auto ? "auto" : "jit"; }

std::string lastLine(const std::string &s) {
  size_t end = s.size();
  while (end > 0 && s[end - 1] == '\n') --end;
  size_t start = s.rfind('\n', end == 0 ? 0 : end - 1);
  return s.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1));
}

size_t count(const std::string &hay, const std::string &needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// Runs `source` in the three modes; every mode must print `stdout`, end with `errorLine` on stderr
// (exit 1) or succeed (errorLine empty, exit 0), and auto and jit must match interp exactly.
Outcome expectSameInEveryMode(const std::string &source, const std::string &stdoutText,
                              const std::string &errorLine) {
  Outcome interp = runIn(Mode::Interp, source);
  EXPECT_EQ(interp.out, stdoutText);
  EXPECT_EQ(interp.status, errorLine.empty() ? 0 : 1);
  if (!errorLine.empty()) EXPECT_EQ(lastLine(interp.err), errorLine) << interp.err;
  else EXPECT_EQ(interp.err, "");
  for (Mode m : {Mode::Auto, Mode::Jit}) {
    Outcome o = runIn(m, source);
    EXPECT_EQ(o.out, interp.out) << modeName(m);
    EXPECT_EQ(o.err, interp.err) << modeName(m);
    EXPECT_EQ(o.status, interp.status) << modeName(m);
  }
  return interp;
}

}  // namespace

TEST(Modes, IndexErrorOnReadAndWriteWithTraceback) {
  const std::string read = R"(def get(xs, i):
    return xs[i]


def outer(xs, i):
    return get(xs, i) + 1


xs = [1.5, 2.5, 3.5]
s = 0.0
for k in range(300):
    s += outer(xs, k % 3) + outer(xs, -1 - k % 3)
print(s)
print(outer(xs, INDEX))
)";
  auto with = [&](const std::string &index) {
    std::string s = read;
    s.replace(s.find("INDEX"), 5, index);
    return s;
  };
  Outcome o = expectSameInEveryMode(with("3"), "2100.0\n", "IndexError: list index out of range");
  // The frames from the module down to the subscript, with their lines.
  EXPECT_NE(o.err.find("Traceback (most recent call last):\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 14, in <module>\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 6, in outer\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 2, in get\n"), std::string::npos) << o.err;
  expectSameInEveryMode(with("-4"), "2100.0\n", "IndexError: list index out of range");

  const std::string write = R"(def put(xs, i, v):
    xs[i] = v


xs = [0, 0, 0, 0]
for k in range(400):
    put(xs, k % 4, k)
    put(xs, -1 - k % 4, k)
print(xs)
put(xs, INDEX, 1)
)";
  for (const char *index : {"4", "-5"}) {
    std::string s = write;
    s.replace(s.find("INDEX"), 5, index);
    Outcome w = expectSameInEveryMode(s, "[399, 398, 398, 399]\n",
                                      "IndexError: list assignment index out of range");
    EXPECT_NE(w.err.find("prog.py\", line 2, in put\n"), std::string::npos) << w.err;
  }
}

TEST(Modes, EachZeroDivisionErrorMessage) {
  struct Case {
    const char *op, *a, *b, *error;
  };
  // The messages python3 3.11 prints for each operator and operand kinds.
  const Case cases[] = {
      {"//", "7", "0", "ZeroDivisionError: integer division or modulo by zero"},
      {"%", "7", "0", "ZeroDivisionError: integer modulo by zero"},
      {"/", "7", "0", "ZeroDivisionError: division by zero"},
      {"/", "7.5", "0", "ZeroDivisionError: float division by zero"},
      {"/", "7", "0.0", "ZeroDivisionError: float division by zero"},
      {"//", "7.5", "0.0", "ZeroDivisionError: float floor division by zero"},
      {"%", "7.5", "0", "ZeroDivisionError: float modulo"},
      {"/", "(1+2j)", "0", "ZeroDivisionError: complex division by zero"},
  };
  for (const Case &c : cases) {
    std::string source = std::string("def f(a, b):\n    return a ") + c.op + " b\n\n\n" +
                         "t = 0\nfor k in range(1, 300):\n    t += f(" + c.a + ", k)\n" +
                         "print(t != 0)\nprint(f(" + c.a + ", " + c.b + "))\n";
    SCOPED_TRACE(source);
    Outcome o = expectSameInEveryMode(source, "True\n", c.error);
    EXPECT_NE(o.err.find("prog.py\", line 2, in f\n"), std::string::npos) << o.err;
  }
}

TEST(Modes, OverflowErrorForEveryIntegerOperation) {
  struct Case {
    const char *body, *arg;
  };
  // fastjit's licensed difference: CPython would grow the int; every mode raises instead.
  const Case cases[] = {
      {"return a + 9223372036854775000", "808"},
      {"return -9223372036854775000 - a", "809"},
      {"return a * 4611686018427387904", "2"},
      {"return a ** 63", "2"},
      {"return a ** 3", "2097152"},
      {"return -(a - 9223372036854775807 - 1)", "0"},
      {"return abs(a - 9223372036854775807 - 1)", "0"},
      {"return (a - 9223372036854775807 - 1) // -1", "0"},
      {"s = 1\n    for i in range(a):\n        s *= 3\n    return s", "40"},
  };
  for (const Case &c : cases) {
    std::string source = std::string("def f(a):\n    ") + c.body + "\n\n\n" +
                         "for k in range(300):\n    f(1)\n" + "print('ok')\nf(" + c.arg +
                         ")\n";
    SCOPED_TRACE(source);
    Outcome o = expectSameInEveryMode(source, "ok\n", "OverflowError: integer overflow");
    EXPECT_EQ(count(o.err, ", in f\n"), 1u) << o.err;
  }
}

TEST(Modes, RecursionErrorAtTheSameDepth) {
  const std::string source = R"(def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def via(n):
    return depth(n)


for k in range(100):
    depth(50)
print(depth(998), via(997))
print(depth(DEPTH))
)";
  auto with = [&](const char *d) {
    std::string s = source;
    s.replace(s.find("DEPTH"), 5, d);
    return s;
  };
  // From the module, 999 frames of depth succeed (1000 with the module's) and 1000 fail.
  expectSameInEveryMode(with("998"), "998 997\n998\n", "");
  Outcome o = expectSameInEveryMode(with("999"), "998 997\n",
                                    "RecursionError: maximum recursion depth exceeded");
  EXPECT_NE(o.err.find("[Previous line repeated"), std::string::npos) << o.err;
  // One frame deeper through via(): one less for depth.
  std::string viaSource = source;
  viaSource.replace(viaSource.find("print(depth(DEPTH))"), 19, "print(via(998))");
  expectSameInEveryMode(viaSource, "998 997\n", "RecursionError: maximum recursion depth exceeded");
}

TEST(Modes, ErrorsAfterOutputInsideLoopsOfCompiledCode) {
  // The failing iteration is deep inside a loop of a function that returned normally many times.
  const std::string source = R"(def scan(xs, d):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] / (d - i)
    return total


xs = [1.0] * 10
acc = 0.0
for k in range(200):
    acc += scan(xs, 20.5)
print(acc > 0)
print(scan(xs, 7))
)";
  Outcome o = expectSameInEveryMode(source, "True\n", "ZeroDivisionError: float division by zero");
  EXPECT_NE(o.err.find("prog.py\", line 13, in <module>\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 4, in scan\n"), std::string::npos) << o.err;
}

TEST(Modes, UnsafeKeepsEveryCheckButBoundsAndOverflow) {
  const std::string zero = R"(def f(a, b):
    return a // b


for k in range(1, 300):
    f(k, k)
print(f(-9223372036854775807 - 1, 1))
print(f(-9223372036854775807 - 1, -1))
)";
  Outcome safe = runIn(Mode::Interp, zero);
  for (Mode m : {Mode::Auto, Mode::Jit}) {
    Outcome o = runIn(m, zero, /*unsafe=*/true);
    EXPECT_EQ(o.out, safe.out) << modeName(m);
    EXPECT_EQ(o.err, safe.err) << modeName(m);
    EXPECT_EQ(lastLine(o.err), "OverflowError: integer overflow");
  }
  const std::string recursion = R"(def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(998))
print(depth(999))
)";
  Outcome rsafe = runIn(Mode::Interp, recursion);
  Outcome runsafe = runIn(Mode::Jit, recursion, /*unsafe=*/true);
  EXPECT_EQ(runsafe.out, rsafe.out);
  EXPECT_EQ(runsafe.err, rsafe.err);
  EXPECT_EQ(lastLine(runsafe.err), "RecursionError: maximum recursion depth exceeded");

  // Overflow is not checked under --unsafe (the int wraps: not Python's answer, and documented
  // as such); the interpreter, which --unsafe does not change, still raises.
  const std::string overflow = R"(def mul(a, b):
    return a * b


for k in range(300):
    mul(k, k)
print(mul(9223372036854775807, 2))
)";
  Outcome o = runIn(Mode::Jit, overflow, /*unsafe=*/true);
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "-2\n");
  Outcome interp = runIn(Mode::Interp, overflow, /*unsafe=*/true);
  EXPECT_EQ(lastLine(interp.err), "OverflowError: integer overflow");
  // Negative indices are semantics, not a bounds check: unchanged under --unsafe.
  const std::string negative = R"(def get(xs, i):
    return xs[i]


xs = [1, 2, 3]
t = 0
for k in range(300):
    t += get(xs, -1 - k % 3)
print(t)
)";
  EXPECT_EQ(runIn(Mode::Jit, negative, /*unsafe=*/true).out, "600\n");
}

// Module-level loops are compiled in auto mode only once they have run 2048 interpreted
// iterations (their inner loops' included), so a short set-up loop costs no compilation; the
// long loop is compiled mid-run, entered at its header with the iteration state it has reached,
// and the results are the same. --mode=jit compiles every loop at its first entry.
TEST(Modes, ShortModuleLoopsStayInterpretedInAutoMode) {
  const std::string program = R"(short = 0
for i in range(10):
    short += i
total = 0.0
for i in range(100000):
    total += i * 0.5
rows = 0
for r in range(40):
    for c in range(100):
        rows += r * c
print(short, total, rows)
)";
  const std::string expected = "45 2499975000.0 3861000\n";
  Outcome automatic = runIn(Mode::Auto, program, false, /*explain=*/true);
  EXPECT_EQ(automatic.out, expected);
  EXPECT_EQ(count(automatic.err, "loop at line 2"), 0u) << automatic.err;
  EXPECT_EQ(count(automatic.err, "loop at line 5"), 1u) << automatic.err;
  // 40 x 100 iterations: the inner loop becomes hot during the 21st row; the outer loop, which
  // counts them too, at its next iteration.
  EXPECT_EQ(count(automatic.err, "loop at line 9"), 1u) << automatic.err;
  EXPECT_EQ(count(automatic.err, "loop at line 8"), 1u) << automatic.err;
  Outcome jit = runIn(Mode::Jit, program, false, /*explain=*/true);
  EXPECT_EQ(jit.out, expected);
  EXPECT_EQ(count(jit.err, "loop at line 2"), 1u) << jit.err;
  EXPECT_EQ(count(jit.err, "loop at line 8"), 1u) << jit.err;
}
