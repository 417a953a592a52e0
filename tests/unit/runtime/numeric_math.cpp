// runtime/math_functions.h against CPython 3.11's math module: every expected value and error
// in data/math_cases.inc was recorded by python3 (data/gen_math_cases.py), doubles compared bit
// for bit; hypot over thousands of random vectors checks the vector_norm port.
#include "runtime/errors.h"
#include "runtime/math_functions.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <string>

using namespace fastjit::rt;

namespace {

struct Result {
  int kind;  // 0 int, 1 float, 2 error
  int64_t i;
  uint64_t f;
  const char *exc, *msg;
};
#define R_INT(v) Result{0, (v), 0, nullptr, nullptr}
#define R_FLOAT(b) Result{1, 0, (b), nullptr, nullptr}
#define R_ERROR(e, m) Result{2, 0, 0, (e), (m)}
struct Math1Case { const char *fn; uint64_t x; Result r; };
struct Math2Case { const char *fn; uint64_t x, y; Result r; };
struct HypotCase { int n; uint64_t v[4]; Result r; };
struct IntFnCase { const char *fn; int64_t a, b; Result r; };

#include "data/math_cases.inc"

double D(uint64_t b) { return std::bit_cast<double>(b); }

// ok/outputs of one call against the recorded result.
::testing::AssertionResult check(bool ok, bool isInt, int64_t i, double f, const Result &r) {
  if (!ok) {
    auto p = takePending();
    std::string got = std::string(excTypeName(p.type)) + ": " + p.message;
    if (r.kind == 2 && got == std::string(r.exc) + ": " + r.msg) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "got " << got;
  }
  if (r.kind == 2) return ::testing::AssertionFailure() << "expected " << r.exc << ": " << r.msg;
  if (r.kind == 0) {
    if (isInt && i == r.i) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected int " << r.i;
  }
  if (!isInt && (std::bit_cast<uint64_t>(f) == r.f || (std::isnan(f) && std::isnan(D(r.f)))))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "expected " << D(r.f) << " got " << f;
}

}  // namespace

TEST(MathFunctions, OneArgument) {
  static const std::pair<const char *, MathFn1> fns[] = {
      {"sqrt", MathFn1::Sqrt}, {"exp", MathFn1::Exp},   {"log", MathFn1::Log},
      {"log2", MathFn1::Log2}, {"log10", MathFn1::Log10}, {"sin", MathFn1::Sin},
      {"cos", MathFn1::Cos},   {"tan", MathFn1::Tan},   {"asin", MathFn1::Asin},
      {"acos", MathFn1::Acos}, {"atan", MathFn1::Atan}, {"sinh", MathFn1::Sinh},
      {"cosh", MathFn1::Cosh}, {"tanh", MathFn1::Tanh}, {"fabs", MathFn1::Fabs}};
  for (const auto &c : kMath1Cases) {
    std::string fn = c.fn;
    double x = D(c.x), f = 0;
    int64_t i = 0;
    bool ok = true, isInt = false;
    if (fn == "floor") { ok = mathFloor(x, i); isInt = true; }
    else if (fn == "ceil") { ok = mathCeil(x, i); isInt = true; }
    else if (fn == "trunc") { ok = mathTrunc(x, i); isInt = true; }
    else if (fn == "isnan") { i = mathIsnan(x); isInt = true; }
    else if (fn == "isinf") { i = mathIsinf(x); isInt = true; }
    else if (fn == "isfinite") { i = mathIsfinite(x); isInt = true; }
    else {
      for (const auto &[name, id] : fns)
        if (fn == name) ok = math1(id, x, f);
    }
    EXPECT_TRUE(check(ok, isInt, i, f, c.r)) << fn << "(" << x << ")";
  }
}

TEST(MathFunctions, TwoArguments) {
  for (const auto &c : kMath2Cases) {
    std::string fn = c.fn;
    double x = D(c.x), y = D(c.y), f = 0;
    bool ok = true;
    if (fn == "atan2") ok = mathAtan2(x, y, f);
    else if (fn == "pow") ok = mathPow(x, y, f);
    else if (fn == "fmod") ok = mathFmod(x, y, f);
    else if (fn == "copysign") f = mathCopysign(x, y);
    else if (fn == "log") ok = mathLogBase(x, y, f);
    else if (fn == "hypot") { double v[2] = {x, y}; ok = mathHypot(v, 2, f); }
    EXPECT_TRUE(check(ok, false, 0, f, c.r)) << fn << "(" << x << ", " << y << ")";
  }
}

TEST(MathFunctions, HypotVectorNorm) {
  for (const auto &c : kHypotCases) {
    double v[4] = {D(c.v[0]), D(c.v[1]), D(c.v[2]), D(c.v[3])}, f = 0;
    bool ok = mathHypot(v, size_t(c.n), f);
    EXPECT_TRUE(check(ok, false, 0, f, c.r)) << "hypot of " << c.n << " values, first " << v[0];
  }
}

TEST(MathFunctions, IntegerFunctions) {
  for (const auto &c : kIntFnCases) {
    std::string fn = c.fn;
    int64_t i = 0;
    double f = 0;
    bool ok, isInt = true;
    if (fn == "isqrt") ok = mathIsqrt(c.a, i);
    else if (fn == "factorial") ok = mathFactorial(c.a, i);
    else if (fn == "logint") { ok = mathLogInt(c.a, f); isInt = false; }
    else { int64_t args[2] = {c.a, c.b}; ok = mathGcd(args, 2, i); }
    EXPECT_TRUE(check(ok, isInt, i, f, c.r)) << fn << "(" << c.a << ", " << c.b << ")";
  }
  int64_t g = -1;
  ASSERT_TRUE(mathGcd(nullptr, 0, g));
  EXPECT_EQ(g, 0);  // math.gcd() == 0
}
