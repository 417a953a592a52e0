// Generic operations: numeric results across int/float/complex/bool, sequence operators, and
// CPython's exact TypeError / ZeroDivisionError / IndexError messages. Expected text from python3.
#include "objects_support.h"

#include <gtest/gtest.h>

namespace fastjit::rt::testing {
namespace {

std::string bin(BinaryOp op, const Value &a, const Value &b) { return show(binaryOp(op, a, b)); }

TEST(OpsArith, NumbersAcrossTypes) {
  EXPECT_EQ(show(compare(CompareOp::Gt, I((int64_t(1) << 53) + 1), F(9007199254740992.0))), "True");
  EXPECT_EQ(bin(BinaryOp::FloorDiv, I(7), I(-2)), "-4");
  EXPECT_EQ(bin(BinaryOp::Mod, I(-7), I(3)), "2");
  EXPECT_EQ(bin(BinaryOp::FloorDiv, F(7.5), I(-2)), "-4.0");
  EXPECT_EQ(bin(BinaryOp::Mod, F(-7.5), I(2)), "0.5");
  EXPECT_EQ(bin(BinaryOp::TrueDiv, I(1), I(3)), "0.3333333333333333");
  EXPECT_EQ(bin(BinaryOp::Pow, I(2), I(-2)), "0.25");
  EXPECT_EQ(bin(BinaryOp::Add, B(true), B(true)), "2");
  EXPECT_EQ(bin(BinaryOp::BitAnd, B(true), B(true)), "True");
  EXPECT_EQ(show(unaryOp(UnaryOp::Invert, I(5))), "-6");
  EXPECT_EQ(show(unaryOp(UnaryOp::Neg, B(true))), "-1");
  EXPECT_EQ(bin(BinaryOp::Add, I(1), binaryOp(BinaryOp::Mul, C(0, 2), I(2))), "(1+4j)");
  EXPECT_EQ(bin(BinaryOp::TrueDiv, C(1, 2), C(3, -1)), "(0.1+0.7000000000000001j)");
  EXPECT_EQ(bin(BinaryOp::Add, I(INT64_MAX), I(1)), "OverflowError: integer overflow");
}

TEST(OpsArith, ZeroDivisionMessages) {
  EXPECT_EQ(bin(BinaryOp::FloorDiv, I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(bin(BinaryOp::Mod, I(1), I(0)), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(bin(BinaryOp::TrueDiv, I(1), I(0)), "ZeroDivisionError: division by zero");
  EXPECT_EQ(bin(BinaryOp::TrueDiv, F(1), I(0)), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(bin(BinaryOp::FloorDiv, F(1), I(0)), "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(bin(BinaryOp::Mod, F(1), I(0)), "ZeroDivisionError: float modulo");
}

TEST(OpsArith, TypeErrors) {
  EXPECT_EQ(bin(BinaryOp::Add, I(1), S("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(bin(BinaryOp::Add, L({I(1)}), I(1)), "TypeError: can only concatenate list (not \"int\") to list");
  EXPECT_EQ(bin(BinaryOp::Add, T({I(1)}), L({I(1)})),
            "TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(show(unaryOp(UnaryOp::Neg, S("a"))), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(show(inplaceOp(BinaryOp::Add, I(1), S("a"))),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_EQ(show(inplaceOp(BinaryOp::Pow, I(1), S("a"))),
            "TypeError: unsupported operand type(s) for **=: 'int' and 'str'");
  EXPECT_EQ(bin(BinaryOp::Pow, I(1), S("a")),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  EXPECT_EQ(bin(BinaryOp::LShift, I(1), I(-1)), "ValueError: negative shift count");
}

TEST(OpsCompare, OrderingsAndMessages) {
  EXPECT_EQ(show(compare(CompareOp::Lt, L({I(1), I(2)}), L({I(1), I(2), I(0)}))), "True");
  EXPECT_EQ(show(compare(CompareOp::Lt, T({I(1), S("a")}), T({I(1), S("b")}))), "True");
  EXPECT_EQ(show(compare(CompareOp::Eq, L({I(1)}), L({F(1.0)}))), "True");
  EXPECT_EQ(show(compare(CompareOp::Eq, C(1, 0), I(1))), "True");
  EXPECT_EQ(show(compare(CompareOp::Lt, L({I(1), I(2)}), L({I(1), S("a")}))),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(show(compare(CompareOp::Lt, Value::none(), I(1))),
            "TypeError: '<' not supported between instances of 'NoneType' and 'int'");
  EXPECT_EQ(show(compare(CompareOp::In, S("a"), I(1))), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(show(compare(CompareOp::In, F(2.0), L({I(1), I(2)}))), "True");
  EXPECT_EQ(show(compare(CompareOp::Is, Value::none(), Value::none())), "True");
  EXPECT_EQ(show(compare(CompareOp::IsNot, L({}), L({}))), "True");
}

TEST(OpsSubscript, IndexMessages) {
  EXPECT_EQ(show(getItem(L({I(1)}), F(1.0))), "TypeError: list indices must be integers or slices, not float");
  EXPECT_EQ(show(getItem(I(1), I(0))), "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(show(getItem(T({I(1)}), I(5))), "IndexError: tuple index out of range");
  EXPECT_EQ(show(getItem(L({I(1), I(2)}), B(true))), "2");
  EXPECT_EQ(show(getItem(L({I(1), I(2)}), I(-2))), "1");
  EXPECT_EQ(showInt(setItem(L({I(1)}), I(5), I(0))), "IndexError: list assignment index out of range");
  EXPECT_EQ(showInt(setItem(T({I(1)}), I(0), I(0))), "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(showInt(delItem(T({I(1)}), I(0))), "TypeError: 'tuple' object doesn't support item deletion");
  Value l = L({I(1), I(2), I(3)});
  EXPECT_EQ(delItem(l, I(0)), 0);
  EXPECT_EQ(show(l), "[2, 3]");
  EXPECT_EQ(show(getSlice(L({I(1)}), Value::none(), Value::none(), I(0))), "ValueError: slice step cannot be zero");
  EXPECT_EQ(show(getSlice(L({I(1)}), F(1.0), I(2), Value::none())),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(show(getSlice(L({I(0), I(1), I(2), I(3), I(4)}), I(-2), I(-100), I(-2))), "[3, 1]");
}

TEST(OpsAttr, NumberAttributes) {
  EXPECT_EQ(show(getAttr(C(1, 2), "imag")), "2.0");
  EXPECT_EQ(show(getAttr(B(true), "real")), "1");
  EXPECT_EQ(show(callMethodOf(C(2, 3), "conjugate", {})), "(2-3j)");
  EXPECT_EQ(show(callMethodOf(F(1.0), "is_integer", {})), "True");
  EXPECT_EQ(show(callMethodOf(F(1.5), "is_integer", {})), "False");
  EXPECT_EQ(show(getAttr(I(1), "foo")), "AttributeError: 'int' object has no attribute 'foo'");
  EXPECT_EQ(show(getAttr(lookupBuiltin("len"), "__name__")), "'len'");
}

}  // namespace
}  // namespace fastjit::rt::testing
