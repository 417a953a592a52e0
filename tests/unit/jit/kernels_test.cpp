// The numeric kernels of ../shared/bench/ (primes, norm, julia, fib), parsed and lowered by the real
// frontend and ir/lower, then specialized and compiled by the JIT for the argument types the
// benchmarks use; results are compared with what CPython 3.11 prints for the same calls.
//
// The module's top level is not run (that is the interpreter's job): tests/unit/lowered_program.h
// binds the `def`s, imports and constants of the straight-line top level, as running it would.
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "jit/jit.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/tuple.h"
#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

#include <map>

using namespace fastjit;

namespace {

// A lowered program with its top level bound (tests/unit/lowered_program.h) and a Jit over it.
struct Loaded : fastjit::testing::LoweredProgram {
  std::unique_ptr<jit::Jit> jit;

  const ir::Function &fn(const std::string &name) const {
    const ir::Function *f = function(name);
    return f ? *f : *module->functions[0];
  }
};

std::unique_ptr<Loaded> load(const std::string &text) {
  auto lowered = fastjit::testing::lowerProgram(text, "kernel.py");
  if (!lowered) return nullptr;
  auto l = std::make_unique<Loaded>();
  static_cast<fastjit::testing::LoweredProgram &>(*l) = std::move(*lowered);
  auto j = jit::Jit::create(*l->module, l->globals.data());
  if (!j) {
    ADD_FAILURE() << llvm::toString(j.takeError());
    return nullptr;
  }
  l->jit = std::move(*j);
  return l;
}

rt::Value call(Loaded &l, const std::string &fn, std::vector<rt::Value> args) {
  auto r = l.jit->call(l.fn(fn), args.data(), args.size());
  if (!r) {
    ADD_FAILURE() << llvm::toString(r.takeError());
    return rt::Value::none();
  }
  if (r->isError()) ADD_FAILURE() << "raised " << rt::takePending().message;
  return std::move(*r);
}

const char *kPrimes = R"(
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit):
    count = 0
    total = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
            total += n
    return count, total
)";

const char *kNorm = R"(
def norm_square(vector):
    norm = 0
    for v in vector:
        norm += v * v
    return norm


def repeat_norm(vector, rounds):
    n = len(vector)
    checksum = 0
    for r in range(rounds):
        vector[r % n] = -vector[r % n]
        checksum = (checksum + norm_square(vector)) % 1000000007
    return checksum
)";

const char *kJulia = R"(
x1, x2, y1, y2 = -1.8, 1.8, -1.8, 1.8


def escape_counts(maxiter, zs, cs):
    out = [0] * len(zs)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        out[i] = n
    return out
)";

const char *kFib = R"(
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
)";

const char *kLists = R"(
from math import sqrt

def evolve(grid, dt, xmax, ymax, D=1.0):
    new_grid = [[0.0] * ymax for i in range(xmax)]
    for i in range(xmax):
        for j in range(ymax):
            grid_xx = grid[(i + 1) % xmax][j] + grid[(i - 1) % xmax][j] - 2.0 * grid[i][j]
            grid_yy = grid[i][(j + 1) % ymax] + grid[i][(j - 1) % ymax] - 2.0 * grid[i][j]
            new_grid[i][j] = grid[i][j] + D * (grid_xx + grid_yy) * dt
    return new_grid


def initial_grid(xmax, ymax):
    grid = [[0.0] * ymax for i in range(xmax)]
    low = int(xmax * 0.4)
    high = int(xmax * 0.5)
    for i in range(low, high):
        for j in range(low, high):
            grid[i][j] = 0.005
    return grid


def run_experiment(grid, steps, xmax, ymax):
    for s in range(steps):
        grid = evolve(grid, 0.1, xmax, ymax)
    return grid


def make_matrix(n, a, b, m):
    return [[float((a * i + b * j) % m + 1) for j in range(n)] for i in range(n)]


def matmul(a, b, n):
    c = [[0.0] * n for i in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


def energy(bodies):
    e = 0.0
    nb = len(bodies)
    for i in range(nb):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, nb):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    nb = len(bodies)
    for s in range(steps):
        for i in range(nb):
            bi = bodies[i]
            for j in range(i + 1, nb):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                dz = bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * sqrt(d2))
                mi = bi[6] * mag
                mj = bj[6] * mag
                bi[3] -= dx * mj
                bi[4] -= dy * mj
                bi[5] -= dz * mj
                bj[3] += dx * mi
                bj[4] += dy * mi
                bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]
)";

