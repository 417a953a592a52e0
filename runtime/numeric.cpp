// The out-of-line parts of runtime/numeric.h: int true division, powers, shifts, exact int/float
// comparison, float->int conversion, rounding, hashing and complex division/power — each a port
// of the CPython 3.11 routine named beside it, specialised to int64 and double. Parsing and
// printing of numbers is in runtime/number_text.cpp.
#include "runtime/numeric.h"

#include <cerrno>
#include <charconv>
#include <string>

namespace fastjit::rt {

bool raiseIntegerOverflow() {
  raise(ExcType::OverflowError, kIntegerOverflow);
  return false;
}
bool raiseIntDivByZero() {
  raise(ExcType::ZeroDivisionError, "integer division or modulo by zero");
  return false;
}
bool raiseIntModByZero() {
  raise(ExcType::ZeroDivisionError, "integer modulo by zero");
  return false;
}
bool raiseFloatFloorDivByZero() {
  raise(ExcType::ZeroDivisionError, "float floor division by zero");
  return false;
}
bool raiseFloatModByZero() {
  raise(ExcType::ZeroDivisionError, "float modulo");
  return false;
}

static unsigned bitLength(unsigned __int128 x) {
  unsigned n = 0;
  while (x) { ++n; x >>= 1; }
  return n;
}

// CPython's long_true_divide: operands up to 2**53 convert exactly, so one IEEE division is
// correctly rounded. Otherwise the quotient is computed exactly in 128 bits with at least 55
// significant bits and a sticky bit for the remainder, so the single int->double conversion
// rounds it correctly (half to even), and the power-of-two scaling is exact (no subnormals
// arise from int64 operands).
bool intTrueDiv(int64_t a, int64_t b, double &out) {
  if (b == 0) {
    raise(ExcType::ZeroDivisionError, "division by zero");
    return false;
  }
  constexpr int64_t k53 = int64_t(1) << 53;
  if (a >= -k53 && a <= k53 && b >= -k53 && b <= k53) {
    out = double(a) / double(b);
    return true;
  }
  bool negate = (a < 0) != (b < 0);
  uint64_t na = a < 0 ? 0 - uint64_t(a) : uint64_t(a);
  uint64_t nb = b < 0 ? 0 - uint64_t(b) : uint64_t(b);
  if (na == 0) {
    out = negate ? -0.0 : 0.0;
    return true;
  }
  int shift = int(bitLength(nb)) + 56 - int(bitLength(na));
  if (shift < 0) shift = 0;
  unsigned __int128 n = (unsigned __int128)na << shift;
  unsigned __int128 q = n / nb;
  if (n % nb != 0) q |= 1;  // sticky: the quotient is not exact
  double d = std::ldexp(double(q), -shift);
  out = negate ? -d : d;
  return true;
}

Value intPow(int64_t a, int64_t b) {
  if (b < 0) return floatPow(double(a), double(b));  // long_pow defers to float_pow
  int64_t result = 1, base = a;
  while (b) {
    if (b & 1) {
      if (__builtin_mul_overflow(result, base, &result)) {
        raiseIntegerOverflow();
        return Value::error();
      }
    }
    b >>= 1;
    // Square only when another bit needs it: a base whose square overflows would make the
    // result overflow anyway, but the last squaring is never used.
    if (b && __builtin_mul_overflow(base, base, &base)) {
      raiseIntegerOverflow();
      return Value::error();
    }
  }
  return Value::integer(result);
}

// Modular inverse of a modulo m (m > 0) by the extended Euclidean algorithm, as long_invmod.
static bool invMod(int64_t a, int64_t m, int64_t &out) {
  __int128 r0 = m, r1 = a, s0 = 0, s1 = 1;
  while (r1 != 0) {
    __int128 q = r0 / r1;
    __int128 t = r0 - q * r1; r0 = r1; r1 = t;
    t = s0 - q * s1; s0 = s1; s1 = t;
  }
  if (r0 != 1) {
    raise(ExcType::ValueError, "base is not invertible for the given modulus");
    return false;
  }
  __int128 v = s0 % m;
  if (v < 0) v += m;
  out = int64_t(v);
  return true;
}

// pow(a, b, m) as long_pow with a modulus: the result has the sign of m (Python's %), |m| == 1
// gives 0 before anything else, and a negative exponent first replaces the base by its modular
// inverse. All products are taken modulo |m| <= 2**63 in 128 bits.
bool intPowMod(int64_t a, int64_t b, int64_t m, int64_t &out) {
  if (m == 0) {
    raise(ExcType::ValueError, "pow() 3rd argument cannot be 0");
    return false;
  }
  bool negativeModulus = m < 0;
  uint64_t mod = m < 0 ? 0 - uint64_t(m) : uint64_t(m);
  if (mod == 1) { out = 0; return true; }
  uint64_t base = uint64_t(((__int128)a % (__int128)mod + (__int128)mod) % (__int128)mod);
  uint64_t e = b < 0 ? 0 - uint64_t(b) : uint64_t(b);  // exact for INT64_MIN too
  if (b < 0) {
    if (mod == (uint64_t(1) << 63)) {
      // The inverse modulo 2**63 exists for odd bases; Newton's iteration doubles the number
      // of correct low bits each step (an odd x is its own inverse modulo 8).
      if ((base & 1) == 0) {
        raise(ExcType::ValueError, "base is not invertible for the given modulus");
        return false;
      }
      uint64_t inv = base;
      for (int i = 0; i < 5; ++i) inv *= 2 - base * inv;
      base = inv & uint64_t(INT64_MAX);
    } else {
      int64_t inv;
      if (!invMod(int64_t(base), int64_t(mod), inv)) return false;
      base = uint64_t(inv);
    }
  }
  unsigned __int128 result = 1, p = base;
  while (e) {
    if (e & 1) result = (result * p) % mod;
    e >>= 1;
    if (e) p = (p * p) % mod;
  }
  __int128 r = (__int128)result;
  if (negativeModulus && r != 0) r -= (__int128)mod;
  out = int64_t(r);
  return true;
}

bool intLShift(int64_t a, int64_t b, int64_t &out) {
  if (b < 0) {
    raise(ExcType::ValueError, "negative shift count");
    return false;
  }
  if (a == 0) { out = 0; return true; }
  if (b >= 64) return raiseIntegerOverflow();
  __int128 r = (__int128)a << b;  // |a| < 2**63 and b < 64: fits in 127 bits
  if (r > INT64_MAX || r < INT64_MIN) return raiseIntegerOverflow();
  out = int64_t(r);
  return true;
}

bool intRShift(int64_t a, int64_t b, int64_t &out) {
  if (b < 0) {
    raise(ExcType::ValueError, "negative shift count");
    return false;
  }
  out = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);  // arithmetic shift floors, as Python's >>
  return true;
}

