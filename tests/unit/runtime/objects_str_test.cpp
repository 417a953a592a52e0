// str: code-point length, indexing and slicing over UTF-8, CPython's repr quoting and escapes,
// comparisons and `in`; and repr of nested containers. Expected text from python3.
#include "objects_support.h"

#include "runtime/range.h"

#include <gtest/gtest.h>

namespace fastjit::rt::testing {
namespace {

TEST(ObjectsStr, CodePointSemantics) {
  Value s = S("héllo wörld");
  EXPECT_EQ(show(callBuiltin("len", {s})), "11");
  EXPECT_EQ(show(getItem(s, I(1))), "'é'");
  EXPECT_EQ(show(getItem(s, I(-1))), "'d'");
  EXPECT_EQ(show(getSlice(s, I(1), I(4), Value::none())), "'éll'");
  EXPECT_EQ(show(getSlice(s, Value::none(), Value::none(), I(-1))), "'dlröw olléh'");
  EXPECT_EQ(show(getSlice(s, Value::none(), Value::none(), I(3))), "'hlwl'");
  EXPECT_EQ(show(getItem(s, I(11))), "IndexError: string index out of range");
  EXPECT_EQ(show(getItem(s, F(1.5))), "TypeError: string indices must be integers, not 'float'");
  EXPECT_EQ(show(callBuiltin("ord", {S("é")})), "233");
  EXPECT_EQ(show(callBuiltin("chr", {I(233)})), "'é'");
}

TEST(ObjectsStr, ReprQuotesAndEscapes) {
  EXPECT_EQ(show(S("it's")), "\"it's\"");
  EXPECT_EQ(show(S("a\"b")), "'a\"b'");
  EXPECT_EQ(show(S("both ' and \"")), "'both \\' and \"'");
  EXPECT_EQ(show(S(std::string_view("\t\n\x00\x7f\xc2\x80\xc2\xa0\xc3\xa9\xe2\x80\x8b\xf0\x9f\x98\x80\\", 18))),
            "'\\t\\n\\x00\\x7f\\x80\\xa0\xc3\xa9\\u200b\xf0\x9f\x98\x80\\\\'");
}

TEST(ObjectsStr, ConcatRepeatJoinFormat) {
  EXPECT_EQ(show(binaryOp(BinaryOp::Add, S("a"), binaryOp(BinaryOp::Mul, S("b"), I(3)))), "'abbb'");
  EXPECT_EQ(show(binaryOp(BinaryOp::Add, S("a"), I(1))),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(show(binaryOp(BinaryOp::Mul, S("a"), F(1.5))),
            "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(show(callMethodOf(S(", "), "join", {L({S("a"), S("b")})})), "'a, b'");
  EXPECT_EQ(show(callMethodOf(S("-"), "join", {S("abc")})), "'a-b-c'");
  EXPECT_EQ(show(callMethodOf(S("a"), "join", {L({S("a"), I(2)})})),
            "TypeError: sequence item 1: expected str instance, int found");
  EXPECT_EQ(show(callMethodOf(S("{0!r:>5} {1!s} {x:.2f}{{}}"), "format", {S("a"), S("b"), F(3.14159)}, {"x"})),
            "\"  'a' b 3.14{}\"");
  EXPECT_EQ(show(callMethodOf(S("{} {}"), "format", {I(1)})),
            "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(show(callMethodOf(S("{0} {}"), "format", {I(1), I(2)})),
            "ValueError: cannot switch from manual field specification to automatic field numbering");
  EXPECT_EQ(show(callMethodOf(S("}"), "format", {})), "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(show(callMethodOf(S("{x}"), "format", {I(1)})), "KeyError: 'x'");
  EXPECT_EQ(show(callMethodOf(S("{0[1]}"), "format", {L({I(5), I(6)})})), "'6'");
}

TEST(ObjectsStr, CompareAndContains) {
  EXPECT_EQ(show(compare(CompareOp::Lt, S("ab"), S("b"))), "True");
  EXPECT_EQ(show(compare(CompareOp::Gt, S("é"), S("z"))), "True");
  EXPECT_EQ(show(compare(CompareOp::In, S("ell"), S("hello"))), "True");
  EXPECT_EQ(show(compare(CompareOp::In, I(1), S("a"))),
            "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(show(compare(CompareOp::Lt, S("a"), I(1))),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST(ObjectsRepr, NestedContainers) {
  EXPECT_EQ(show(L({I(1), S("a"), T({I(2), F(3.5)}), L({Value::none(), B(true)}), T({I(1)}), T({})})),
            "[1, 'a', (2, 3.5), [None, True], (1,), ()]");
  EXPECT_EQ(show(makeRange(0, 5, 1)), "range(0, 5)");
  EXPECT_EQ(show(makeRange(1, 10, 2)), "range(1, 10, 2)");
  EXPECT_EQ(show(lookupBuiltin("int")), "<class 'int'>");
  EXPECT_EQ(show(lookupBuiltin("len")), "<built-in function len>");
  EXPECT_EQ(strString(S("x")), "x");
}

TEST(ObjectsIter, SinglePassIterators) {
  Value z = callBuiltin("zip", {S("ab"), L({I(1), I(2), I(3)})});
  EXPECT_EQ(show(callBuiltin("list", {z})), "[('a', 1), ('b', 2)]");
  EXPECT_EQ(show(callBuiltin("list", {z})), "[]");  // exhausted: zip is single-pass
  EXPECT_EQ(show(callBuiltin("list", {callBuiltin("enumerate", {L({I(5), I(6)}), I(2)})})),
            "[(2, 5), (3, 6)]");
  EXPECT_EQ(show(callBuiltin("list", {callBuiltin("reversed", {makeRange(1, 10, 3)})})), "[7, 4, 1]");
  EXPECT_EQ(show(callBuiltin("reversed", {I(1)})), "TypeError: 'int' object is not reversible");
  EXPECT_EQ(show(getIter(I(1))), "TypeError: 'int' object is not iterable");
}

TEST(ObjectsRange, MembershipAndSlices) {
  Value r = makeRange(0, 10, 3);
  EXPECT_EQ(show(compare(CompareOp::In, I(3), r)), "True");
  EXPECT_EQ(show(compare(CompareOp::In, I(4), r)), "False");
  EXPECT_EQ(show(compare(CompareOp::In, F(3.0), makeRange(0, 5, 1))), "True");
  EXPECT_EQ(show(getSlice(r, I(1), Value::none(), Value::none())), "range(3, 12, 3)");
  EXPECT_EQ(show(getItem(r, I(5))), "IndexError: range object index out of range");
  EXPECT_EQ(show(callBuiltin("range", {I(1), I(2), I(0)})), "ValueError: range() arg 3 must not be zero");
}

}  // namespace
}  // namespace fastjit::rt::testing
