// Tests of type inference and specialization (ir/infer.h, ir/specialize.h) on real programs: the
// source goes through the frontend and ir::lowerModule, the `def`s, imports and constants of the
// top level are bound as running it would bind them (tests/unit/lowered_program.h), and the
// Specializer infers one function for given argument types. The assertions are on the inferred ir::Types of named variables and of the
// return value: unions (int|float accumulators), widening to dynamic, list element types from the
// storage strategies (and the likely row type of a list of lists), recursion and mutual recursion
// to a common fixpoint, joins of returned values, and what becomes generic (boxed) instead.
#include "ir/infer.h"
#include "ir/specialize.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

using namespace fastjit;
using ir::Type;

namespace fastjit::ir {
// Failures print types as the IR printer does.
void PrintTo(const Type &t, std::ostream *os) { *os << t.toString(); }
}  // namespace fastjit::ir

namespace {

// A lowered program (tests/unit/lowered_program.h) with a Specializer over its globals.
struct Program : fastjit::testing::LoweredProgram {
  std::unique_ptr<ir::Specializer> specializer;

  // The specialization of `name` for `args`; on refusal the error text, for the test to check.
  llvm::Expected<ir::Specialization *> spec(const std::string &name, std::vector<Type> args) {
    const ir::Function *f = function(name);
    if (!f) return llvm::createStringError(llvm::inconvertibleErrorCode(), "no function");
    return specializer->get(*f, args);
  }

  // The type of variable `var` in specialization s.
  Type var(const ir::Specialization &s, const std::string &var) const {
    if (!s.fn) return Type::unknown();  // refused: already reported
    for (size_t r = 0; r < s.fn->regNames.size(); ++r)
      if (s.fn->regNames[r] == var) return s.types.regs[r];
    ADD_FAILURE() << "no variable " << var << " in " << s.fn->name;
    return Type::unknown();
  }
};

std::unique_ptr<Program> load(const std::string &text) {
  auto lowered = fastjit::testing::lowerProgram(text, "infer.py");
  if (!lowered) return nullptr;
  auto p = std::make_unique<Program>();
  static_cast<fastjit::testing::LoweredProgram &>(*p) = std::move(*lowered);
  p->specializer = std::make_unique<ir::Specializer>(*p->module, p->globals.data());
  return p;
}

// Inference must succeed: the specialization, or a test failure with the refusal.
ir::Specialization &ok(llvm::Expected<ir::Specialization *> s) {
  if (!s) {
    static ir::Specialization none;
    ADD_FAILURE() << "refused: " << llvm::toString(s.takeError());
    return none;
  }
  return **s;
}

const Type I = Type::integer(), F = Type::floating(), C = Type::complex(), Bo = Type::boolean();
const Type IF = Type::join(Type::integer(), Type::floating());

rt::Value intList(std::initializer_list<int64_t> items) {
  rt::Value l = rt::makeList();
  for (int64_t i : items) rt::listAppend(rt::asList(l), rt::Value::integer(i));
  return l;
}

rt::Value floatList(std::initializer_list<double> items) {
  rt::Value l = rt::makeList();
  for (double d : items) rt::listAppend(rt::asList(l), rt::Value::floating(d));
  return l;
}

rt::Value listOf(std::initializer_list<rt::Value> items) {
  rt::Value l = rt::makeList();
  for (const rt::Value &v : items) rt::listAppend(rt::asList(l), v);
  return l;
}

}  // namespace

// --- unions ----------------------------------------------------------------------------------

