// Builtin functions and type constructors: results and CPython's messages (from python3).
#include "objects_support.h"

#include "runtime/io.h"
#include "runtime/range.h"

#include <gtest/gtest.h>

namespace fastjit::rt::testing {
namespace {

std::string b(std::string_view name, std::vector<Value> args, std::vector<std::string> kw = {}) {
  return show(callBuiltin(name, std::move(args), std::move(kw)));
}

TEST(BuiltinsNumeric, Results) {
  EXPECT_EQ(b("divmod", {I(-7), I(2)}), "(-4, 1)");
  EXPECT_EQ(b("divmod", {F(-7.5), I(2)}), "(-4.0, 0.5)");
  EXPECT_EQ(b("round", {F(2.675), I(2)}), "2.67");
  EXPECT_EQ(b("round", {F(2.5)}), "2");
  EXPECT_EQ(b("round", {F(-0.5)}), "0");
  EXPECT_EQ(b("round", {I(25), I(-1)}), "20");
  EXPECT_EQ(b("sum", {binaryOp(BinaryOp::Mul, L({F(0.1)}), I(10))}), "0.9999999999999999");
  EXPECT_EQ(b("sum", {L({L({I(1)}), L({I(2)})}), L({})}), "[1, 2]");
  EXPECT_EQ(b("max", {L({F(1.0), I(1)})}), "1.0");
  EXPECT_EQ(b("min", {L({I(1), F(1.0)})}), "1");
  EXPECT_EQ(b("max", {L({}), I(5)}, {"default"}), "5");
  EXPECT_EQ(b("min", {I(3), I(1), I(2)}), "1");
  EXPECT_EQ(b("pow", {I(3), I(4), I(5)}), "1");
  EXPECT_EQ(b("pow", {I(2), I(-1)}), "0.5");
  EXPECT_EQ(b("pow", {I(-8), binaryOp(BinaryOp::TrueDiv, I(1), I(3))}),
            "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(b("abs", {C(3, 4)}), "5.0");
  EXPECT_EQ(b("hex", {I(-255)}), "'-0xff'");
  EXPECT_EQ(b("bin", {I(5)}), "'0b101'");
  EXPECT_EQ(b("isinstance", {B(true), lookupBuiltin("int")}), "True");
  EXPECT_EQ(b("isinstance", {I(1), lookupBuiltin("bool")}), "False");
  EXPECT_EQ(b("isinstance", {I(1), T({lookupBuiltin("float"), T({lookupBuiltin("str"), lookupBuiltin("int")})})}),
            "True");
}

TEST(BuiltinsTypes, Constructors) {
  EXPECT_EQ(b("int", {S("  12 ")}), "12");
  EXPECT_EQ(b("int", {S("0x1f"), I(16)}), "31");
  EXPECT_EQ(b("int", {F(-3.9)}), "-3");
  EXPECT_EQ(b("float", {S(" nan ")}), "nan");
  EXPECT_EQ(b("complex", {C(0, 1), C(0, 1)}), "(-1+1j)");
  EXPECT_EQ(b("complex", {S("1+2j")}), "(1+2j)");
  EXPECT_EQ(b("complex", {I(1), I(2)}, {"real", "imag"}), "(1+2j)");
  EXPECT_EQ(b("bool", {L({})}), "False");
  EXPECT_EQ(b("str", {L({I(1), S("a")})}), "\"[1, 'a']\"");
  EXPECT_EQ(b("tuple", {S("ab")}), "('a', 'b')");
  EXPECT_EQ(b("list", {makeRange(0, 3, 1)}), "[0, 1, 2]");
}

TEST(BuiltinsErrors, Messages) {
  EXPECT_EQ(b("int", {S("1.5")}), "ValueError: invalid literal for int() with base 10: '1.5'");
  EXPECT_EQ(b("float", {S("x")}), "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(b("int", {L({I(1)})}),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
  EXPECT_EQ(b("min", {L({})}), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(b("max", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(b("len", {I(1)}), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(b("len", {}), "TypeError: len() takes exactly one argument (0 given)");
  EXPECT_EQ(b("abs", {S("a")}), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(b("round", {S("a")}), "TypeError: type str doesn't define __round__ method");
  EXPECT_EQ(b("divmod", {C(0, 1), I(2)}),
            "TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'");
  EXPECT_EQ(b("pow", {F(2), I(3), I(5)}),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(b("pow", {I(2), I(3), I(0)}), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(b("isinstance", {I(1), I(2)}),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(b("chr", {I(-1)}), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(b("ord", {S("ab")}), "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(b("sum", {L({S("a")})}), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(b("sum", {L({I(1)}), S("a")}), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(b("print", {I(1), I(2)}, {"foo"}), "TypeError: 'foo' is an invalid keyword argument for print()");
  EXPECT_EQ(b("print", {I(1), I(1)}, {"sep"}), "TypeError: sep must be None or a string, not int");
  EXPECT_EQ(show(call(I(1), nullptr, 0, nullptr)), "TypeError: 'int' object is not callable");
  EXPECT_TRUE(lookupBuiltin("nosuchthing").isError());
  EXPECT_FALSE(hasPending());  // lookupBuiltin does not raise: the caller raises NameError
}

}  // namespace
}  // namespace fastjit::rt::testing
