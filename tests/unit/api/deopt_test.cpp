// Deoptimization of compiled functions (jit/deopt.h), through the embedding API: programs whose
// compiled code meets a type it assumed away (a row of a list of lists changed by a function it
// calls, through a global that aliases the argument, which inference does not follow) must print
// exactly what the interpreter prints, stderr (every traceback line) included,
// in --mode=auto and --mode=jit; and the compiled code must really have handed the call to the
// interpreter (jit::deoptCount), not been refused or raised.
#include "tests/unit/api/run_program.h"

#include <gtest/gtest.h>

#include <string>

using fastjit::Mode;

namespace {

using fastjit::testing::Outcome;

Outcome runIn(Mode mode, const std::string &source) {
  fastjit::Options options;
  options.mode = mode;
  return fastjit::testing::runProgram(options, source);
}

// Runs source in every mode: stdout must be `out`, stderr and the status the interpreter's, and
// compiled runs must have deoptimized at least `deopts` times.
Outcome expectDeopts(const std::string &source, const std::string &out, int64_t deopts) {
  Outcome interp = runIn(Mode::Interp, source);
  EXPECT_EQ(interp.out, out);
  EXPECT_EQ(interp.deopts, 0);
  for (Mode m : {Mode::Auto, Mode::Jit}) {
    Outcome o = runIn(m, source);
    const char *name = m == Mode::Auto ? "auto" : "jit";
    EXPECT_EQ(o.out, interp.out) << name;
    EXPECT_EQ(o.err, interp.err) << name;
    EXPECT_EQ(o.status, interp.status) << name;
    EXPECT_GE(o.deopts, deopts) << name;
  }
  return interp;
}

}  // namespace

TEST(Deopt, RowChangesStorageDuringTheCall) {
  const char *source = R"(def poke():
    shared[1][0] = 2.5


def total(g):
    s = 0
    for i in range(len(g)):
        if i == 1:
            poke()
        for x in g[i]:
            s += x
    return s


shared = [[1, 2], [3, 4], [5, 6]]
print(total(shared))
)";
  expectDeopts(source, "20.5\n", 1);
}

TEST(Deopt, ResultOfAnotherTypeReachesACompiledCaller) {
  // total's int sum becomes a float: caller (compiled, typed for an int result) continues in the
  // interpreter after the call with that float.
  const char *source = R"(def poke():
    shared[0][0] = 0.5


def total(g, touch):
    s = 0
    for i in range(len(g)):
        if touch and i == 0:
            poke()
        for x in g[i]:
            s += x
    return s


def caller(g, touch):
    t = total(g, touch)
    return t * 2 + 1


shared = [[1, 2], [3]]
print(caller(shared, False))
shared = [[1, 2], [3]]
print(caller(shared, True))
)";
  expectDeopts(source, "13\n12.0\n", 2);
}

TEST(Deopt, ExceptionAfterResumingHasEveryTracebackLine) {
  const char *source = R"(def poke():
    shared[1][1] = 1.5


def inner(g):
    s = 0
    for i in range(len(g)):
        for j in range(len(g[i])):
            if i == 0 and j == 1:
                poke()
            s += g[i][j]
            if s > 7:
                s = s // 0
    return s


def outer():
    return inner(shared) + 1


shared = [[1, 2], [3, 4]]
print(outer())
)";
  Outcome o = expectDeopts(source, "", 1);
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find("prog.py\", line 22, in <module>\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 18, in outer\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("prog.py\", line 13, in inner\n"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("ZeroDivisionError: float floor division by zero"), std::string::npos) << o.err;
}

TEST(Deopt, RowReplacedByAnotherKindOfValue) {
  const char *source = R"(def swap(v):
    shared[1] = v


def total(g, v):
    s = 0
    for i in range(len(g)):
        if i == 0:
            swap(v)
        for x in g[i]:
            s += x
    return s


shared = [[1, 2], [3, 4]]
print(total(shared, (10, 20)))
shared = [[1, 2], [3, 4]]
print(total(shared, 7))
)";
  Outcome o = expectDeopts(source, "33\n", 2);
  EXPECT_NE(o.err.find("TypeError: 'int' object is not iterable"), std::string::npos) << o.err;
}
