// Parsing and printing of numbers for runtime/numeric.h: int(str, base), float(str),
// complex(str), hex/oct/bin and decimal text, following CPython 3.11's PyLong_FromString,
// float_from_string_inner, complex_from_string_inner and
// _Py_string_to_number_with_underscores. Non-ASCII input is first normalised as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII does: Unicode whitespace becomes ' ', Unicode
// decimal digits become ASCII digits, anything else ends the usable text.
#include "runtime/numeric.h"

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <locale.h>

namespace fastjit::rt {

namespace {

// The zero of every run of ten Unicode decimal digits (category Nd) beyond ASCII, from Python
// 3.11's unicodedata (each run is contiguous and ordered 0..9).
constexpr uint32_t kDecimalZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

// Py_UNICODE_ISSPACE for code points >= 127.
bool isUnicodeSpace(uint32_t c) {
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

int unicodeDecimal(uint32_t c) {
  for (uint32_t z : kDecimalZeros)
    if (c >= z && c < z + 10) return int(c - z);
  return -1;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point (0xFFFFFFFF if malformed).
uint32_t decodeUtf8(std::string_view s, size_t &i) {
  unsigned char c = (unsigned char)s[i++];
  if (c < 0x80) return c;
  int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
  if (extra < 0) return 0xFFFFFFFF;
  uint32_t cp = c & (0x3f >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || ((unsigned char)s[i] & 0xc0) != 0x80) return 0xFFFFFFFF;
    cp = (cp << 6) | ((unsigned char)s[i++] & 0x3f);
  }
  return cp;
}

// _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII text is returned unchanged.
std::string toAsciiNumber(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t c = decodeUtf8(s, i);
    if (c < 127) {
      out += char(c);
    } else if (isUnicodeSpace(c)) {
      out += ' ';
    } else {
      int d = unicodeDecimal(c);
      if (d < 0) {  // CPython stops here with a '?', which no parser accepts
        out += '?';
        break;
      }
      out += char('0' + d);
    }
  }
  return out;
}

bool isAsciiSpace(char c) {  // Py_ISSPACE
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// repr() of a str for messages when the caller supplied none: exact for ASCII (CPython's quote
// choice and escapes); other characters are copied, except the Latin-1 controls, NBSP, SHY and
// the Unicode spaces and format characters, which CPython escapes (\xNN, \uNNNN). Without
// Unicode's full tables rarer non-printable characters are copied unescaped.
std::string fallbackRepr(std::string_view s) {
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, quote);
  static const char *hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    size_t begin = i;
    uint32_t c = decodeUtf8(s, i);
    if (c == uint32_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == 0xad) {
      out += "\\x";
      out += hex[(c >> 4) & 0xf];
      out += hex[c & 0xf];
    } else if (c == 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
               (c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff) {
      // The Unicode spaces and format characters that occur in practice: not printable.
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xf];
    } else {
      out.append(s.substr(begin, i - begin));
    }
  }
  out += quote;
  return out;
}

std::string reprFor(std::string_view text, ReprOfText repr) {
  return repr ? repr() : fallbackRepr(text);
}

// Truncates to at most n code points (CPython's "%.200R").
std::string truncateCodePoints(const std::string &s, size_t n) {
  size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    unsigned char c = (unsigned char)s[i];
    i += c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    ++count;
  }
  return s.substr(0, std::min(i, s.size()));
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool matchNoCase(const char *p, const char *end, const char *word) {
  size_t n = std::strlen(word);
  if (size_t(end - p) < n) return false;
  for (size_t k = 0; k < n; ++k)
    if ((p[k] | 0x20) != word[k]) return false;
  return true;
}

// The prefix of [s, end) that PyOS_string_to_double accepts: [sign] then inf/infinity/nan
// (any case) or digits[.digits][e[sign]digits]. Returns s when nothing is accepted.
const char *scanFloat(const char *s, const char *end, double &value) {
  const char *p = s;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  if (matchNoCase(p, end, "infinity") || matchNoCase(p, end, "inf")) {
    p += matchNoCase(p, end, "infinity") ? 8 : 3;
    value = negative ? -HUGE_VAL : HUGE_VAL;
    return p;
  }
  if (matchNoCase(p, end, "nan")) {
    value = negative ? -NAN : NAN;
    return p + 3;
  }
  const char *digitsStart = p;
  size_t ndigits = 0;
  while (p < end && *p >= '0' && *p <= '9') { ++p; ++ndigits; }
  if (p < end && *p == '.') {
    ++p;
    while (p < end && *p >= '0' && *p <= '9') { ++p; ++ndigits; }
  }
  if (ndigits == 0) return s;
  if (p < end && (*p == 'e' || *p == 'E')) {
    const char *q = p + 1;
    if (q < end && (*q == '+' || *q == '-')) ++q;
    if (q < end && *q >= '0' && *q <= '9') {
      while (q < end && *q >= '0' && *q <= '9') ++q;
      p = q;
    }
  }
  // The syntax is validated, so strtod (correctly rounded in glibc) sees only a decimal
  // literal; overflow gives ±HUGE_VAL and underflow a correctly rounded tiny value.
  value = decimalToDouble(std::string(digitsStart, p));
  if (negative) value = -value;
  return p;
}

// _Py_string_to_number_with_underscores: an underscore must sit between two digits; removes
// them. Returns false for a misplaced underscore.
bool removeUnderscores(std::string &s) {
  if (s.find('_') == std::string::npos) return true;
  std::string out;
  char prev = 0;
  for (char c : s) {
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
    } else {
      out += c;
      if (prev == '_' && !(c >= '0' && c <= '9')) return false;
    }
    prev = c;
  }
  if (prev == '_') return false;
  s = std::move(out);
  return true;
}

}  // namespace

