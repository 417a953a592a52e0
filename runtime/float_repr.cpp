// repr(float) and repr(complex) in CPython 3.11's style (Python/pystrtod.c format_float_short
// with mode 'r', Objects/complexobject.c complex_repr). The shortest round-trip digits come from
// std::to_chars (Ryu in libstdc++), which, like CPython's dtoa mode 0, yields the shortest digit
// string that reads back to the same double and, among those, the one closest to it; this file
// only reshapes those digits into CPython's layout.
#include "runtime/float_repr.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace fastjit::rt {

ShortestDigits shortestDigits(double x) {
  // Scientific form "d.ddde±XX" carries exactly the shortest digits and the exponent.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  ShortestDigits sd{};
  const char *p = buf;
  const char *end = res.ptr;
  int exp10 = 0;
  for (; p < end && *p != 'e'; ++p) {
    if (*p >= '0' && *p <= '9') sd.digits[sd.ndigits++] = *p;
  }
  if (p < end) {  // parse the exponent after 'e'
    ++p;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    for (; p < end; ++p) exp10 = exp10 * 10 + (*p - '0');
    if (neg) exp10 = -exp10;
  }
  // Ryu never emits trailing zeros in shortest mode except for the single digit of 0; strip
  // defensively so the layout rules below see CPython's digit string.
  while (sd.ndigits > 1 && sd.digits[sd.ndigits - 1] == '0') --sd.ndigits;
  sd.decpt = exp10 + 1;  // d.ddd * 10**e == 0.dddd * 10**(e+1)
  return sd;
}

// Writes digits/decpt in repr layout. addDot0 is CPython's Py_DTSF_ADD_DOT_0 (float repr appends
// ".0" to integral values; the parts of a complex do not).
static void appendReprDigits(std::string &out, const ShortestDigits &sd, bool addDot0) {
  const char *d = sd.digits;
  int nd = sd.ndigits;
  int decpt = sd.decpt;
  if (decpt <= -4 || decpt > 16) {
    // Exponent form: d[.ddd]e±XX, at least two exponent digits.
    out += d[0];
    if (nd > 1) {
      out += '.';
      out.append(d + 1, nd - 1);
    }
    int e = decpt - 1;
    out += 'e';
    out += e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    char eb[8];
    int n = 0;
    do { eb[n++] = char('0' + e % 10); e /= 10; } while (e);
    if (n < 2) eb[n++] = '0';
    while (n) out += eb[--n];
    return;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out.append(d, nd);
  } else if (decpt < nd) {
    out.append(d, decpt);
    out += '.';
    out.append(d + decpt, nd - decpt);
  } else {
    out.append(d, nd);
    out.append(size_t(decpt - nd), '0');
    if (addDot0) out += ".0";
  }
}

static void appendDouble(std::string &out, double f, bool addDot0, bool alwaysSign) {
  if (std::isnan(f)) {
    // CPython never prints a sign on nan, except the explicit '+' of Py_DTSF_SIGN.
    if (alwaysSign) out += '+';
    out += "nan";
    return;
  }
  if (std::signbit(f)) {
    out += '-';
    f = -f;
  } else if (alwaysSign) {
    out += '+';
  }
  if (std::isinf(f)) {
    out += "inf";
    return;
  }
  if (f == 0.0) {
    out += addDot0 ? "0.0" : "0";
    return;
  }
  appendReprDigits(out, shortestDigits(f), addDot0);
}

void appendFloatRepr(std::string &out, double f) { appendDouble(out, f, true, false); }

std::string floatRepr(double f) {
  std::string s;
  appendFloatRepr(s, f);
  return s;
}

void appendComplexRepr(std::string &out, Complex z) {
  if (z.re == 0.0 && !std::signbit(z.re)) {
    // Real part is +0: only the imaginary part, no parentheses.
    appendDouble(out, z.im, false, false);
    out += 'j';
    return;
  }
  out += '(';
  appendDouble(out, z.re, false, false);
  appendDouble(out, z.im, false, true);
  out += "j)";
}

std::string complexRepr(Complex z) {
  std::string s;
  appendComplexRepr(s, z);
  return s;
}

}  // namespace fastjit::rt
