// Python's math module on doubles and int64, ported from CPython 3.11's Modules/mathmodule.c:
// math_1 / math_2 and is_error decide errors from the result and errno exactly as CPython does
// (so libm's own errno reports count the same way), m_log/m_log2/m_log10/m_atan2 and
// math_pow/math_fmod handle the IEEE special cases themselves, and hypot is CPython's
// vector_norm rather than libm's hypot, because their last bits can differ.
#include "runtime/math_functions.h"

#include "runtime/errors.h"
#include "runtime/numeric.h"

#include <cerrno>
#include <cmath>
#include <vector>

namespace fastjit::rt {

namespace {

bool domainError() {
  raise(ExcType::ValueError, "math domain error");
  return false;
}

bool rangeError() {
  raise(ExcType::OverflowError, "math range error");
  return false;
}

// is_error: true (exception set) unless errno only reports an underflow.
bool isError(double r) {
  if (errno == EDOM) return !domainError();
  if (errno == ERANGE) {
    if (std::fabs(r) < 1.5) return false;  // underflow: not an error
    return !rangeError();
  }
  raise(ExcType::ValueError, "math domain error");  // unexpected errno
  return true;
}

double mLog(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double mLog2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  errno = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double mLog10(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log10(x);
  errno = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double mAtan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      if (std::copysign(1., x) == 1.) return std::copysign(0.25 * kMathPi, y);
      return std::copysign(0.75 * kMathPi, y);
    }
    return std::copysign(0.5 * kMathPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    if (std::copysign(1., x) == 1.) return std::copysign(0., y);
    return std::copysign(kMathPi, y);
  }
  return std::atan2(y, x);
}

// math_1: NaN from a non-NaN is a domain error; an infinity from a finite argument is a range
// error when the function can overflow, else a domain error (a singularity).
bool math1Apply(double (*fn)(double), double x, bool canOverflow, double &out) {
  errno = 0;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domainError();
  if (std::isinf(r) && std::isfinite(x)) return canOverflow ? rangeError() : domainError();
  if (std::isfinite(r) && errno && isError(r)) return false;
  out = r;
  return true;
}

// math_2's error rules for a two-argument function.
bool math2Finish(double x, double y, double r, double &out) {
  if (std::isnan(r)) errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  else if (std::isinf(r)) errno = (std::isfinite(x) && std::isfinite(y)) ? ERANGE : 0;
  if (errno && isError(r)) return false;
  out = r;
  return true;
}

// vector_norm (3.11): power-of-two scaling, Veltkamp-Dekker squaring, compensated summation and
// a differential correction of the square root; division by max when max is subnormal.
double vectorNorm(size_t n, double *vec, double max, bool foundNan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int maxE;
  if (std::isinf(max)) return max;
  if (foundNan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  std::frexp(max, &maxE);
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: divide by max instead, with a simpler compensated sum
    // (3.11's fallback for subnormal maxima).
    double frac = 0.0;
    for (size_t i = 0; i < n; ++i) {
      x = vec[i] / max;
      x = x * x;
      oldcsum = csum;
      csum += x;
      frac += (oldcsum - csum) + x;
    }
    return max * std::sqrt(csum - 1.0 + frac);
  }
  scale = std::ldexp(1.0, -maxE);
  for (size_t i = 0; i < n; ++i) {
    x = vec[i] * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

}  // namespace

bool math1(MathFn1 fn, double x, double &out) {
  switch (fn) {
    case MathFn1::Sqrt: return math1Apply([](double v) { return std::sqrt(v); }, x, false, out);
    case MathFn1::Exp: return math1Apply([](double v) { return std::exp(v); }, x, true, out);
    case MathFn1::Log: return math1Apply(mLog, x, false, out);
    case MathFn1::Log2: return math1Apply(mLog2, x, false, out);
    case MathFn1::Log10: return math1Apply(mLog10, x, false, out);
    case MathFn1::Sin: return math1Apply([](double v) { return std::sin(v); }, x, false, out);
    case MathFn1::Cos: return math1Apply([](double v) { return std::cos(v); }, x, false, out);
    case MathFn1::Tan: return math1Apply([](double v) { return std::tan(v); }, x, false, out);
    case MathFn1::Asin: return math1Apply([](double v) { return std::asin(v); }, x, false, out);
    case MathFn1::Acos: return math1Apply([](double v) { return std::acos(v); }, x, false, out);
    case MathFn1::Atan: return math1Apply([](double v) { return std::atan(v); }, x, false, out);
    case MathFn1::Sinh: return math1Apply([](double v) { return std::sinh(v); }, x, true, out);
    case MathFn1::Cosh: return math1Apply([](double v) { return std::cosh(v); }, x, true, out);
    case MathFn1::Tanh: return math1Apply([](double v) { return std::tanh(v); }, x, false, out);
    case MathFn1::Fabs: return math1Apply([](double v) { return std::fabs(v); }, x, false, out);
  }
  return domainError();
}

// loghelper for an int: non-positive is a domain error, otherwise log of the converted value.
bool mathLogInt(int64_t x, double &out) {
  if (x <= 0) return domainError();
  out = std::log(double(x));
  return true;
}

// math_log_impl: each operand through loghelper, then float true division.
bool mathLogBase(double x, double base, double &out) {
  double num, den;
  if (!math1(MathFn1::Log, x, num)) return false;
  if (!math1(MathFn1::Log, base, den)) return false;
  return floatTrueDiv(num, den, out);
}

bool mathAtan2(double y, double x, double &out) {
  errno = 0;
  double r = mAtan2(y, x);
  return math2Finish(y, x, r, out);
}

bool mathPow(double x, double y, double &out) {
  double r = 0.;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    errno = 0;
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = oddY ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = oddY ? std::copysign(0., x) : 0.;
    } else {  // y is infinite
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    errno = 0;
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) errno = EDOM;
      else if (std::isinf(r)) errno = x == 0. ? EDOM : ERANGE;
    }
  }
  if (errno && isError(r)) return false;
  out = r;
  return true;
}

