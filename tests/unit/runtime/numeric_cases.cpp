// Table-driven checks of runtime/numeric.h against CPython 3.11: every expected value in
// data/numeric_cases.inc was computed by python3 (data/gen_numeric_cases.py), doubles compared
// bit for bit (signs of zero, NaN), errors compared by class and exact message.
#include "runtime/errors.h"
#include "runtime/float_repr.h"
#include "runtime/numeric.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <string>

using namespace fastjit::rt;

namespace {

enum class RK { Int, Float, Complex, Error };
struct Result {
  RK kind;
  int64_t i;
  uint64_t f, g;
  const char *exc, *msg;
};
#define R_INT(v) Result{RK::Int, (v), 0, 0, nullptr, nullptr}
#define R_FLOAT(b) Result{RK::Float, 0, (b), 0, nullptr, nullptr}
#define R_COMPLEX(a, b) Result{RK::Complex, 0, (a), (b), nullptr, nullptr}
#define R_ERROR(e, m) Result{RK::Error, 0, 0, 0, (e), (m)}

struct IntBinCase { const char *op; int64_t a, b; Result r; };
struct IntTernCase { int64_t a, b, m; Result r; };
struct FloatBinCase { const char *op; uint64_t a, b; Result r; };
struct CompareCase { int64_t i; uint64_t f; int expected; };
struct RoundFloatCase { uint64_t x; int64_t n; Result r; };
struct RoundToIntCase { uint64_t x; Result r; };
struct FloatToIntCase { uint64_t x; Result r; };
// TEXT keeps embedded NULs: the length comes from the literal, not strlen.
#define TEXT(s) std::string_view(s, sizeof(s) - 1)
struct ParseCase { std::string_view text; int base; Result r; };
struct HexCase { int64_t i; const char *hex, *oct, *bin, *dec; };
struct ComplexBinCase { const char *op; uint64_t ar, ai, br, bi; Result r; };
struct ComplexUnCase { uint64_t re, im; Result r; const char *repr; };
struct HashCase { uint64_t x; int64_t h; };

#include "data/numeric_cases.inc"

double D(uint64_t b) { return std::bit_cast<double>(b); }

std::string describeDouble(uint64_t b) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g (bits %016llx)", D(b), (unsigned long long)b);
  return buf;
}

bool sameDouble(double x, uint64_t expectedBits) {
  if (std::isnan(x)) return std::isnan(D(expectedBits));
  return std::bit_cast<uint64_t>(x) == expectedBits;
}

// Checks the outcome of one call: ok/false plus the produced value(s) against the expectation.
::testing::AssertionResult checkError(bool ok, const Result &r) {
  if (r.kind != RK::Error) {
    if (!ok) {
      auto p = takePending();
      return ::testing::AssertionFailure()
             << "unexpected " << excTypeName(p.type) << ": " << p.message;
    }
    return ::testing::AssertionSuccess();
  }
  if (ok) return ::testing::AssertionFailure() << "expected " << r.exc << ": " << r.msg;
  if (!hasPending()) return ::testing::AssertionFailure() << "failed without pending exception";
  auto p = takePending();
  if (excTypeName(p.type) != r.exc || p.message != r.msg)
    return ::testing::AssertionFailure() << "got " << excTypeName(p.type) << ": " << p.message
                                         << "; expected " << r.exc << ": " << r.msg;
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult checkValue(const Value &v, const Result &r) {
  bool ok = !v.isError();
  auto e = checkError(ok, r);
  if (!e || !ok) return e;
  switch (r.kind) {
    case RK::Int:
      if (!v.isInt() || v.asInt() != r.i)
        return ::testing::AssertionFailure() << "expected int " << r.i;
      break;
    case RK::Float:
      if (!v.isFloat() || !sameDouble(v.asFloat(), r.f))
        return ::testing::AssertionFailure() << "expected float " << describeDouble(r.f) << " got "
                                             << (v.isFloat() ? floatRepr(v.asFloat()) : "other");
      break;
    case RK::Complex:
      if (!v.isComplex() || !sameDouble(v.asComplex().re, r.f) ||
          !sameDouble(v.asComplex().im, r.g))
        return ::testing::AssertionFailure() << "expected complex " << describeDouble(r.f) << ", "
                                             << describeDouble(r.g);
      break;
    case RK::Error: break;
  }
  return ::testing::AssertionSuccess();
}

Value intResult(bool ok, int64_t v) { return ok ? Value::integer(v) : Value::error(); }
Value floatResult(bool ok, double v) { return ok ? Value::floating(v) : Value::error(); }

}  // namespace