// A list of n lists of floats (grid rows, bodies): boxed outer storage, float rows.
rt::Value rows(int n, int width, double (*value)(int, int)) {
  rt::Value outer = rt::makeList();
  for (int i = 0; i < n; ++i) {
    rt::Value row = rt::makeFloatList(width, 0.0);
    for (int k = 0; k < width; ++k) rt::listSet(rt::asList(row), k, rt::Value::floating(value(i, k)));
    rt::listAppend(rt::asList(outer), row);
  }
  return outer;
}

double sumRows(const rt::Value &grid) {
  double total = 0;
  const rt::ListObject *g = rt::asList(grid);
  for (int64_t i = 0; i < g->size; ++i) {
    const rt::ListObject *row = rt::asList(g->boxed[i]);
    EXPECT_EQ(row->storage, rt::ListStorage::Float);
    for (int64_t k = 0; k < row->size; ++k) total += row->floats[k];
  }
  return total;
}

}  // namespace

TEST(Kernels, Primes) {
  auto l = load(kPrimes);
  ASSERT_TRUE(l);
  rt::Value r = call(*l, "count_primes", {rt::Value::integer(10000)});
  ASSERT_TRUE(r.isObject(rt::ObjKind::Tuple));
  EXPECT_EQ(rt::reprString(r), "(1229, 5736396)");  // CPython: count_primes(10000)
}

TEST(Kernels, Norm) {
  auto l = load(kNorm);
  ASSERT_TRUE(l);
  rt::Value v = rt::makeIntList(1000, 0);
  for (int64_t i = 0; i < 1000; ++i) rt::listSet(rt::asList(v), i, rt::Value::integer(i));
  rt::Value r = call(*l, "repeat_norm", {v, rt::Value::integer(50)});
  ASSERT_TRUE(r.isInt());
  EXPECT_EQ(r.asInt(), 641674888);  // CPython: repeat_norm(list(range(1000)), 50)
  EXPECT_EQ(rt::asList(v)->ints[3], -3);  // the list was mutated in place
}

TEST(Kernels, JuliaEscapeCounts) {
  auto l = load(kJulia);
  ASSERT_TRUE(l);
  rt::Value zs = rt::makeList(), cs = rt::makeList();
  for (int j = 0; j < 40; ++j)
    for (int i = 0; i < 40; ++i) {
      rt::listAppend(rt::asList(zs), rt::Value::complex(-1.8 + 3.6 * i / 40, 1.8 - 3.6 * j / 40));
      rt::listAppend(rt::asList(cs), rt::Value::complex(-0.62772, -.42193));
    }
  rt::Value out = call(*l, "escape_counts", {rt::Value::integer(300), zs, cs});
  ASSERT_TRUE(rt::isList(out));
  const rt::ListObject *o = rt::asList(out);
  ASSERT_EQ(o->storage, rt::ListStorage::Int);
  int64_t sum = 0;
  for (int64_t i = 0; i < o->size; ++i) sum += o->ints[i];
  EXPECT_EQ(sum, 51186);  // CPython, same 40x40 grid
  EXPECT_EQ(out.asObject()->refcount, 1);
}

TEST(Kernels, FibAndExplain) {
  auto l = load(kFib);
  ASSERT_TRUE(l);
  rt::Value r = call(*l, "fib", {rt::Value::integer(27)});
  EXPECT_EQ(r.asInt(), 196418);
  ASSERT_FALSE(l->jit->explain().empty());
  EXPECT_EQ(l->jit->explain().back().signature, "fib[int]");
  EXPECT_TRUE(l->jit->explain().back().compiled);
  const jit::PhaseTimes &t = l->jit->engine().times();
  EXPECT_GT(t.infer, 0.0);
  EXPECT_GT(t.codegen, 0.0);
  EXPECT_GT(t.optimize, 0.0);
  EXPECT_GT(t.machineCode, 0.0);
}

