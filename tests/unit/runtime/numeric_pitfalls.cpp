// The numeric items of SUBSET.md's "Where implementations usually go wrong", one readable check
// each (the exhaustive tables are in numeric_cases.cpp / format_cases.cpp). Every expected value
// was printed by python3 3.11 for the expression in the comment beside it.
#include "runtime/errors.h"
#include "runtime/float_repr.h"
#include "runtime/format_spec.h"
#include "runtime/numeric.h"

#include <gtest/gtest.h>

#include <string>

using namespace fastjit::rt;

namespace {
std::string pendingMessage() {
  auto p = takePending();
  return std::string(excTypeName(p.type)) + ": " + p.message;
}
std::string fmtFloat(double v, std::string_view spec) {
  std::string out;
  return formatFloat(v, spec, out) ? out : pendingMessage();
}
}  // namespace

TEST(NumericPitfalls, IntTrueDivisionIsCorrectlyRounded) {
  double d = 0;
  ASSERT_TRUE(intTrueDiv((int64_t(1) << 53) + 1, 3, d));
  EXPECT_EQ(floatRepr(d), "3002399751580331.0");  // (2**53+1)/3
  ASSERT_TRUE(intTrueDiv((int64_t(1) << 53) + 1, 1, d));
  EXPECT_EQ(floatRepr(d), "9007199254740992.0");  // 9007199254740993/1 (ties to even)
}

TEST(NumericPitfalls, IntFloatComparisonIsExact) {
  EXPECT_EQ(compareIntFloat((int64_t(1) << 53) + 1, 9007199254740992.0), 1);  // 2**53+1 > 2.0**53
  EXPECT_EQ(compareIntFloat(INT64_MAX, 9223372036854775808.0), -1);           // 2**63-1 < 2.0**63
  EXPECT_EQ(compareIntFloat(1, NAN), kUnordered);
}

TEST(NumericPitfalls, FloorDivisionAndModuloSigns) {
  int64_t i = 0;
  double f = 0;
  ASSERT_TRUE(intFloorDiv(-7, 2, i)); EXPECT_EQ(i, -4);  // -7 // 2
  ASSERT_TRUE(intMod(-7, 3, i)); EXPECT_EQ(i, 2);         // -7 % 3
  ASSERT_TRUE(floatFloorDiv(-7.0, 2, f)); EXPECT_EQ(floatRepr(f), "-4.0");
  ASSERT_TRUE(floatMod(-7.0, 3, f)); EXPECT_EQ(floatRepr(f), "2.0");
  ASSERT_TRUE(floatMod(7.0, -3, f)); EXPECT_EQ(floatRepr(f), "-2.0");
  ASSERT_TRUE(floatMod(-0.0, 5, f)); EXPECT_EQ(floatRepr(f), "0.0");     // -0.0 % 5
  ASSERT_TRUE(floatFloorDiv(0.0, -3, f)); EXPECT_EQ(floatRepr(f), "-0.0");  // 0.0 // -3
}

