// CPython-exact arithmetic on the numeric immediates (int64 "int", double "float", Complex), as pure
// functions: no heap objects, no type dispatch. runtime/ops.cpp dispatches on Value tags and calls
// these; the interpreter's and the JIT's fast paths call the inline ones directly, so every path
// shares one definition of each rule (signs of zero, each ZeroDivisionError message, overflow).
//
// Conventions: a function that can fail returns false (or Value::error(), or an empty optional)
// with the Python exception pending via rt::raise (runtime/errors.h); on success it writes `out`.
// The one licensed difference from CPython: an int result outside int64 raises
// OverflowError("integer overflow") instead of growing.
//
// Not here: anything that needs an object (str, list) or a type name (TypeError for mixed types is
// the dispatcher's job).
#pragma once

#include "runtime/errors.h"
#include "runtime/value.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "llvm/ADT/STLFunctionalExtras.h"

namespace fastjit::rt {

// The message of every int result that leaves int64.
inline constexpr const char *kIntegerOverflow = "integer overflow";

// Out-of-line so that the inline fast paths below stay small; each raises and returns false.
bool raiseIntegerOverflow();            // OverflowError "integer overflow"
bool raiseIntDivByZero();               // ZeroDivisionError "integer division or modulo by zero"
bool raiseIntModByZero();               // ZeroDivisionError "integer modulo by zero"
bool raiseFloatFloorDivByZero();        // "float floor division by zero"
bool raiseFloatModByZero();             // "float modulo"

// ---------------------------------------------------------------------------------------------
// int (int64) — hot helpers, inline.

inline bool intAdd(int64_t a, int64_t b, int64_t &out) {
  if (__builtin_add_overflow(a, b, &out)) [[unlikely]] return raiseIntegerOverflow();
  return true;
}
inline bool intSub(int64_t a, int64_t b, int64_t &out) {
  if (__builtin_sub_overflow(a, b, &out)) [[unlikely]] return raiseIntegerOverflow();
  return true;
}
inline bool intMul(int64_t a, int64_t b, int64_t &out) {
  if (__builtin_mul_overflow(a, b, &out)) [[unlikely]] return raiseIntegerOverflow();
  return true;
}
inline bool intNeg(int64_t a, int64_t &out) {  // -a; -(-2**63) overflows
  if (a == INT64_MIN) [[unlikely]] return raiseIntegerOverflow();
  out = -a;
  return true;
}
inline bool intAbs(int64_t a, int64_t &out) {
  if (a == INT64_MIN) [[unlikely]] return raiseIntegerOverflow();
  out = a < 0 ? -a : a;
  return true;
}

// a // b, floored. ZeroDivisionError "integer division or modulo by zero"; -2**63 // -1 overflows.
inline bool intFloorDiv(int64_t a, int64_t b, int64_t &out) {
  if (b == 0) [[unlikely]] return raiseIntDivByZero();
  if (b == -1) [[unlikely]] return intNeg(a, out);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  out = q;
  return true;
}
// a % b with the sign of b. ZeroDivisionError "integer modulo by zero".
inline bool intMod(int64_t a, int64_t b, int64_t &out) {
  if (b == 0) [[unlikely]] return raiseIntModByZero();
  if (b == -1) { out = 0; return true; }  // INT64_MIN % -1 traps in C
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  out = r;
  return true;
}
// divmod(a, b) for ints (message "integer division or modulo by zero", as CPython's divmod).
inline bool intDivmod(int64_t a, int64_t b, int64_t &q, int64_t &r) {
  if (b == 0) [[unlikely]] return raiseIntDivByZero();
  if (b == -1) { r = 0; return intNeg(a, q); }
  int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) { --qq; rr += b; }
  q = qq;
  r = rr;
  return true;
}

// a / b for ints, correctly rounded (CPython's long_true_divide), "division by zero".
bool intTrueDiv(int64_t a, int64_t b, double &out);
// a ** b: an int for b >= 0 (OverflowError past int64), a float for b < 0 (0 ** -1 raises
// ZeroDivisionError "0.0 cannot be raised to a negative power"). Returns Value::error() on failure.
Value intPow(int64_t a, int64_t b);
// pow(a, b, m): 128-bit intermediates; b < 0 takes the modular inverse (ValueError "base is not
// invertible for the given modulus"); m == 0 is ValueError "pow() 3rd argument cannot be 0".
bool intPowMod(int64_t a, int64_t b, int64_t m, int64_t &out);
// a << b, a >> b: ValueError "negative shift count"; << past int64 overflows; >> floors.
bool intLShift(int64_t a, int64_t b, int64_t &out);
bool intRShift(int64_t a, int64_t b, int64_t &out);

// Exact comparison of an int with a float, as CPython's float_richcompare: -1, 0, +1, or
// kUnordered when f is NaN (every comparison except != is then false).
inline constexpr int kUnordered = 2;
int compareIntFloat(int64_t i, double f);

// int(float), math.trunc: ValueError "cannot convert float NaN to integer", OverflowError
// "cannot convert float infinity to integer", OverflowError "integer overflow" outside int64.
bool floatToInt(double f, int64_t &out);
// CPython's hash() of an int / a float (used by random.seed(float) and by anything hashing).
int64_t hashInt(int64_t i);
int64_t hashFloat(double f);