TEST(Kernels, DiffusionOnNestedLists) {
  auto l = load(kLists);
  ASSERT_TRUE(l);
  rt::Value grid = call(*l, "initial_grid", {rt::Value::integer(20), rt::Value::integer(20)});
  ASSERT_TRUE(rt::isList(grid));
  rt::Value out = call(*l, "run_experiment", {grid, rt::Value::integer(10), rt::Value::integer(20),
                                              rt::Value::integer(20)});
  ASSERT_TRUE(rt::isList(out));
  // CPython: sum of all cells 0.02 (summed row by row), centre cell 0.00128514006.
  double total = 0;
  const rt::ListObject *g = rt::asList(out);
  for (int64_t i = 0; i < g->size; ++i) {
    double rowSum = 0;
    const rt::ListObject *row = rt::asList(g->boxed[i]);
    for (int64_t k = 0; k < row->size; ++k) rowSum += row->floats[k];
    total += rowSum;
  }
  EXPECT_EQ(total, 0.02);
  EXPECT_EQ(rt::asList(g->boxed[9])->floats[9], 0.00128514006);
  EXPECT_EQ(out.asObject()->refcount, 1);
}

TEST(Kernels, MatmulOnNestedLists) {
  auto l = load(kLists);
  ASSERT_TRUE(l);
  auto matrix = [&](int a, int b, int m) {
    return call(*l, "make_matrix", {rt::Value::integer(12), rt::Value::integer(a),
                                   rt::Value::integer(b), rt::Value::integer(m)});
  };
  rt::Value a = matrix(1, 2, 7), b = matrix(3, 1, 5);
  rt::Value c = call(*l, "matmul", {a, b, rt::Value::integer(12)});
  ASSERT_TRUE(rt::isList(c));
  EXPECT_EQ(rt::asList(rt::asList(c)->boxed[3])->floats[5], 139.0);  // CPython
  EXPECT_EQ(sumRows(c), 20696.0);
}

TEST(Kernels, NbodyEnergyAndAdvance) {
  auto l = load(kLists);
  ASSERT_TRUE(l);
  rt::Value bodies = rows(4, 7, [](int i, int k) { return k < 6 ? i * 1.5 + k * 0.25 : 1.0 + i; });
  rt::Value e0 = call(*l, "energy", {bodies});
  ASSERT_TRUE(e0.isFloat());
  EXPECT_EQ(e0.asFloat(), 264.0468451844967);  // CPython
  rt::Value r = call(*l, "advance", {bodies, rt::Value::floating(0.01), rt::Value::integer(100)});
  EXPECT_TRUE(r.isNone());
  EXPECT_EQ(call(*l, "energy", {bodies}).asFloat(), 264.0074227200259);
  EXPECT_EQ(rt::asList(rt::asList(bodies)->boxed[2])->floats[0], 6.79837991994062);
}

TEST(Kernels, UnionsKeepPythonsTypes) {
  auto l = load(R"(
def accumulate(n):
    x = 0
    for i in range(n):
        x += 0.5
    return x


def mixed(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t = t + 1
        else:
            t = t * 1.5
    return t
)");
  ASSERT_TRUE(l);
  // CPython: accumulate(0) is the int 0, accumulate(3) the float 1.5.
  rt::Value zero = call(*l, "accumulate", {rt::Value::integer(0)});
  ASSERT_TRUE(zero.isInt());
  EXPECT_EQ(zero.asInt(), 0);
  rt::Value half = call(*l, "accumulate", {rt::Value::integer(3)});
  ASSERT_TRUE(half.isFloat());
  EXPECT_EQ(half.asFloat(), 1.5);
  // CPython: mixed(1) == 1 (int), mixed(5) == 4.875, mixed(40) == 68177.35439391434.
  rt::Value one = call(*l, "mixed", {rt::Value::integer(1)});
  ASSERT_TRUE(one.isInt());
  EXPECT_EQ(one.asInt(), 1);
  EXPECT_EQ(call(*l, "mixed", {rt::Value::integer(5)}).asFloat(), 4.875);
  EXPECT_EQ(rt::reprString(call(*l, "mixed", {rt::Value::integer(40)})), "68177.35439391434");
}

TEST(Kernels, ParameterReboundToAnotherType) {
  auto l = load(R"(
def half(n):
    n = n / 2
    return n


def inc(b):
    b = b + 1
    return b
)");
  ASSERT_TRUE(l);
  // The int (bool) argument lands in a union slot: CPython gives 4.0 and 2.
  rt::Value h = call(*l, "half", {rt::Value::integer(8)});
  ASSERT_TRUE(h.isFloat());
  EXPECT_EQ(h.asFloat(), 4.0);
  rt::Value i = call(*l, "inc", {rt::Value::boolean(true)});
  ASSERT_TRUE(i.isInt());
  EXPECT_EQ(i.asInt(), 2);
}
