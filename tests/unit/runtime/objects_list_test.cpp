// Lists: storage strategies chosen at creation and switched on stores of another type, aliasing
// (a = b shares one object; [[0]*n]*m shares rows), methods and their CPython error messages.
#include "objects_support.h"

#include <gtest/gtest.h>

namespace fastjit::rt::testing {
namespace {

TEST(ObjectsList, StrategyFromItems) {
  EXPECT_EQ(asList(L({I(1), I(2)}))->storage, ListStorage::Int);
  EXPECT_EQ(asList(L({F(1.5), F(2)}))->storage, ListStorage::Float);
  EXPECT_EQ(asList(L({C(1, 2)}))->storage, ListStorage::Complex);
  EXPECT_EQ(asList(L({I(1), F(2)}))->storage, ListStorage::Boxed);
  EXPECT_EQ(asList(L({B(true), B(false)}))->storage, ListStorage::Bool);
  EXPECT_EQ(asList(L({B(true), I(1)}))->storage, ListStorage::Boxed);
  EXPECT_EQ(asList(L({I(1), B(true)}))->storage, ListStorage::Boxed);
  EXPECT_EQ(asList(L({}))->storage, ListStorage::Empty);
}

TEST(ObjectsList, BoolStorageIsOneByteAndSwitchesOnNonBool) {
  Value l = L({B(true), B(false), B(true)});
  ListObject *o = asList(l);
  ASSERT_EQ(o->storage, ListStorage::Bool);
  EXPECT_EQ(o->bools[0], 1);
  EXPECT_EQ(o->bools[1], 0);
  ASSERT_EQ(setItem(l, I(1), B(true)), 0);
  EXPECT_EQ(o->storage, ListStorage::Bool);
  EXPECT_EQ(o->bools[1], 1);
  Value r = binaryOp(BinaryOp::Mul, l, I(1000));  // [True, True, True] * 1000 stays one byte each
  ASSERT_EQ(asList(r)->storage, ListStorage::Bool);
  EXPECT_EQ(asList(r)->size, 3000);
  ASSERT_EQ(listAppend(o, I(1)), 0);  // python3: x = [True] * 3; x.append(1) -> [True, True, True, 1]
  EXPECT_EQ(o->storage, ListStorage::Boxed);
  EXPECT_EQ(show(l), "[True, True, True, 1]");
  Value e = makeList();
  ASSERT_EQ(listAppend(asList(e), B(false)), 0);
  EXPECT_EQ(asList(e)->storage, ListStorage::Bool);
  ASSERT_EQ(listInsert(asList(e), 0, I(0)), 0);
  EXPECT_EQ(show(e), "[0, False]");
}

TEST(ObjectsList, BoolsStayBools) {
  // python3: repr([True, False]) == '[True, False]'; [1, True] == [True, 1]
  EXPECT_EQ(show(L({B(true), B(false)})), "[True, False]");
  EXPECT_EQ(show(compare(CompareOp::Eq, L({I(1), B(true)}), L({B(true), I(1)}))), "True");
  Value l = L({I(1), I(2)});
  ASSERT_EQ(setItem(l, I(0), B(true)), 0);
  EXPECT_EQ(asList(l)->storage, ListStorage::Boxed);
  EXPECT_EQ(show(l), "[True, 2]");
}

TEST(ObjectsList, SwitchOnStoreAndAppend) {
  Value l = makeList();
  ASSERT_EQ(listAppend(asList(l), F(0.5)), 0);
  EXPECT_EQ(asList(l)->storage, ListStorage::Float);
  ASSERT_EQ(listAppend(asList(l), F(1.0)), 0);
  EXPECT_EQ(asList(l)->floats[1], 1.0);
  ASSERT_EQ(listAppend(asList(l), I(3)), 0);
  EXPECT_EQ(asList(l)->storage, ListStorage::Boxed);
  ASSERT_EQ(listAppend(asList(l), S("x")), 0);
  // python3: x = [0.5, 1.0]; x.append(3); x.append('x') -> [0.5, 1.0, 3, 'x']
  EXPECT_EQ(show(l), "[0.5, 1.0, 3, 'x']");
  Value m = makeFloatList(3, 0.0);
  ASSERT_EQ(setItem(m, I(1), I(0)), 0);  // [0.0, 0, 0.0]
  EXPECT_EQ(show(m), "[0.0, 0, 0.0]");
}

TEST(ObjectsList, RepeatCreatesTypedStorageAndSharesRows) {
  Value row = binaryOp(BinaryOp::Mul, L({F(0.0)}), I(3));
  EXPECT_EQ(asList(row)->storage, ListStorage::Float);
  EXPECT_EQ(show(row), "[0.0, 0.0, 0.0]");
  // python3: g = [[0]*2]*3; g[0][1] = 5; print(g) -> [[0, 5], [0, 5], [0, 5]]
  Value g = binaryOp(BinaryOp::Mul, L({binaryOp(BinaryOp::Mul, L({I(0)}), I(2))}), I(3));
  Value first = getItem(g, I(0));
  ASSERT_EQ(setItem(first, I(1), I(5)), 0);
  EXPECT_EQ(show(g), "[[0, 5], [0, 5], [0, 5]]");
  EXPECT_EQ(show(binaryOp(BinaryOp::Mul, L({I(1), I(2)}), I(-1))), "[]");
}

TEST(ObjectsList, AliasingSeesMutation) {
  Value a = L({I(1), I(2)});
  Value b = a;  // b = a
  ASSERT_FALSE(inplaceOp(BinaryOp::Add, b, L({F(2.5)})).isError());  // b += [2.5]
  EXPECT_EQ(show(a), "[1, 2, 2.5]");
  Value c = binaryOp(BinaryOp::Add, a, L({I(9)}));  // a + [9] is a new list
  EXPECT_EQ(show(a), "[1, 2, 2.5]");
  EXPECT_EQ(show(c), "[1, 2, 2.5, 9]");
}

TEST(ObjectsList, HugeRepeatIsMemoryError) {
  // python3: [0] * 10**12 -> MemoryError
  EXPECT_EQ(show(binaryOp(BinaryOp::Mul, L({I(0)}), I(1000000000000))), "MemoryError");
  EXPECT_EQ(show(binaryOp(BinaryOp::Mul, S("ab"), I(INT64_MAX / 2))), "MemoryError");
}

TEST(ObjectsList, Methods) {
  Value l = L({I(3), I(1), I(2)});
  EXPECT_EQ(show(callMethodOf(l, "append", {I(7)})), "None");
  EXPECT_EQ(show(callMethodOf(l, "insert", {I(-1), F(0.5)})), "None");
  EXPECT_EQ(show(l), "[3, 1, 2, 0.5, 7]");
  EXPECT_EQ(show(callMethodOf(l, "pop", {})), "7");
  EXPECT_EQ(show(callMethodOf(l, "pop", {I(0)})), "3");
  EXPECT_EQ(show(callMethodOf(l, "index", {I(2)})), "1");
  EXPECT_EQ(show(callMethodOf(l, "count", {F(1.0)})), "1");
  EXPECT_EQ(show(callMethodOf(l, "sort", {})), "None");
  EXPECT_EQ(show(l), "[0.5, 1, 2]");
  EXPECT_EQ(show(callMethodOf(l, "sort", {B(true)}, {"reverse"})), "None");
  EXPECT_EQ(show(l), "[2, 1, 0.5]");
  EXPECT_EQ(show(callMethodOf(l, "reverse", {})), "None");
  EXPECT_EQ(show(l), "[0.5, 1, 2]");
  Value copy = callMethodOf(l, "copy", {});
  EXPECT_EQ(show(callMethodOf(l, "clear", {})), "None");
  EXPECT_EQ(show(l), "[]");
  EXPECT_EQ(show(copy), "[0.5, 1, 2]");
  EXPECT_EQ(show(callMethodOf(copy, "extend", {S("ab")})), "None");
  EXPECT_EQ(show(copy), "[0.5, 1, 2, 'a', 'b']");
}

TEST(ObjectsList, MethodErrors) {
  Value e = L({});
  EXPECT_EQ(show(callMethodOf(e, "pop", {})), "IndexError: pop from empty list");
  EXPECT_EQ(show(callMethodOf(L({I(1)}), "pop", {I(5)})), "IndexError: pop index out of range");
  EXPECT_EQ(show(callMethodOf(e, "append", {})),
            "TypeError: list.append() takes exactly one argument (0 given)");
  EXPECT_EQ(show(callMethodOf(e, "insert", {I(1)})), "TypeError: insert expected 2 arguments, got 1");
  EXPECT_EQ(show(callMethodOf(L({I(1), S("a")}), "index", {S("b")})), "ValueError: 'b' is not in list");
  EXPECT_EQ(show(callMethodOf(e, "sort", {I(1)})), "TypeError: sort() takes no positional arguments");
  EXPECT_EQ(show(callMethodOf(L({I(1), S("a")}), "sort", {})),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(show(callMethodOf(e, "copy", {I(1)})), "TypeError: list.copy() takes no arguments (1 given)");
  EXPECT_EQ(show(callMethodOf(e, "extend", {I(1)})), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(show(getAttr(e, "foo")), "AttributeError: 'list' object has no attribute 'foo'");
  // A method CPython has but the subset leaves out says so.
  EXPECT_EQ(show(getAttr(e, "remove")),
            "AttributeError: 'list' object has no attribute 'remove' in fastjit (list.remove is "
            "outside the supported subset of Python)");
  EXPECT_EQ(show(getAttr(S("a b"), "split")),
            "AttributeError: 'str' object has no attribute 'split' in fastjit (str.split is "
            "outside the supported subset of Python)");
}

TEST(ObjectsList, SortIsStable) {
  // python3: sorted([1.0, 1, True, 0], reverse=True) -> [1.0, 1, True, 0]
  EXPECT_EQ(show(callBuiltin("sorted", {L({F(1.0), I(1), B(true), I(0)}), B(true)}, {"reverse"})),
            "[1.0, 1, True, 0]");
  EXPECT_EQ(show(callBuiltin("sorted", {L({F(1.0), I(1), B(true), I(0)})})), "[0, 1.0, 1, True]");
}

TEST(ObjectsList, ReprOfSelfContainingList) {
  Value l = L({I(1)});
  ASSERT_EQ(listAppend(asList(l), l), 0);
  EXPECT_EQ(show(l), "[1, [...]]");
  listClear(asList(l));  // break the cycle so the test does not leak
}

}  // namespace
}  // namespace fastjit::rt::testing

namespace fastjit::rt::testing {
namespace {

TEST(ObjectsList, DeepNestingReprAndFree) {
  // python3 3.11: 997 nested lists around [] print; 998 raise RecursionError "maximum recursion
  // depth exceeded while getting the repr of an object". Freeing 200000 levels must not overflow
  // the C stack.
  Value a = makeList();
  for (int i = 0; i < 997; ++i) a = L({a});
  EXPECT_FALSE(repr(a).isError());
  a = L({a});
  EXPECT_EQ(show(repr(a)),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  // python3: comparing two such chains raises RecursionError "... in comparison".
  Value b = makeList();
  for (int i = 0; i < 2000; ++i) b = L({b});
  Value c = makeList();
  for (int i = 0; i < 2000; ++i) c = L({c});
  EXPECT_EQ(show(compare(CompareOp::Eq, b, c)), "RecursionError: maximum recursion depth exceeded in comparison");
  for (int i = 0; i < 200000; ++i) a = L({a});
  a = Value::none();  // frees the whole chain
  SUCCEED();
}

TEST(ObjectsList, CyclesAreReleased) {
  Value a = L({I(1)});
  Value b = L({a});
  ASSERT_EQ(listAppend(asList(a), b), 0);  // a -> b -> a
  a = Value::none();
  b = Value::none();
  releaseListCycles();  // frees both (LeakSanitizer would report them otherwise)
  SUCCEED();
}

}  // namespace
}  // namespace fastjit::rt::testing