TEST(NumericCases, IntBinaryOps) {
  for (const auto &c : kIntBinCases) {
    std::string op = c.op;
    Value v;
    int64_t o = 0;
    double d = 0;
    if (op == "add") v = intResult(intAdd(c.a, c.b, o), o);
    else if (op == "sub") v = intResult(intSub(c.a, c.b, o), o);
    else if (op == "mul") v = intResult(intMul(c.a, c.b, o), o);
    else if (op == "floordiv") v = intResult(intFloorDiv(c.a, c.b, o), o);
    else if (op == "mod") v = intResult(intMod(c.a, c.b, o), o);
    else if (op == "truediv") v = floatResult(intTrueDiv(c.a, c.b, d), d);
    else if (op == "pow") v = intPow(c.a, c.b);
    else if (op == "lshift") v = intResult(intLShift(c.a, c.b, o), o);
    else if (op == "rshift") v = intResult(intRShift(c.a, c.b, o), o);
    EXPECT_TRUE(checkValue(v, c.r)) << c.a << " " << op << " " << c.b;
    if (op == "floordiv") {  // divmod's quotient must agree with //, its remainder with %
      int64_t q = 0, r = 0, m = 0;
      bool ok = intDivmod(c.a, c.b, q, r);
      EXPECT_TRUE(checkError(ok, c.r)) << "divmod " << c.a << " " << c.b;
      if (ok && c.r.kind == RK::Int) {
        EXPECT_EQ(q, c.r.i);
        if (intMod(c.a, c.b, m)) EXPECT_EQ(r, m);
        else clearPending();
      }
    }
  }
}

TEST(NumericCases, TrueDivCorrectlyRounded) {
  for (const auto &c : kTrueDivCases) {
    double d = 0;
    bool ok = intTrueDiv(c.a, c.b, d);
    EXPECT_TRUE(checkValue(floatResult(ok, d), c.r)) << c.a << " / " << c.b;
  }
}

TEST(NumericCases, PowMod) {
  for (const auto &c : kPowModCases) {
    int64_t o = 0;
    bool ok = intPowMod(c.a, c.b, c.m, o);
    EXPECT_TRUE(checkValue(intResult(ok, o), c.r)) << "pow(" << c.a << ", " << c.b << ", " << c.m << ")";
  }
}

TEST(NumericCases, FloatBinaryOps) {
  for (const auto &c : kFloatBinCases) {
    std::string op = c.op;
    double a = D(c.a), b = D(c.b), o = 0, q = 0, r = 0;
    Value v;
    if (op == "floordiv") v = floatResult(floatFloorDiv(a, b, o), o);
    else if (op == "mod") v = floatResult(floatMod(a, b, o), o);
    else if (op == "truediv") v = floatResult(floatTrueDiv(a, b, o), o);
    else if (op == "pow") v = floatPow(a, b);
    else if (op == "divq") v = floatResult(floatDivmod(a, b, q, r), q);
    else if (op == "divr") v = floatResult(floatDivmod(a, b, q, r), r);
    EXPECT_TRUE(checkValue(v, c.r)) << floatRepr(a) << " " << op << " " << floatRepr(b);
  }
}