bool mathFmod(double x, double y, double &out) {
  if (std::isinf(y) && std::isfinite(x)) { out = x; return true; }
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r)) errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  if (errno && isError(r)) return false;
  out = r;
  return true;
}

double mathCopysign(double x, double y) { return std::copysign(x, y); }

bool mathHypot(const double *coords, size_t n, double &out) {
  std::vector<double> v(n);
  double max = 0.0;
  bool foundNan = false;
  for (size_t i = 0; i < n; ++i) {
    double x = std::fabs(coords[i]);
    v[i] = x;
    foundNan |= std::isnan(x);
    if (x > max) max = x;
  }
  out = vectorNorm(n, v.data(), max, foundNan);
  return true;
}

bool mathFloor(double x, int64_t &out) { return floatToInt(std::floor(x), out); }
bool mathCeil(double x, int64_t &out) { return floatToInt(std::ceil(x), out); }
bool mathTrunc(double x, int64_t &out) { return floatToInt(x, out); }

bool mathIsnan(double x) { return std::isnan(x); }
bool mathIsinf(double x) { return std::isinf(x); }
bool mathIsfinite(double x) { return std::isfinite(x); }

bool mathIsqrt(int64_t n, int64_t &out) {
  if (n < 0) {
    raise(ExcType::ValueError, "isqrt() argument must be nonnegative");
    return false;
  }
  // Start from the floating-point root and correct it exactly (the estimate is off by at most
  // one for 64-bit inputs).
  uint64_t u = uint64_t(n);
  uint64_t r = uint64_t(std::sqrt(double(u)));
  while (r > 0 && (unsigned __int128)r * r > u) --r;
  while ((unsigned __int128)(r + 1) * (r + 1) <= u) ++r;
  out = int64_t(r);
  return true;
}

bool mathGcd(const int64_t *args, size_t n, int64_t &out) {
  uint64_t g = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t a = args[i] < 0 ? 0 - uint64_t(args[i]) : uint64_t(args[i]);
    while (a) {
      uint64_t t = g % a;
      g = a;
      a = t;
    }
  }
  if (g > uint64_t(INT64_MAX)) return raiseIntegerOverflow();  // gcd(-2**63) == 2**63
  out = int64_t(g);
  return true;
}

bool mathFactorial(int64_t n, int64_t &out) {
  if (n < 0) {
    raise(ExcType::ValueError, "factorial() not defined for negative values");
    return false;
  }
  int64_t r = 1;
  for (int64_t k = 2; k <= n; ++k)
    if (__builtin_mul_overflow(r, k, &r)) return raiseIntegerOverflow();
  out = r;
  return true;
}

}  // namespace fastjit::rt
