// repr() and str() of float and complex exactly as CPython 3.11 prints them: the shortest string
// that round-trips (David Gay's mode 0, here fmt's Dragonbox digits), reshaped into CPython's
// float_repr_style rules — exponent form when the decimal exponent is < -4 or >= 16 ("1e-05",
// "1e+16"), otherwise positional with at least one digit after the point ("1.0", "0.0001");
// "inf", "-inf", "nan", "-0.0". Complex follows complex_repr: "1j", "(1+2j)", "(-0-1j)",
// "(nan+infj)", with each part in repr style but without a trailing ".0".
//
// Pure text functions: no objects. format() with a spec lives in runtime/format_spec.h.
#pragma once

#include "runtime/value.h"

#include <string>

namespace fastjit::rt {

// The shortest round-trip digits of a finite, positive double: digits (no leading zeros, no
// trailing zeros, at least one) and the decimal exponent `exp10` such that the value is
// 0.d1d2d3... * 10**exp10 (CPython's _Py_dg_dtoa mode 0 "decpt").
struct ShortestDigits {
  char digits[20];
  int ndigits;
  int decpt;
};
ShortestDigits shortestDigits(double positiveFinite);

// repr(f) == str(f), appended to out / returned.
void appendFloatRepr(std::string &out, double f);
std::string floatRepr(double f);

// repr(z) == str(z).
void appendComplexRepr(std::string &out, Complex z);
std::string complexRepr(Complex z);

}  // namespace fastjit::rt
