// repr(float) and repr(complex) against CPython 3.11 over thousands of doubles recorded by
// python3 (data/gen_float_repr_cases.py): shortest round-trip digits, the switch to exponent
// form below 1e-4 and from 1e16, two-digit exponents, signed zeros, inf and nan; complex with
// and without parentheses. Also checks that format(x, '') agrees with repr, as in CPython.
#include "runtime/float_repr.h"
#include "runtime/format_spec.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdlib>
#include <string>

using namespace fastjit::rt;

namespace {
struct ReprCase { uint64_t bits; const char *repr; };
struct ComplexReprCase { uint64_t re, im; const char *repr; };
#include "data/float_repr_cases.inc"
double D(uint64_t b) { return std::bit_cast<double>(b); }
}  // namespace

TEST(FloatRepr, MatchesCPython) {
  int failures = 0;
  for (const auto &c : kFloatReprCases) {
    std::string r = floatRepr(D(c.bits));
    if (r != c.repr && ++failures < 40)
      ADD_FAILURE() << "bits " << std::hex << c.bits << ": got " << r << " want " << c.repr;
    std::string viaFormat;
    ASSERT_TRUE(formatFloat(D(c.bits), "", viaFormat));
    EXPECT_EQ(viaFormat, c.repr);
  }
  EXPECT_EQ(failures, 0);
}

TEST(FloatRepr, RoundTrips) {
  for (const auto &c : kFloatReprCases) {
    double x = D(c.bits);
    if (x != x) continue;
    EXPECT_EQ(std::bit_cast<uint64_t>(std::strtod(floatRepr(x).c_str(), nullptr)), c.bits);
  }
}

TEST(FloatRepr, ComplexMatchesCPython) {
  for (const auto &c : kComplexReprCases) {
    EXPECT_EQ(complexRepr({D(c.re), D(c.im)}), c.repr);
    std::string viaFormat;
    ASSERT_TRUE(formatComplex({D(c.re), D(c.im)}, "", viaFormat));
    EXPECT_EQ(viaFormat, c.repr);
  }
}