TEST(NumericPitfalls, EachZeroDivisionHasItsOwnMessage) {
  int64_t i;
  double f;
  EXPECT_FALSE(intMod(1, 0, i));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: integer modulo by zero");            // 1 % 0
  EXPECT_FALSE(intFloorDiv(1, 0, i));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: integer division or modulo by zero");  // 1 // 0
  EXPECT_FALSE(intTrueDiv(1, 0, f));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: division by zero");                    // 1 / 0
  EXPECT_FALSE(floatTrueDiv(1.0, 0, f));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: float division by zero");              // 1.0 / 0
  EXPECT_FALSE(floatFloorDiv(1.0, 0, f));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: float floor division by zero");        // 1.0 // 0
  EXPECT_FALSE(floatMod(1.0, 0, f));
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: float modulo");                        // 1.0 % 0
  EXPECT_TRUE(intPow(0, -1).isError());
  EXPECT_EQ(pendingMessage(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST(NumericPitfalls, PowersAndModularPowers) {
  Value v = intPow(2, -1);  // 2**-1 is a float
  ASSERT_TRUE(v.isFloat());
  EXPECT_EQ(v.asFloat(), 0.5);
  v = floatPow(-8.0, 1.0 / 3);  // (-8)**(1/3) is complex
  ASSERT_TRUE(v.isComplex());
  EXPECT_EQ(complexRepr(v.asComplex()), "(1.0000000000000002+1.7320508075688772j)");
  int64_t i = 0;
  ASSERT_TRUE(intPowMod(3, -1, 7, i)); EXPECT_EQ(i, 5);                        // pow(3, -1, 7)
  ASSERT_TRUE(intPowMod(2, 62, INT64_MAX, i)); EXPECT_EQ(i, int64_t(1) << 62);  // 128-bit products
  ASSERT_TRUE(intPowMod(-2, 3, -7, i)); EXPECT_EQ(i, -1);                      // pow(-2, 3, -7)
  EXPECT_TRUE(intPow(2, 63).isError());
  EXPECT_EQ(pendingMessage(), "OverflowError: integer overflow");  // the licensed int64 limit
}

TEST(NumericPitfalls, RoundHalfEvenOnTheExactValue) {
  double f = 0;
  ASSERT_TRUE(roundFloat(2.675, 2, f)); EXPECT_EQ(floatRepr(f), "2.67");  // 2.675 is below the tie
  int64_t i = 0;
  ASSERT_TRUE(roundFloatToInt(0.5, i)); EXPECT_EQ(i, 0);
  ASSERT_TRUE(roundFloatToInt(1.5, i)); EXPECT_EQ(i, 2);
  ASSERT_TRUE(roundFloatToInt(2.5, i)); EXPECT_EQ(i, 2);
  ASSERT_TRUE(roundFloatToInt(-0.5, i)); EXPECT_EQ(i, 0);
}

TEST(NumericPitfalls, ReprSwitchesToExponentFormAt1e16And1eMinus5) {
  EXPECT_EQ(floatRepr(1e16), "1e+16");
  EXPECT_EQ(floatRepr(1e-5), "1e-05");
  EXPECT_EQ(floatRepr(0.0001), "0.0001");
  EXPECT_EQ(floatRepr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(floatRepr(-0.0), "-0.0");
}

TEST(NumericPitfalls, FormatTypeGAndNoTypeDiffer) {
  EXPECT_EQ(fmtFloat(100.0, ".3"), "1e+02");  // no type: at least one digit after the point...
  EXPECT_EQ(fmtFloat(100.0, ".3g"), "100");   // ...'g' does not need one
  EXPECT_EQ(fmtFloat(1234567.891, ",.2f"), "1,234,567.89");
  EXPECT_EQ(fmtFloat(-0.0, "z.1f"), "0.0");
  std::string out;
  ASSERT_TRUE(formatInt(255, "#_b", out));
  EXPECT_EQ(out, "0b1111_1111");
}

TEST(NumericPitfalls, ParseErrorsQuoteTheCallersRepr) {
  // int() truncates the repr to 200 characters ("%.200R"), float() does not: in CPython 3.11
  // len(str(error of int('x' * 300))) == 240 and of float('y' * 300) == 337.
  std::string xs(300, 'x'), ys(300, 'y');
  int64_t i;
  double d;
  EXPECT_FALSE(parseInt(xs, 10, i, [&] { return "'" + xs + "'"; }));
  EXPECT_EQ(takePending().message.size(), 240u);
  EXPECT_FALSE(parseFloat(ys, d, [&] { return "'" + ys + "'"; }));
  EXPECT_EQ(takePending().message.size(), 337u);
  // Without a callback the built-in repr picks CPython's quotes: int("it's") names "it's".
  EXPECT_FALSE(parseInt("it's", 10, i));
  EXPECT_EQ(takePending().message, "invalid literal for int() with base 10: \"it's\"");
  // Unicode digits and spaces are accepted as CPython does: int('\u0663\u0664') == 34.
  ASSERT_TRUE(parseInt("\u0663\u0664", 10, i));
  EXPECT_EQ(i, 34);
}