double decimalToDouble(const std::string &text) {
  // A program (or a library) may change LC_NUMERIC; Python's float() never depends on it.
  static locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(0));
  return strtod_l(text.c_str(), nullptr, cLocale);
}

int unicodeDecimalValue(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  return c < 128 ? -1 : unicodeDecimal(c);
}

bool parseInt(std::string_view text, int base, int64_t &out, ReprOfText repr) {
  if ((base != 0 && base < 2) || base > 36) {
    raise(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0");
    return false;
  }
  const int userBase = base;
  std::string ascii = toAsciiNumber(text);
  const char *str = ascii.c_str();  // NUL-terminated, like PyLong_FromString's input
  const char *end = str + ascii.size();
  auto fail = [&]() {
    std::string r = truncateCodePoints(reprFor(text, repr), 200);
    raise(ExcType::ValueError,
          "invalid literal for int() with base " + std::to_string(userBase) + ": " + r);
    return false;
  };
  while (str < end && isAsciiSpace(*str)) ++str;
  bool negative = false;
  if (*str == '+') ++str;
  else if (*str == '-') { ++str; negative = true; }
  bool errorIfNonzero = false;
  if (base == 0) {
    if (str[0] != '0') base = 10;
    else if (str[1] == 'x' || str[1] == 'X') base = 16;
    else if (str[1] == 'o' || str[1] == 'O') base = 8;
    else if (str[1] == 'b' || str[1] == 'B') base = 2;
    else { errorIfNonzero = true; base = 10; }  // old C-style octal: only zero is valid
  }
  if (str[0] == '0' && ((base == 16 && (str[1] == 'x' || str[1] == 'X')) ||
                        (base == 8 && (str[1] == 'o' || str[1] == 'O')) ||
                        (base == 2 && (str[1] == 'b' || str[1] == 'B')))) {
    str += 2;
    if (*str == '_') ++str;  // one underscore is allowed after the prefix
  }
  if (*str == '_') return fail();
  // Accumulate the magnitude in 128 bits so that -2**63 is representable.
  unsigned __int128 mag = 0;
  bool overflow = false;
  size_t ndigits = 0;
  char prev = 0;
  while (str < end && (digitValue(*str) < base || *str == '_')) {
    if (*str == '_') {
      if (prev == '_') return fail();
    } else {
      ++ndigits;
      if (!overflow) {
        mag = mag * unsigned(base) + unsigned(digitValue(*str));
        if (mag > ((unsigned __int128)1 << 63)) overflow = true;
      }
    }
    prev = *str++;
  }
  if (prev == '_') return fail();
  if (ndigits == 0) return fail();
  if (errorIfNonzero && (mag != 0 || overflow)) return fail();
  while (str < end && isAsciiSpace(*str)) ++str;
  if (str != end) return fail();
  if (overflow || (!negative && mag > (unsigned __int128)INT64_MAX)) return raiseIntegerOverflow();
  out = negative ? int64_t(0 - uint64_t(mag)) : int64_t(uint64_t(mag));
  return true;
}

bool parseFloat(std::string_view text, double &out, ReprOfText repr) {
  auto fail = [&]() {
    raise(ExcType::ValueError, "could not convert string to float: " + reprFor(text, repr));
    return false;
  };
  std::string s = toAsciiNumber(text);
  if (!removeUnderscores(s)) return fail();
  const char *p = s.data(), *last = s.data() + s.size();
  while (p < last && isAsciiSpace(*p)) ++p;
  while (p < last - 1 && isAsciiSpace(last[-1])) --last;
  double value = 0;
  const char *end = scanFloat(p, last, value);
  if (end == p || end != last) return fail();
  out = value;
  return true;
}

bool parseComplex(std::string_view text, Complex &out, ReprOfText repr) {
  std::string str = toAsciiNumber(text);
  if (!removeUnderscores(str)) {
    raise(ExcType::ValueError, "could not convert string to complex: " + reprFor(text, repr));
    return false;
  }
  auto fail = [&]() {
    raise(ExcType::ValueError, "complex() arg is a malformed string");
    return false;
  };
  const char *s = str.data(), *end = str.data() + str.size();
  double x = 0.0, y = 0.0, z = 0.0;
  bool gotBracket = false;
  while (s < end && isAsciiSpace(*s)) ++s;
  if (s < end && *s == '(') {
    gotBracket = true;
    ++s;
    while (s < end && isAsciiSpace(*s)) ++s;
  }
  const char *e = scanFloat(s, end, z);
  auto isJ = [&](const char *q) { return q < end && (*q == 'j' || *q == 'J'); };
  if (e != s) {
    s = e;
    if (s < end && (*s == '+' || *s == '-')) {
      x = z;
      e = scanFloat(s, end, y);
      if (e != s) {
        s = e;
      } else {
        y = *s == '+' ? 1.0 : -1.0;
        ++s;
      }
      if (!isJ(s)) return fail();
      ++s;
    } else if (isJ(s)) {
      ++s;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s < end && (*s == '+' || *s == '-')) {
      y = *s == '+' ? 1.0 : -1.0;
      ++s;
    } else {
      y = 1.0;
    }
    if (!isJ(s)) return fail();
    ++s;
  }
  while (s < end && isAsciiSpace(*s)) ++s;
  if (gotBracket) {
    if (s >= end || *s != ')') return fail();
    ++s;
    while (s < end && isAsciiSpace(*s)) ++s;
  }
  if (s != end) return fail();
  out = {x, y};
  return true;
}

static std::string intToBase(int64_t i, unsigned shift, const char *prefix) {
  uint64_t mag = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  char buf[70];
  int n = 0;
  uint64_t mask = (uint64_t(1) << shift) - 1;
  do {
    buf[n++] = "0123456789abcdef"[mag & mask];
    mag >>= shift;
  } while (mag);
  std::string out = i < 0 ? "-" : "";
  out += prefix;
  while (n) out += buf[--n];
  return out;
}

std::string intToHex(int64_t i) { return intToBase(i, 4, "0x"); }
std::string intToOct(int64_t i) { return intToBase(i, 3, "0o"); }
std::string intToBin(int64_t i) { return intToBase(i, 1, "0b"); }

void appendIntDecimal(std::string &out, int64_t i) {
  uint64_t mag = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  char buf[24];
  int n = 0;
  do {
    buf[n++] = char('0' + mag % 10);
    mag /= 10;
  } while (mag);
  if (i < 0) out += '-';
  while (n) out += buf[--n];
}

}  // namespace fastjit::rt