TEST(Infer, IntThenFloatAugmentedAssignmentIsAUnion) {
  auto p = load("def f(n):\n"
                "    x = 0\n"
                "    for i in range(n):\n"
                "        x += 0.5\n"
                "    return x\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("f", {I}));
  EXPECT_EQ(p->var(s, "x"), IF);
  EXPECT_EQ(p->var(s, "x").toString(), "int|float");
  EXPECT_EQ(p->var(s, "i"), I);
  EXPECT_EQ(s.types.result, IF);
  EXPECT_EQ(s.name, "f[int]");
  std::string text = ir::typesText(*s.fn, s.types);
  EXPECT_NE(text.find("%x: int|float\n"), std::string::npos) << text;
  EXPECT_NE(text.find("%n: int\n"), std::string::npos) << text;
  EXPECT_NE(text.find("return: int|float\n"), std::string::npos) << text;
}

TEST(Infer, NormStartsAtIntZeroAndAccumulatesTheElements) {
  auto p = load("def norm_square(vector):\n"
                "    norm = 0\n"
                "    for v in vector:\n"
                "        norm += v * v\n"
                "    return norm\n");
  ASSERT_TRUE(p);
  // Over floats: 0 then floats, int|float; the element is a plain float.
  ir::Specialization &f = ok(p->spec("norm_square", {Type::list(F)}));
  EXPECT_EQ(p->var(f, "v"), F);
  EXPECT_EQ(p->var(f, "norm"), IF);
  EXPECT_EQ(f.types.result, IF);
  // Over ints nothing but ints: no union at all.
  ir::Specialization &i = ok(p->spec("norm_square", {Type::list(I)}));
  EXPECT_EQ(p->var(i, "v"), I);
  EXPECT_EQ(p->var(i, "norm"), I);
  EXPECT_EQ(i.types.result, I);
  // Over complex: int|complex.
  ir::Specialization &c = ok(p->spec("norm_square", {Type::list(C)}));
  EXPECT_EQ(p->var(c, "norm").toString(), "int|complex");
  // Three distinct specializations, one per signature, each cached.
  EXPECT_EQ(p->specializer->all().size(), 3u);
  EXPECT_EQ(&ok(p->spec("norm_square", {Type::list(F)})), &f);
  EXPECT_EQ(p->specializer->all().size(), 3u);
}

TEST(Infer, UnionOfArgumentAndLocalArithmetic) {
  // An int|float argument (two call sites' worth of types) flows through arithmetic member by
  // member: int|float * int is int|float, / always float, // keeps the union.
  auto p = load("def g(a):\n"
                "    b = a * 2\n"
                "    c = a / 2\n"
                "    d = a // 2\n"
                "    e = -a\n"
                "    t = a < 1\n"
                "    return b\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("g", {IF}));
  EXPECT_EQ(s.name, "g[int|float]");
  EXPECT_EQ(p->var(s, "b"), IF);
  EXPECT_EQ(p->var(s, "c"), F);
  EXPECT_EQ(p->var(s, "d"), IF);
  EXPECT_EQ(p->var(s, "e"), IF);
  EXPECT_EQ(p->var(s, "t"), Bo);
  // bool arithmetic is int arithmetic: -True is -1.
  ir::Specialization &b = ok(p->spec("g", {Bo}));
  EXPECT_EQ(p->var(b, "b"), I);
  EXPECT_EQ(p->var(b, "e"), I);
  EXPECT_EQ(p->var(b, "c"), F);
}

TEST(Infer, PowerOfIntsIsIntOnlyForANonNegativeConstantExponent) {
  auto p = load("def p(a, b):\n"
                "    x = a ** 2\n"
                "    y = a ** b\n"
                "    z = a ** -1\n"
                "    return x\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("p", {I, I}));
  EXPECT_EQ(p->var(s, "x"), I);
  // 2 ** -1 is 0.5: an exponent that may be negative makes the result int or float, computed
  // by the runtime's generic power and unboxed into the union.
  EXPECT_EQ(p->var(s, "y"), IF);
  EXPECT_EQ(p->var(s, "z"), IF);
}

// --- widening ----------------------------------------------------------------------------------

TEST(Infer, TooManyKindsWidenToDynamic) {
  // None, int, float, complex: past the largest union, the variable is dynamic.
  auto p = load("def w(k):\n"
                "    x = None\n"
                "    if k == 1:\n"
                "        x = 1\n"
                "    if k == 2:\n"
                "        x = 2.5\n"
                "    if k == 3:\n"
                "        x = 3j\n"
                "    y = 0\n"
                "    if k == 4:\n"
                "        y = 0.5\n"
                "    return y\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("w", {I}));
  EXPECT_TRUE(p->var(s, "x").isDynamic()) << p->var(s, "x").toString();
  EXPECT_EQ(p->var(s, "x").toString(), "object");
  EXPECT_EQ(p->var(s, "y"), IF);
  EXPECT_EQ(s.types.result, IF);
}

TEST(Infer, NumberAndStringWidenToDynamic) {
  auto p = load("def m(k):\n"
                "    x = 0\n"
                "    if k:\n"
                "        x = 'zero'\n"
                "    return k\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("m", {I}));
  EXPECT_TRUE(p->var(s, "x").isDynamic());
  EXPECT_EQ(s.types.result, I);
}

// --- lists -------------------------------------------------------------------------------------

TEST(Infer, ListArgumentTypesComeFromTheStorageStrategy) {
  EXPECT_EQ(ir::typeOfValue(intList({1, 2})), Type::list(I));
  EXPECT_EQ(ir::typeOfValue(floatList({1.5})), Type::list(F));
  EXPECT_EQ(ir::typeOfValue(listOf({rt::Value::complex(1, 2)})), Type::list(C));
  EXPECT_EQ(ir::typeOfValue(rt::makeList()), Type::list(Type::unknown()));
  // An int stored into a float list switches it to boxed storage: the element type is unknown.
  rt::Value mixed = floatList({0.5});
  rt::listAppend(rt::asList(mixed), rt::Value::integer(1));
  EXPECT_EQ(ir::typeOfValue(mixed).toString(), "list[object]");
  EXPECT_EQ(ir::typeOfValue(listOf({rt::makeStr("a")})).toString(), "list[object]");
  // bools are not ints for the storage strategy: they have their own, and a mix is boxed.
  EXPECT_EQ(ir::typeOfValue(listOf({rt::Value::boolean(true)})).toString(), "list[bool]");
  EXPECT_EQ(ir::typeOfValue(listOf({rt::Value::boolean(true), rt::Value::integer(1)})).toString(),
            "list[object]");
}

TEST(Infer, ListOfListsHasTheLikelyTypeOfItsRows) {
  rt::Value grid = listOf({floatList({1, 2}), floatList({3, 4}), floatList({5, 6})});
  EXPECT_EQ(ir::typeOfValue(grid).toString(), "list[list[float]]");
  rt::Value ints = listOf({intList({1}), intList({2, 3})});
  EXPECT_EQ(ir::typeOfValue(ints).toString(), "list[list[int]]");
  // Rows that disagree (an int row among float rows), or a row that is not a list: the rows are
  // not typed at all.
  rt::Value oneIntRow = listOf({floatList({1}), intList({2}), floatList({3})});
  EXPECT_EQ(ir::typeOfValue(oneIntRow).toString(), "list[object]");
  rt::Value notARow = listOf({floatList({1}), rt::Value::floating(2)});
  EXPECT_EQ(ir::typeOfValue(notARow).toString(), "list[object]");
  // Three levels deep.
  rt::Value cube = listOf({listOf({floatList({1})}), listOf({floatList({2}), floatList({3})})});
  EXPECT_EQ(ir::typeOfValue(cube).toString(), "list[list[list[float]]]");
}

TEST(Infer, GridCodeReadsRowsAndElementsWithTheirLikelyTypes) {
  auto p = load("def total(grid):\n"
                "    s = 0.0\n"
                "    for i in range(len(grid)):\n"
                "        row = grid[i]\n"
                "        for j in range(len(row)):\n"
                "            s += grid[i][j] * 2\n"
                "    return s\n"
                "def scale(grid, k):\n"
                "    for row in grid:\n"
                "        for j in range(len(row)):\n"
                "            row[j] = row[j] * k\n"
                "    return grid\n");
  ASSERT_TRUE(p);
  Type grid = ir::typeOfValue(listOf({floatList({1.5}), floatList({2.5})}));
  ir::Specialization &t = ok(p->spec("total", {grid}));
  EXPECT_EQ(p->var(t, "row"), Type::list(F));
  EXPECT_EQ(p->var(t, "s"), F);
  EXPECT_EQ(t.types.result, F);
  ir::Specialization &ti = ok(p->spec("total", {Type::list(Type::list(I))}));
  EXPECT_EQ(p->var(ti, "row"), Type::list(I));
  EXPECT_EQ(p->var(ti, "s"), F);  // 0.0 + int * 2 stays float
  ir::Specialization &sc = ok(p->spec("scale", {grid, F}));
  EXPECT_EQ(p->var(sc, "row"), Type::list(F));
  EXPECT_EQ(sc.types.result, grid);
  // Storing an int*float product into an int row switches its storage: the rows are then read
  // and written generically (boxed values) rather than through a storage type that goes stale.
  ir::Specialization &si = ok(p->spec("scale", {Type::list(Type::list(I)), F}));
  EXPECT_TRUE(p->var(si, "row").isDynamic()) << p->var(si, "row").toString();
}

TEST(Infer, ListBuiltInTheFunctionTakesItsElementTypeFromItsItems) {
  auto p = load("def squares(n):\n"
                "    return [i * i for i in range(n)]\n"
                "def halves(n):\n"
                "    return [i / 2 for i in range(n)]\n"
                "def zeros(n):\n"
                "    return [0.0] * n\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(ok(p->spec("squares", {I})).types.result, Type::list(I));
  EXPECT_EQ(ok(p->spec("halves", {I})).types.result, Type::list(F));
  EXPECT_EQ(ok(p->spec("zeros", {I})).types.result, Type::list(F));
}

TEST(Infer, BoolListsAreTypedAndAMixIsNot) {
  auto p = load("def flags(n):\n"
                "    f = [True] * n\n"
                "    f[0] = False\n"
                "    return f\n"
                "def evens(n):\n"
                "    return [i % 2 == 0 for i in range(n)]\n"
                "def mixed(n):\n"
                "    f = [True] * n\n"
                "    f[0] = 1\n"
                "    return f\n");
  ASSERT_TRUE(p);
  ir::Specialization &f = ok(p->spec("flags", {I}));
  EXPECT_EQ(p->var(f, "f"), Type::list(Type::boolean()));
  EXPECT_EQ(ok(p->spec("evens", {I})).types.result, Type::list(Type::boolean()));
  // Storing an int into a bool list switches it to boxed storage: read generically.
  EXPECT_EQ(p->var(ok(p->spec("mixed", {I})), "f").toString(), "list[object]");
}

// --- calls and recursion ---------------------------------------------------------------------

TEST(Infer, ACalleeThatSwitchesAListsStorageMakesTheCallersListsGeneric) {
  // python3: run(3) == 5 (poke stores an int into the bool list run keeps reading).
  auto p = load("def poke(xs, v):\n"
                "    xs[0] = v\n"
                "def keep(xs):\n"
                "    xs[0] = False\n"
                "def run(n, v):\n"
                "    f = [True] * n\n"
                "    poke(f, v)\n"
                "    return f[0] + f[1]\n"
                "def calm(n):\n"
                "    f = [True] * n\n"
                "    keep(f)\n"
                "    return f[0]\n");
  ASSERT_TRUE(p);
  ir::Specialization &r = ok(p->spec("run", {I, I}));
  EXPECT_TRUE(ok(p->spec("poke", {Type::list(Type::boolean()), I})).types.changesListStorage);
  EXPECT_EQ(p->var(r, "f").toString(), "list[object]");
  ir::Specialization &c = ok(p->spec("calm", {I}));
  EXPECT_FALSE(ok(p->spec("keep", {Type::list(Type::boolean())})).types.changesListStorage);
  EXPECT_EQ(p->var(c, "f"), Type::list(Type::boolean()));
  EXPECT_EQ(c.types.result, Type::boolean());
}

TEST(Infer, RecursiveFibSettlesOnItsArgumentType) {
  auto p = load("def fib(n):\n"
                "    if n < 2:\n"
                "        return n\n"
                "    return fib(n - 1) + fib(n - 2)\n");
  ASSERT_TRUE(p);
  ir::Specialization &i = ok(p->spec("fib", {I}));
  EXPECT_TRUE(i.ready);
  EXPECT_EQ(i.types.result, I);
  ir::Specialization &f = ok(p->spec("fib", {F}));
  EXPECT_EQ(f.types.result, F);
  // bool: fib(True) returns True; fib(True - 1) is fib[int], so the result joins bool and int.
  ir::Specialization &b = ok(p->spec("fib", {Bo}));
  EXPECT_EQ(b.types.result.toString(), "bool|int");
  EXPECT_EQ(p->specializer->all().size(), 3u);
}

TEST(Infer, MutualRecursionReachesOneFixpoint) {
  auto p = load("def is_even(n):\n"
                "    if n == 0:\n"
                "        return True\n"
                "    return is_odd(n - 1)\n"
                "def is_odd(n):\n"
                "    if n == 0:\n"
                "        return False\n"
                "    return is_even(n - 1)\n");
  ASSERT_TRUE(p);
  ir::Specialization &even = ok(p->spec("is_even", {I}));
  EXPECT_EQ(even.types.result, Bo);
  // Inferring is_even made is_odd[int] on the way, ready and typed too.
  ASSERT_EQ(p->specializer->all().size(), 2u);
  ir::Specialization &odd = *p->specializer->all()[1];
  EXPECT_EQ(odd.name, "is_odd[int]");
  EXPECT_TRUE(odd.ready);
  EXPECT_EQ(odd.types.result, Bo);
  EXPECT_EQ(&ok(p->spec("is_odd", {I})), &odd);
}

TEST(Infer, MutualRecursionJoinsTheReturnTypesOfBoth) {
  // a's own returns are ints, b's floats; each returns what the other does, so both end up
  // int|float only once the two have been iterated together.
  auto p = load("def a(n):\n"
                "    if n <= 0:\n"
                "        return 0\n"
                "    return b(n - 1) + 1\n"
                "def b(n):\n"
                "    if n <= 0:\n"
                "        return 0.5\n"
                "    return a(n - 1) * 2\n");
  ASSERT_TRUE(p);
  ir::Specialization &sa = ok(p->spec("a", {I}));
  EXPECT_EQ(sa.types.result, IF);
  ir::Specialization &sb = ok(p->spec("b", {I}));
  EXPECT_EQ(sb.types.result, IF);
  EXPECT_EQ(p->specializer->all().size(), 2u);
}

TEST(Infer, CallsSpecializeTheCalleeForTheArgumentTypes) {
  auto p = load("def sq(x):\n"
                "    return x * x\n"
                "def both(a, b):\n"
                "    return sq(a), sq(b)\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("both", {I, F}));
  EXPECT_EQ(s.types.result.toString(), "tuple[int, float]");
  std::vector<std::string> names;
  for (auto &sp : p->specializer->all()) names.push_back(sp->name);
  EXPECT_EQ(names, (std::vector<std::string>{"both[int,float]", "sq[int]", "sq[float]"}));
}

// A list of lists built by a comprehension is list[list[unknown]] in the first passes over the
// caller; a call made then would specialize the callee for that, and its generic result would
// widen `grid` for good. Calls wait until the caller's types settle: one specialization, typed.
TEST(Infer, CallsWaitForTheirArgumentTypesToSettle) {
  auto p = load("def step(grid, n):\n"
                "    new = [[0] * n for _ in range(n)]\n"
                "    for i in range(n):\n"
                "        for j in range(n):\n"
                "            new[i][j] = grid[i][j] + 1\n"
                "    return new\n"
                "def run(n, steps):\n"
                "    grid = [[1 if (i + j) % 3 == 0 else 0 for j in range(n)] for i in range(n)]\n"
                "    for s in range(steps):\n"
                "        grid = step(grid, n)\n"
                "    return grid\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("run", {I, I}));
  EXPECT_EQ(p->var(s, "grid").toString(), "list[list[int]]");
  std::vector<std::string> names;
  for (auto &sp : p->specializer->all()) names.push_back(sp->name);
  EXPECT_EQ(names, (std::vector<std::string>{"run[int,int]", "step[list[list[int]],int]"}));
}

// `for d in (-1, 0, 1)`: a tuple whose items are all one number type gives the loop variable
// that type (the tuple iterator itself stays the runtime's).
TEST(Infer, IteratingATupleOfOneNumberTypeTypesTheLoopVariable) {
  auto p = load("def f(x):\n"
                "    s = 0\n"
                "    for d in (-1, 0, 1):\n"
                "        s += x + d\n"
                "    for m in (1, 2.5):\n"
                "        s += m\n"
                "    return s\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("f", {I}));
  EXPECT_EQ(p->var(s, "d").toString(), "int");
  EXPECT_TRUE(p->var(s, "m").isDynamic()) << p->var(s, "m").toString();
}

TEST(Infer, DefaultArgumentsAreTypedFromTheirValues) {
  auto p = load("def axpy(a, x, y=0.5):\n"
                "    return a * x + y\n"
                "def use(n):\n"
                "    return axpy(n, 2)\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("use", {I}));
  EXPECT_EQ(s.types.result, F);
  EXPECT_EQ(p->specializer->all().back()->name, "axpy[int,int,float]");
}

TEST(Infer, BuiltinsAndModuleFunctions) {
  auto p = load("import math\n"
                "from math import sqrt\n"
                "def h(x, z):\n"
                "    a = abs(x)\n"
                "    b = abs(z)\n"
                "    c = math.sqrt(x)\n"
                "    d = sqrt(a)\n"
                "    e = min(x, 2.5)\n"
                "    k = int(c)\n"
                "    return len([c, d])\n");
  ASSERT_TRUE(p);
  ir::Specialization &s = ok(p->spec("h", {I, C}));
  EXPECT_EQ(p->var(s, "a"), I);
  EXPECT_EQ(p->var(s, "b"), F);  // abs of a complex is its float magnitude
  EXPECT_EQ(p->var(s, "c"), F);
  EXPECT_EQ(p->var(s, "d"), F);
  EXPECT_EQ(p->var(s, "e"), IF);  // min(int, float) is either: the builtin, unboxed
  EXPECT_EQ(p->var(s, "k"), I);
  EXPECT_EQ(s.types.result, I);
}

// --- returns -----------------------------------------------------------------------------------

TEST(Infer, ReturnTypesJoin) {
  auto p = load("def r(c):\n"
                "    if c:\n"
                "        return 1\n"
                "    return 2.5\n"
                "def maybe(c):\n"
                "    if c:\n"
                "        return 7\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(ok(p->spec("r", {Bo})).types.result, IF);
  // Falling off the end returns None.
  EXPECT_EQ(ok(p->spec("maybe", {Bo})).types.result.toString(), "None|int");
}

TEST(Infer, ReturningANumberOrAStringReturnsABoxedValue) {
  auto p = load("def r(c):\n"
                "    if c:\n"
                "        return 1\n"
                "    return 'one'\n");
  ASSERT_TRUE(p);
  EXPECT_TRUE(ok(p->spec("r", {Bo})).types.result.isDynamic());
}

// --- refusals ----------------------------------------------------------------------------------

TEST(Infer, WhatCannotBeTypedIsGenericNotRefused) {
  // (The loop comes last: the test binds the top level only up to its first branch.)
  auto p = load("def reads_counter():\n"
                "    return counter\n"
                "def arity(a, b):\n"
                "    return a + b\n"
                "def calls_arity(x):\n"
                "    y = x + 1\n"
                "    return arity(x, y, 3)\n"
                "def unknown_name():\n"
                "    return nope + 1\n"
                "def bad_operands(x):\n"
                "    s = 'a'\n"
                "    return x - s\n"
                "def kernel(x):\n"
                "    return x * 2.0\n"
                "def main(n):\n"
                "    a = kernel(n)\n"
                "    return bad_operands(a)\n"
                "counter = 0\n"
                "for i in range(3):\n"
                "    counter += 1\n");
  ASSERT_TRUE(p);
  // A global that changes is read at run time; a call with the wrong arity, an unbound name and
  // int - str raise their Python errors at run time, from the generic operation.
  EXPECT_TRUE(ok(p->spec("reads_counter", {})).types.result.isDynamic());
  EXPECT_TRUE(ok(p->spec("calls_arity", {I})).types.result.isDynamic());
  EXPECT_TRUE(ok(p->spec("unknown_name", {})).types.result.isDynamic());
  ir::Specialization &bad = ok(p->spec("bad_operands", {I}));
  EXPECT_TRUE(bad.types.result.isDynamic());
  EXPECT_EQ(p->var(bad, "s"), Type::str());
  // A generic callee does not make its caller's other callees generic.
  ok(p->spec("main", {I}));
  ir::Specialization *kernel = nullptr;
  for (auto &s : p->specializer->all())
    if (s->name == "kernel[int]") kernel = s.get();
  ASSERT_TRUE(kernel);
  EXPECT_TRUE(kernel->ready);
  EXPECT_EQ(kernel->types.result, F);
}