// ---------------------------------------------------------------------------------------------
// float — hot helpers, inline (CPython's float_floor_div / float_rem / float_divmod).

// Shared core of float // and %: CPython's _float_div_mod, b != 0.
inline void floatDivModCore(double vx, double wx, double &floordiv, double &mod) {
  double div;
  mod = std::fmod(vx, wx);
  // fmod is exact, so vx - mod is an exact multiple of wx up to rounding of the division.
  div = (vx - mod) / wx;
  if (mod) {
    // Ensure the remainder has the same sign as the denominator.
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    // The remainder is zero: give it the sign of wx (CPython: copysign(0.0, wx)).
    mod = std::copysign(0.0, wx);
  }
  if (div) {
    // Snap the quotient to the nearest integral value.
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // div is zero: get the correct sign of zero.
    floordiv = std::copysign(0.0, vx / wx);
  }
}
// a // b. ZeroDivisionError "float floor division by zero".
inline bool floatFloorDiv(double a, double b, double &out) {
  if (b == 0.0) [[unlikely]] return raiseFloatFloorDivByZero();
  double m;
  floatDivModCore(a, b, out, m);
  return true;
}
// a % b (CPython's float_rem, sign of b). ZeroDivisionError "float modulo".
inline bool floatMod(double a, double b, double &out) {
  if (b == 0.0) [[unlikely]] return raiseFloatModByZero();
  double mod = std::fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  out = mod;
  return true;
}
// divmod(a, b) for floats. ZeroDivisionError "float divmod()".
bool floatDivmod(double a, double b, double &q, double &r);
// a / b. ZeroDivisionError "float division by zero".
bool floatTrueDiv(double a, double b, double &out);
// a ** b as CPython's float_pow: a float, or a complex for a negative base with a non-integral
// exponent; ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
// "(34, 'Numerical result out of range')". Returns Value::error() on failure.
Value floatPow(double a, double b);

// round(x) -> int (half to even), with floatToInt's errors.
bool roundFloatToInt(double x, int64_t &out);
// round(x, ndigits) -> float, rounding the exact decimal value of x half to even (CPython's
// double_round). OverflowError "rounded value too large to represent" when it leaves the range.
bool roundFloat(double x, int64_t ndigits, double &out);
// round(i, ndigits) -> int (ndigits < 0 rounds to tens, hundreds, ... half to even).
bool roundInt(int64_t i, int64_t ndigits, int64_t &out);

// ---------------------------------------------------------------------------------------------
// complex (CPython's Objects/complexobject.c).

inline Complex complexAdd(Complex a, Complex b) { return {a.re + b.re, a.im + b.im}; }
inline Complex complexSub(Complex a, Complex b) { return {a.re - b.re, a.im - b.im}; }
inline Complex complexMul(Complex a, Complex b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}
// CPython's _Py_c_quot (Smith's algorithm); ZeroDivisionError "complex division by zero".
bool complexDiv(Complex a, Complex b, Complex &out);
// a ** b as CPython's complex_pow (integer exponents by repeated multiplication);
// ZeroDivisionError "0.0 to a negative or complex power", OverflowError "complex exponentiation".
bool complexPow(Complex a, Complex b, Complex &out);
// abs(z); OverflowError "absolute value too large".
bool complexAbs(Complex z, double &out);

// ---------------------------------------------------------------------------------------------
// Parsing and printing of numbers.

// Produces the text CPython puts in an error message for the string argument: its repr(),
// e.g. 'x' or "it's". The caller (which owns str objects) supplies it; when absent, an exact
// repr for ASCII text is used and other characters are copied through.
using ReprOfText = llvm::function_ref<std::string()>;

// int(text, base): base 0 or 2..36 (else ValueError "int() base must be >= 2 and <= 36, or 0");
// Python's literal rules (surrounding whitespace, sign, underscores between digits, 0x/0o/0b
// prefixes for base 0 and for the matching base). ValueError "invalid literal for int() with base
// 10: 'x'"; OverflowError "integer overflow" outside int64.
bool parseInt(std::string_view text, int base, int64_t &out, ReprOfText repr = nullptr);
// float(text): decimal float literals (no hex), "inf"/"infinity"/"nan" with sign in any case,
// underscores between digits, surrounding whitespace. ValueError "could not convert string to
// float: 'x'".
bool parseFloat(std::string_view text, double &out, ReprOfText repr = nullptr);
// complex(text): "1+2j", "(1-2j)", "3j", "inf+nanj"; ValueError "complex() arg is a malformed
// string"; a misplaced underscore gives "could not convert string to complex: 'x'".
bool parseComplex(std::string_view text, Complex &out, ReprOfText repr = nullptr);

// A decimal literal (digits, '.', exponent; already validated) to the nearest double, in the C
// locale whatever the process locale is (strtod_l); ±HUGE_VAL on overflow.
double decimalToDouble(const std::string &text);

// The value of a Unicode decimal digit (category Nd, any script), or -1. ASCII digits included.
int unicodeDecimalValue(uint32_t codePoint);

// hex(i), oct(i), bin(i): "-0x1f", "0o17", "0b101".
std::string intToHex(int64_t i);
std::string intToOct(int64_t i);
std::string intToBin(int64_t i);
// str(i) / repr(i), appended.
void appendIntDecimal(std::string &out, int64_t i);

}  // namespace fastjit::rt
