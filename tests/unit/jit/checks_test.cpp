// The Python checks compiled code keeps (issue 5, "every Python check is kept"): each test compiles a
// small function through the real frontend, ir/lower and the JIT (jit::Jit::call compiles or
// returns an llvm::Error, so nothing here can silently run in the interpreter) and checks the
// exception class, CPython's exact message and the traceback frame of every error: IndexError on
// reads and writes with positive and negative indices, each ZeroDivisionError message, 64-bit
// OverflowError for + - * ** unary minus and abs, RecursionError at CPython's depth. Then that
// --unsafe drops only the bounds and overflow checks and keeps the others.
#include "jit/jit.h"
#include "runtime/errors.h"
#include "runtime/list.h"
#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace fastjit;

namespace {

struct Compiled {
  std::unique_ptr<fastjit::testing::LoweredProgram> program;
  std::unique_ptr<jit::Jit> jit;
};

Compiled compile(const std::string &source, bool unsafe = false) {
  Compiled c;
  c.program = fastjit::testing::lowerProgram(source, "checks.py");
  if (!c.program) return c;
  jit::JitOptions options;
  options.unsafe = unsafe;
  auto j = jit::Jit::create(*c.program->module, c.program->globals.data(), options);
  if (!j) {
    ADD_FAILURE() << llvm::toString(j.takeError());
    return c;
  }
  c.jit = std::move(*j);
  return c;
}

// Calls function `fn` compiled; Value::error() with the exception pending on a Python error.
rt::Value call(Compiled &c, const std::string &fn, std::vector<rt::Value> args) {
  const ir::Function *f = c.program->function(fn);
  if (!f || !c.jit) return rt::Value::none();
  auto r = c.jit->call(*f, args.data(), args.size());
  if (!r) {
    ADD_FAILURE() << "not compiled: " << llvm::toString(r.takeError());
    return rt::Value::none();
  }
  return std::move(*r);
}

// The call must fail with `type: message`, raised at `line` of function `fn` (the innermost frame).
void expectRaises(rt::Value result, rt::ExcType type, const std::string &message,
                  const std::string &fn, int line) {
  ASSERT_TRUE(result.isError()) << "no exception, expected " << message;
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, type) << exc.message;
  EXPECT_EQ(exc.message, message);
  ASSERT_FALSE(exc.traceback.empty());
  EXPECT_EQ(exc.traceback.back().function, fn);
  EXPECT_EQ(exc.traceback.back().line, line);
}

rt::Value I(int64_t v) { return rt::Value::integer(v); }
rt::Value F(double v) { return rt::Value::floating(v); }

rt::Value ints(std::initializer_list<int64_t> items) {
  rt::Value l = rt::makeList();
  for (int64_t i : items) rt::listAppend(rt::asList(l), I(i));
  return l;
}

rt::Value floats(std::initializer_list<double> items) {
  rt::Value l = rt::makeList();
  for (double d : items) rt::listAppend(rt::asList(l), F(d));
  return l;
}

const char *kIndexing = R"(
def get(xs, i):
    return xs[i]

def put(xs, i, v):
    xs[i] = v
    return xs[i]

def get2(grid, i, j):
    return grid[i][j]
)";

const rt::ExcType kIndex = rt::ExcType::IndexError;
const rt::ExcType kZero = rt::ExcType::ZeroDivisionError;
const rt::ExcType kOverflow = rt::ExcType::OverflowError;
const std::string kRead = "list index out of range", kWrite = "list assignment index out of range";

}  // namespace