// float_richcompare for an int operand: exact, whatever the magnitudes.
int compareIntFloat(int64_t i, double f) {
  if (std::isnan(f)) return kUnordered;
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  constexpr int64_t k53 = int64_t(1) << 53;
  if (i >= -k53 && i <= k53) {  // converts exactly
    double d = double(i);
    return d < f ? -1 : d > f ? 1 : 0;
  }
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  double t = std::trunc(f);
  int64_t fi = int64_t(t);  // exact: t is integral and within int64
  if (i != fi) return i < fi ? -1 : 1;
  double frac = f - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

bool floatToInt(double f, int64_t &out) {
  if (std::isnan(f)) {
    raise(ExcType::ValueError, "cannot convert float NaN to integer");
    return false;
  }
  if (std::isinf(f)) {
    raise(ExcType::OverflowError, "cannot convert float infinity to integer");
    return false;
  }
  double t = std::trunc(f);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return raiseIntegerOverflow();
  out = int64_t(t);
  return true;
}

// Python's hash of numbers: reduction modulo the Mersenne prime 2**61 - 1 (Python/pyhash.c).
static constexpr uint64_t kHashBits = 61;
static constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
static constexpr int64_t kHashInf = 314159;

int64_t hashInt(int64_t i) {
  uint64_t mag = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  int64_t h = int64_t(mag % kHashModulus);
  if (i < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hashFloat(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return 0;  // CPython hashes NaN by object identity; no stable value exists
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0, y;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % int(kHashBits) : int(kHashBits) - 1 - ((-1 - e) % int(kHashBits));
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * uint64_t(int64_t(sign));
  if (x == uint64_t(-1)) x = uint64_t(-2);
  return int64_t(x);
}

bool floatDivmod(double a, double b, double &q, double &r) {
  if (b == 0.0) {
    raise(ExcType::ZeroDivisionError, "float divmod()");
    return false;
  }
  floatDivModCore(a, b, q, r);
  return true;
}

bool floatTrueDiv(double a, double b, double &out) {
  if (b == 0.0) {
    raise(ExcType::ZeroDivisionError, "float division by zero");
    return false;
  }
  out = a / b;
  return true;
}

static bool isOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// float_pow: the special cases are decided here, not by libm, exactly in CPython's order.
Value floatPow(double iv, double iw) {
  if (iw == 0) return Value::floating(1.0);
  if (std::isnan(iv)) return Value::floating(iv);
  if (std::isnan(iw)) return Value::floating(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Value::floating(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Value::floating(std::fabs(iw));
    return Value::floating(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = isOddInteger(iw);
    if (iw > 0.0) return Value::floating(odd ? iv : std::fabs(iv));
    return Value::floating(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = isOddInteger(iw);
    if (iw < 0.0) {
      raise(ExcType::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return Value::error();
    }
    return Value::floating(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // Negative numbers raised to fractional powers become complex.
      Complex r;
      if (!complexPow({iv, 0.0}, {iw, 0.0}, r)) return Value::error();
      return Value::complex(r.re, r.im);
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv == 1.0) return Value::floating(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  // _Py_ADJUST_ERANGE1: overflow is an error, underflow is not.
  if (errno == 0) {
    if (std::isinf(ix)) errno = ERANGE;
  } else if (errno == ERANGE && ix == 0.0) {
    errno = 0;
  }
  if (errno != 0) {  // PyErr_SetFromErrno's text
    if (errno == ERANGE)
      raise(ExcType::OverflowError, "(34, 'Numerical result out of range')");
    else
      raise(ExcType::ValueError, "(33, 'Numerical argument out of domain')");
    return Value::error();
  }
  return Value::floating(negate ? -ix : ix);
}

bool roundFloatToInt(double x, int64_t &out) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // half to even
  return floatToInt(rounded, out);
}

// Rounds the decimal digit string `s` (an optional '-', digits, '.', digits — the exact value
// of a double) half to even at `keep` digits after the point (negative: before it) and returns
// the rounded value as text that decimalToDouble reads correctly.
static std::string roundDecimalText(const std::string &s, int64_t keep) {
  size_t start = s[0] == '-' ? 1 : 0;
  size_t dot = s.find('.');
  std::string intPart = s.substr(start, dot - start);
  std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
  std::string all = intPart + frac;  // digits; the point sits after intPart.size()
  int64_t cut = int64_t(intPart.size()) + keep;  // digits kept from the left
  std::string kept;
  bool roundUp = false;
  if (cut < 0) {
    kept = "";
  } else if (size_t(cut) >= all.size()) {
    kept = all;
  } else {
    kept = all.substr(0, size_t(cut));
    char first = all[size_t(cut)];
    bool restNonZero = all.find_first_not_of('0', size_t(cut) + 1) != std::string::npos;
    bool lastOdd = !kept.empty() && ((kept.back() - '0') & 1);
    roundUp = first > '5' || (first == '5' && (restNonZero || lastOdd));
  }
  if (roundUp) {
    int i = int(kept.size()) - 1;
    while (i >= 0 && kept[size_t(i)] == '9') kept[size_t(i--)] = '0';
    if (i >= 0) kept[size_t(i)]++;
    else { kept.insert(kept.begin(), '1'); ++cut; }
  }
  // value = 0.kept... scaled: kept represents an integer times 10**(-keep).
  std::string text = (start ? "-" : "") + (kept.empty() ? std::string("0") : kept) + "e" +
                     std::to_string(-keep);
  return text;
}

bool roundFloat(double x, int64_t ndigits, double &out) {
  if (!std::isfinite(x)) { out = x; return true; }
  constexpr int64_t kNdigitsMax = 323, kNdigitsMin = -308;  // float___round___impl's bounds
  if (ndigits > kNdigitsMax) { out = x; return true; }
  if (ndigits < kNdigitsMin) { out = 0.0 * x; return true; }
  // std::to_chars with a precision prints the exact decimal value of a double correctly
  // rounded (half to even on that exact value, as printf in the C locale), so the rounding below
  // sees what CPython's dtoa mode 3 sees.
  char buf[1500];
  if (ndigits >= 0) {
    auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, int(ndigits));
    out = decimalToDouble(std::string(buf, r.ptr));
  } else {
    auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 1074);
    out = decimalToDouble(roundDecimalText(std::string(buf, r.ptr), ndigits));
  }
  if (std::isinf(out)) {
    raise(ExcType::OverflowError, "rounded value too large to represent");
    return false;
  }
  if (out == 0.0) out = std::copysign(0.0, x);  // "-0e..." reads back as -0.0 in CPython too
  return true;
}

bool roundInt(int64_t i, int64_t ndigits, int64_t &out) {
  if (ndigits >= 0) { out = i; return true; }
  if (ndigits < -38) { out = 0; return true; }  // 10**39 > 2 * |i|: always rounds to 0
  __int128 p = 1;
  for (int64_t k = 0; k < -ndigits; ++k) p *= 10;
  __int128 v = i;
  __int128 q = v / p, r = v % p;
  if (r < 0) { r += p; --q; }  // floored divmod, as long_round
  if (2 * r > p || (2 * r == p && (q & 1))) ++q;
  __int128 res = q * p;
  if (res > INT64_MAX || res < INT64_MIN) return raiseIntegerOverflow();
  out = int64_t(res);
  return true;
}

// _Py_c_quot: Smith's algorithm.
bool complexDiv(Complex a, Complex b, Complex &out) {
  double absBre = b.re < 0 ? -b.re : b.re;
  double absBim = b.im < 0 ? -b.im : b.im;
  if (absBre >= absBim) {
    if (absBre == 0.0) {
      raise(ExcType::ZeroDivisionError, "complex division by zero");
      return false;
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (absBim >= absBre) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {  // a NaN in b
    out = {NAN, NAN};
  }
  return true;
}

// _Py_c_pow. Like CPython it reports through errno: EDOM for 0 to a negative or complex power,
// and whatever libm (pow, exp, cos, ...) leaves there, which CPython also inspects.
static Complex cPow(Complex a, Complex b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

static Complex cPowu(Complex x, long n) {
  Complex r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

// complex_pow: small integral exponents by repeated multiplication (c_powi), else _Py_c_pow;
// then Py_ADJUST_ERANGE2 and errno decide the error, exactly as in CPython.
bool complexPow(Complex a, Complex b, Complex &out) {
  errno = 0;
  Complex p;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) < 9.2e18) {
    long n = long(b.re);
    if (n > 100 || n < -100) {
      p = cPow(a, {double(n), 0.0});
    } else if (n > 0) {
      p = cPowu(a, n);
    } else {
      // _Py_c_quot(c_1, c_powu(x, -n)); a zero divisor sets EDOM there too.
      Complex d = cPowu(a, -n);
      if (std::fabs(d.re) >= std::fabs(d.im) && d.re == 0.0) {
        errno = EDOM;
        p = {0.0, 0.0};
      } else {
        complexDiv({1.0, 0.0}, d, p);
      }
    }
  } else {
    p = cPow(a, b);
  }
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) {
    raise(ExcType::ZeroDivisionError, "0.0 to a negative or complex power");
    return false;
  }
  if (errno == ERANGE) {
    raise(ExcType::OverflowError, "complex exponentiation");
    return false;
  }
  out = p;
  return true;
}

bool complexAbs(Complex z, double &out) {
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    if (std::isinf(z.re)) { out = std::fabs(z.re); return true; }
    if (std::isinf(z.im)) { out = std::fabs(z.im); return true; }
    out = NAN;
    return true;
  }
  out = std::hypot(z.re, z.im);
  if (!std::isfinite(out)) {
    raise(ExcType::OverflowError, "absolute value too large");
    return false;
  }
  return true;
}

}  // namespace fastjit::rt
