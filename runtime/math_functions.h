// The functions of Python's math module (the SUBSET.md list) on plain doubles and int64, with
// CPython 3.11's results and errors (Modules/mathmodule.c): libm where CPython uses libm, and
// CPython's own algorithms where it has them (hypot's vector_norm, atan2/pow/fmod special cases,
// log with a base, isqrt, gcd, factorial). Errors: ValueError "math domain error", OverflowError
// "math range error", and the specific messages of isqrt/factorial. An int argument is converted
// to float first exactly as CPython does (int64 always fits a double, rounded).
//
// The module object (runtime/, the runtime-objects engineer's) does argument conversion and type
// errors, then calls these. Each returns false with the exception pending on failure.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fastjit::rt {

inline constexpr double kMathPi = 3.141592653589793;
inline constexpr double kMathE = 2.718281828459045;
inline constexpr double kMathTau = 6.283185307179586;

// One-argument float functions: math.sqrt, exp, log (one argument), log2, log10, sin, cos, tan,
// asin, acos, atan, sinh, cosh, tanh, fabs.
enum class MathFn1 : uint8_t {
  Sqrt, Exp, Log, Log2, Log10, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Fabs,
};
bool math1(MathFn1 fn, double x, double &out);

// math.log(x) for an int argument (ValueError "math domain error" for x <= 0).
bool mathLogInt(int64_t x, double &out);
// math.log(x, base) = log(x) / log(base): ZeroDivisionError "float division by zero" for base 1.
bool mathLogBase(double x, double base, double &out);

bool mathAtan2(double y, double x, double &out);
bool mathPow(double x, double y, double &out);
bool mathFmod(double x, double y, double &out);
double mathCopysign(double x, double y);
// math.hypot(*coords): CPython's vector_norm (accurate to within 1 ulp, not libm's hypot).
bool mathHypot(const double *coords, size_t n, double &out);

// math.floor/ceil/trunc of a float -> int: ValueError "cannot convert float NaN to integer",
// OverflowError "cannot convert float infinity to integer", OverflowError "integer overflow".
bool mathFloor(double x, int64_t &out);
bool mathCeil(double x, int64_t &out);
bool mathTrunc(double x, int64_t &out);

bool mathIsnan(double x);
bool mathIsinf(double x);
bool mathIsfinite(double x);

// math.isqrt(n): ValueError "isqrt() argument must be nonnegative".
bool mathIsqrt(int64_t n, int64_t &out);
// math.gcd(*ints) (gcd() == 0); OverflowError when the result is 2**63.
bool mathGcd(const int64_t *args, size_t n, int64_t &out);
// math.factorial(n): ValueError "factorial() not defined for negative values"; OverflowError
// "integer overflow" from 21 on.
bool mathFactorial(int64_t n, int64_t &out);

}  // namespace fastjit::rt