TEST(Checks, IndexErrorOnReadsWithPositiveAndNegativeIndices) {
  Compiled c = compile(kIndexing);
  for (rt::Value xs : {ints({10, 20, 30}), floats({0.5, 1.5, 2.5})}) {
    EXPECT_FALSE(call(c, "get", {xs, I(2)}).isError());
    EXPECT_FALSE(call(c, "get", {xs, I(-3)}).isError());
    expectRaises(call(c, "get", {xs, I(3)}), kIndex, kRead, "get", 3);
    expectRaises(call(c, "get", {xs, I(-4)}), kIndex, kRead, "get", 3);
    expectRaises(call(c, "get", {xs, I(INT64_MAX)}), kIndex, kRead, "get", 3);
    expectRaises(call(c, "get", {xs, I(INT64_MIN)}), kIndex, kRead, "get", 3);
  }
  EXPECT_EQ(call(c, "get", {ints({10, 20, 30}), I(-1)}).asInt(), 30);
  EXPECT_EQ(call(c, "get", {floats({0.5, 1.5}), I(-2)}).asFloat(), 0.5);
  // An empty list has no index at all, not even -1 or 0.
  rt::Value empty = ints({1});
  rt::listPop(rt::asList(empty), 0);  // index already normalised
  expectRaises(call(c, "get", {empty, I(0)}), kIndex, kRead, "get", 3);
  expectRaises(call(c, "get", {empty, I(-1)}), kIndex, kRead, "get", 3);
}

TEST(Checks, IndexErrorOnWritesWithPositiveAndNegativeIndices) {
  Compiled c = compile(kIndexing);
  rt::Value xs = ints({1, 2, 3});
  EXPECT_EQ(call(c, "put", {xs, I(-1), I(9)}).asInt(), 9);
  EXPECT_EQ(rt::asList(xs)->ints[2], 9);
  expectRaises(call(c, "put", {xs, I(3), I(0)}), kIndex, kWrite, "put", 6);
  expectRaises(call(c, "put", {xs, I(-4), I(0)}), kIndex, kWrite, "put", 6);
  rt::Value fs = floats({1.5, 2.5});
  EXPECT_EQ(call(c, "put", {fs, I(-2), F(7.5)}).asFloat(), 7.5);
  expectRaises(call(c, "put", {fs, I(2), F(0)}), kIndex, kWrite, "put", 6);
  expectRaises(call(c, "put", {fs, I(-3), F(0)}), kIndex, kWrite, "put", 6);
  // The failed stores changed nothing.
  EXPECT_EQ(rt::asList(xs)->size, 3);
  EXPECT_EQ(rt::asList(fs)->floats[0], 7.5);
  EXPECT_EQ(rt::asList(fs)->floats[1], 2.5);
}

TEST(Checks, IndexErrorInARowOfAListOfLists) {
  Compiled c = compile(kIndexing);
  rt::Value grid = rt::makeList();
  rt::listAppend(rt::asList(grid), floats({1, 2}));
  rt::listAppend(rt::asList(grid), floats({3, 4}));
  EXPECT_EQ(call(c, "get2", {grid, I(-1), I(-1)}).asFloat(), 4.0);
  expectRaises(call(c, "get2", {grid, I(2), I(0)}), kIndex, kRead, "get2", 10);
  expectRaises(call(c, "get2", {grid, I(1), I(2)}), kIndex, kRead, "get2", 10);
  expectRaises(call(c, "get2", {grid, I(0), I(-3)}), kIndex, kRead, "get2", 10);
}

TEST(Checks, ZeroDivisionErrorsHaveCPythonsMessages) {
  Compiled c = compile(R"(
def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def truediv(a, b):
    return a / b
)");
  // Messages as CPython 3.11 prints them (python3 -c "1 % 0" and so on).
  expectRaises(call(c, "floordiv", {I(1), I(0)}), kZero, "integer division or modulo by zero",
               "floordiv", 3);
  expectRaises(call(c, "mod", {I(1), I(0)}), kZero, "integer modulo by zero", "mod", 6);
  expectRaises(call(c, "truediv", {I(1), I(0)}), kZero, "division by zero", "truediv", 9);
  expectRaises(call(c, "floordiv", {F(1), F(0)}), kZero, "float floor division by zero",
               "floordiv", 3);
  expectRaises(call(c, "floordiv", {I(1), F(-0.0)}), kZero, "float floor division by zero",
               "floordiv", 3);
  expectRaises(call(c, "mod", {F(1), F(0)}), kZero, "float modulo", "mod", 6);
  expectRaises(call(c, "mod", {F(1), I(0)}), kZero, "float modulo", "mod", 6);
  expectRaises(call(c, "truediv", {F(1), F(0)}), kZero, "float division by zero", "truediv", 9);
  expectRaises(call(c, "truediv", {I(1), F(0)}), kZero, "float division by zero", "truediv", 9);
  expectRaises(call(c, "truediv", {F(1), I(0)}), kZero, "float division by zero", "truediv", 9);
  expectRaises(call(c, "truediv", {rt::Value::complex(1, 1), I(0)}), kZero,
               "complex division by zero", "truediv", 9);
  // And the neighbours that must not raise.
  EXPECT_EQ(call(c, "floordiv", {I(-7), I(2)}).asInt(), -4);
  EXPECT_EQ(call(c, "mod", {I(-7), I(2)}).asInt(), 1);
  EXPECT_EQ(call(c, "mod", {I(INT64_MIN), I(-1)}).asInt(), 0);
  EXPECT_EQ(call(c, "truediv", {I(0), F(-1)}).asFloat(), -0.0);
}

