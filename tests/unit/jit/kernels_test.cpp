// The numeric kernels of ../shared/bench/ (primes, norm, julia, fib), parsed and lowered by the real
// frontend and ir/lower, then specialized and compiled by the JIT for the argument types the
// benchmarks use; results are compared with what CPython 3.11 prints for the same calls.
//
// The module's top level is not run (that is the interpreter's job): a small evaluator below binds
// the `def`s, imports and constants of the straight-line top level, as running it would.
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "jit/jit.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/tuple.h"

#include <gtest/gtest.h>

#include <map>

using namespace fastjit;

namespace {

struct Loaded {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<ast::Module> ast;
  std::unique_ptr<ir::Module> module;
  std::vector<rt::Value> globals;
  std::unique_ptr<jit::Jit> jit;

  const ir::Function &function(const std::string &name) const {
    for (auto &f : module->functions)
      if (f->name == name) return *f;
    ADD_FAILURE() << "no function " << name;
    return *module->functions[0];
  }
};

// Binds the globals that the straight-line top level assigns: functions, imports, constants.
void bindTopLevel(Loaded &l) {
  const ir::Function &top = l.module->top();
  std::map<ir::Reg, rt::Value> regs;
  for (const ir::Instruction &inst : top.blocks[0].insts) {
    switch (inst.op) {
    case ir::Op::LoadConst: {
      const ir::Constant &c = top.consts[inst.imm];
      if (c.kind == ir::Constant::Kind::Int) regs[inst.dst()] = rt::Value::integer(c.i);
      if (c.kind == ir::Constant::Kind::Float) regs[inst.dst()] = rt::Value::floating(c.f);
      break;
    }
    case ir::Op::MakeFunction: {
      const ir::Function &f = *l.module->functions[inst.imm];
      std::vector<std::string> params(f.regNames.begin(), f.regNames.begin() + f.numParams);
      regs[inst.dst()] = rt::makeFunction(f.name, params, {}, &f, nullptr, nullptr);
      break;
    }
    case ir::Op::Import: regs[inst.dst()] = rt::importModule(top.names[inst.imm]); break;
    case ir::Op::StoreGlobal:
      if (regs.count(inst.ops[0])) l.globals[inst.imm] = regs[inst.ops[0]];
      break;
    default: break;
    }
  }
}

std::unique_ptr<Loaded> load(const std::string &text) {
  auto l = std::make_unique<Loaded>();
  l->source = std::make_unique<SourceFile>("kernel.py", text);
  Diagnostics diags(*l->source);
  l->ast = parseFile(*l->source, diags);
  if (!l->ast || diags.hasErrors()) {
    ADD_FAILURE() << "parse failed";
    return nullptr;
  }
  auto m = ir::lowerModule(*l->ast);
  if (!m) {
    ADD_FAILURE() << llvm::toString(m.takeError());
    return nullptr;
  }
  l->module = std::move(*m);
  l->globals.assign(l->module->globals.size(), rt::Value::error());
  bindTopLevel(*l);
  auto j = jit::Jit::create(*l->module, l->globals.data());
  if (!j) {
    ADD_FAILURE() << llvm::toString(j.takeError());
    return nullptr;
  }
  l->jit = std::move(*j);
  return l;
}

rt::Value call(Loaded &l, const std::string &fn, std::vector<rt::Value> args) {
  auto r = l.jit->call(l.function(fn), args.data(), args.size());
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
}