TEST(NumericCases, CompareIntFloat) {
  for (const auto &c : kCompareCases)
    EXPECT_EQ(compareIntFloat(c.i, D(c.f)), c.expected) << c.i << " vs " << floatRepr(D(c.f));
}

TEST(NumericCases, RoundFloat) {
  for (const auto &c : kRoundFloatCases) {
    double o = 0;
    bool ok = roundFloat(D(c.x), c.n, o);
    EXPECT_TRUE(checkValue(floatResult(ok, o), c.r)) << "round(" << floatRepr(D(c.x)) << ", " << c.n << ")";
  }
  for (const auto &c : kRoundToIntCases) {
    int64_t o = 0;
    bool ok = roundFloatToInt(D(c.x), o);
    EXPECT_TRUE(checkValue(intResult(ok, o), c.r)) << "round(" << floatRepr(D(c.x)) << ")";
  }
  for (const auto &c : kRoundIntCases) {
    int64_t o = 0;
    bool ok = roundInt(c.a, c.b, o);
    EXPECT_TRUE(checkValue(intResult(ok, o), c.r)) << "round(" << c.a << ", " << c.b << ")";
  }
}

TEST(NumericCases, FloatToInt) {
  for (const auto &c : kFloatToIntCases) {
    int64_t o = 0;
    bool ok = floatToInt(D(c.x), o);
    EXPECT_TRUE(checkValue(intResult(ok, o), c.r)) << "int(" << floatRepr(D(c.x)) << ")";
  }
}

TEST(NumericCases, Parse) {
  for (const auto &c : kParseIntCases) {
    int64_t o = 0;
    bool ok = parseInt(c.text, c.base, o);
    EXPECT_TRUE(checkValue(intResult(ok, o), c.r)) << "int('" << c.text << "', " << c.base << ")";
  }
  for (const auto &c : kParseFloatCases) {
    double o = 0;
    bool ok = parseFloat(c.text, o);
    EXPECT_TRUE(checkValue(floatResult(ok, o), c.r)) << "float('" << c.text << "')";
  }
  for (const auto &c : kParseComplexCases) {
    Complex o{};
    bool ok = parseComplex(c.text, o);
    EXPECT_TRUE(checkValue(ok ? Value::complex(o.re, o.im) : Value::error(), c.r))
        << "complex('" << c.text << "')";
  }
}

TEST(NumericCases, IntText) {
  for (const auto &c : kHexCases) {
    EXPECT_EQ(intToHex(c.i), c.hex);
    EXPECT_EQ(intToOct(c.i), c.oct);
    EXPECT_EQ(intToBin(c.i), c.bin);
    std::string s;
    appendIntDecimal(s, c.i);
    EXPECT_EQ(s, c.dec);
  }
}

TEST(NumericCases, Complex) {
  for (const auto &c : kComplexBinCases) {
    Complex a{D(c.ar), D(c.ai)}, b{D(c.br), D(c.bi)}, o{};
    bool ok = std::string(c.op) == "div" ? complexDiv(a, b, o) : complexPow(a, b, o);
    EXPECT_TRUE(checkValue(ok ? Value::complex(o.re, o.im) : Value::error(), c.r))
        << complexRepr(a) << " " << c.op << " " << complexRepr(b);
  }
  for (const auto &c : kComplexAbsCases) {
    double o = 0;
    bool ok = complexAbs({D(c.re), D(c.im)}, o);
    EXPECT_TRUE(checkValue(floatResult(ok, o), c.r)) << "abs(" << c.repr << ")";
    EXPECT_EQ(complexRepr({D(c.re), D(c.im)}), c.repr);
  }
}

TEST(NumericCases, HashFloat) {
  for (const auto &c : kHashFloatCases) EXPECT_EQ(hashFloat(D(c.x)), c.h) << floatRepr(D(c.x));
  EXPECT_EQ(hashInt(-1), -2);
  EXPECT_EQ(hashInt(INT64_MIN), -(int64_t)((uint64_t(1) << 63) % ((uint64_t(1) << 61) - 1)));
}