TEST(Checks, IntegerOverflowRaisesForEveryOperation) {
  Compiled c = compile(R"(
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def cube(a):
    return a ** 3

def pow63(a):
    return a ** 63

def neg(a):
    return -a

def magnitude(a):
    return abs(a)

def floordiv(a, b):
    return a // b

def accumulate(n):
    s = 9223372036854775800
    for i in range(n):
        s += 1
    return s
)");
  const std::string msg = "integer overflow";
  EXPECT_EQ(call(c, "add", {I(INT64_MAX - 1), I(1)}).asInt(), INT64_MAX);
  expectRaises(call(c, "add", {I(INT64_MAX), I(1)}), kOverflow, msg, "add", 3);
  expectRaises(call(c, "add", {I(INT64_MIN), I(-1)}), kOverflow, msg, "add", 3);
  EXPECT_EQ(call(c, "sub", {I(INT64_MIN + 1), I(1)}).asInt(), INT64_MIN);
  expectRaises(call(c, "sub", {I(INT64_MIN), I(1)}), kOverflow, msg, "sub", 6);
  expectRaises(call(c, "sub", {I(0), I(INT64_MIN)}), kOverflow, msg, "sub", 6);
  expectRaises(call(c, "mul", {I(3037000500), I(3037000500)}), kOverflow, msg, "mul", 9);
  expectRaises(call(c, "mul", {I(INT64_MIN), I(-1)}), kOverflow, msg, "mul", 9);
  EXPECT_EQ(call(c, "mul", {I(INT64_MIN), I(1)}).asInt(), INT64_MIN);
  EXPECT_EQ(call(c, "cube", {I(2097151)}).asInt(), int64_t(2097151) * 2097151 * 2097151);
  EXPECT_EQ(call(c, "cube", {I(-2097152)}).asInt(), INT64_MIN);
  expectRaises(call(c, "cube", {I(2097152)}), kOverflow, msg, "cube", 12);
  EXPECT_EQ(call(c, "pow63", {I(-2)}).asInt(), INT64_MIN);
  EXPECT_EQ(call(c, "pow63", {I(-1)}).asInt(), -1);
  expectRaises(call(c, "pow63", {I(2)}), kOverflow, msg, "pow63", 15);
  EXPECT_EQ(call(c, "neg", {I(INT64_MAX)}).asInt(), -INT64_MAX);
  expectRaises(call(c, "neg", {I(INT64_MIN)}), kOverflow, msg, "neg", 18);
  EXPECT_EQ(call(c, "magnitude", {I(-INT64_MAX)}).asInt(), INT64_MAX);
  expectRaises(call(c, "magnitude", {I(INT64_MIN)}), kOverflow, msg, "magnitude", 21);
  expectRaises(call(c, "floordiv", {I(INT64_MIN), I(-1)}), kOverflow, msg, "floordiv", 24);
  EXPECT_EQ(call(c, "accumulate", {I(7)}).asInt(), INT64_MAX);
  expectRaises(call(c, "accumulate", {I(8)}), kOverflow, msg, "accumulate", 29);
  // Floats never overflow to an exception: inf, as in CPython.
  EXPECT_EQ(call(c, "mul", {F(1e308), F(10)}).asFloat(), HUGE_VAL);
}

TEST(Checks, RecursionErrorAtTheInterpretersDepth) {
  // CPython's limit is 1000 frames, the module's included: called from the module (one frame),
  // depth(998) is 999 more and succeeds; depth(999) fails. Jit::call stands for that call from
  // the module, whose frame the call-depth counter holds.
  Compiled c = compile(R"(
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
)");
  int64_t *counter = jit::callDepthCounter();
  int64_t saved = *counter;
  *counter = 1;  // the module's frame
  EXPECT_EQ(call(c, "depth", {I(998)}).asInt(), 998);
  rt::Value r = call(c, "depth", {I(999)});
  ASSERT_TRUE(r.isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::RecursionError);
  EXPECT_EQ(exc.message, "maximum recursion depth exceeded");
  EXPECT_EQ(exc.traceback.size(), 999u);  // every compiled frame, as the interpreter lists them
  EXPECT_EQ(exc.traceback.back().line, 5);
  EXPECT_EQ(exc.traceback.front().line, 5);
  EXPECT_EQ(*counter, 1) << "the depth counter must unwind with the frames";
  // Mutual recursion counts both functions' frames.
  EXPECT_TRUE(call(c, "is_even", {I(998)}).asBool());
  ASSERT_TRUE(call(c, "is_odd", {I(999)}).isError());
  EXPECT_EQ(rt::takePending().type, rt::ExcType::RecursionError);
  // A float signature is a separate specialization with the same limit (depth(998.0) is the
  // int 998: the base case returns the int 0).
  rt::Value fr = call(c, "depth", {F(998)});
  ASSERT_TRUE(fr.isInt());
  EXPECT_EQ(fr.asInt(), 998);
  ASSERT_TRUE(call(c, "depth", {F(999)}).isError());
  EXPECT_EQ(rt::takePending().type, rt::ExcType::RecursionError);
  EXPECT_EQ(*counter, 1);
  *counter = saved;
}

TEST(Checks, UnsafeDropsOnlyBoundsAndOverflowChecks) {
  const char *source = R"(
def get(xs, i):
    return xs[i]

def mul(a, b):
    return a * b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def truediv(a, b):
    return a / b

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
)";
  Compiled c = compile(source, /*unsafe=*/true);
  // Overflow is not checked: the product wraps instead of raising (not Python's answer; the
  // user asked for it).
  rt::Value wrapped = call(c, "mul", {I(INT64_MAX), I(2)});
  ASSERT_FALSE(wrapped.isError()) << rt::takePending().message;
  EXPECT_EQ(wrapped.asInt(), -2);
  // Negative indices are Python semantics, not a check: still counted from the end.
  rt::Value xs = ints({10, 20, 30});
  EXPECT_EQ(call(c, "get", {xs, I(-1)}).asInt(), 30);
  EXPECT_EQ(call(c, "get", {xs, I(-3)}).asInt(), 10);
  // Division by zero, INT64_MIN // -1 (a hardware trap otherwise) and recursion depth stay checked.
  expectRaises(call(c, "floordiv", {I(1), I(0)}), kZero, "integer division or modulo by zero",
               "floordiv", 9);
  expectRaises(call(c, "mod", {I(1), I(0)}), kZero, "integer modulo by zero", "mod", 12);
  expectRaises(call(c, "truediv", {F(1), F(0)}), kZero, "float division by zero", "truediv", 15);
  expectRaises(call(c, "floordiv", {I(INT64_MIN), I(-1)}), kOverflow, "integer overflow",
               "floordiv", 9);
  EXPECT_EQ(call(c, "mod", {I(INT64_MIN), I(-1)}).asInt(), 0);
  int64_t *counter = jit::callDepthCounter();
  int64_t saved = *counter;
  *counter = 1;
  EXPECT_EQ(call(c, "depth", {I(998)}).asInt(), 998);
  ASSERT_TRUE(call(c, "depth", {I(999)}).isError());
  EXPECT_EQ(rt::takePending().type, rt::ExcType::RecursionError);
  *counter = saved;

  // The same source compiled safely raises where unsafe code did not.
  Compiled safe = compile(source);
  expectRaises(call(safe, "mul", {I(INT64_MAX), I(2)}), kOverflow, "integer overflow", "mul", 6);
  expectRaises(call(safe, "get", {xs, I(3)}), kIndex, kRead, "get", 3);
}
