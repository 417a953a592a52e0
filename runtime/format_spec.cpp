// The format-spec mini-language for int, float, complex and str: a port of CPython 3.11's
// Python/formatter_unicode.c (parse_internal_render_format_spec, calc_number_widths,
// fill_number, the thousands grouping with zero padding of _PyUnicode_InsertThousandsGrouping)
// and of the float layout of Python/pystrtod.c (format_float_short). Digits come from
// std::to_chars with a precision, which is exact and rounds half to even on the binary value as
// David Gay's dtoa modes 2 and 3 do, and from float_repr.h's shortest digits for the repr mode.
//
// Output is UTF-8; widths and precisions count code points, as Python's do.
#include "runtime/format_spec.h"

#include "runtime/errors.h"
#include "runtime/float_repr.h"
#include "runtime/numeric.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <vector>

namespace fastjit::rt {

namespace {

void appendUtf8(std::string &out, uint32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xc0 | (c >> 6));
    out += char(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out += char(0xe0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3f));
    out += char(0x80 | (c & 0x3f));
  } else {
    out += char(0xf0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3f));
    out += char(0x80 | ((c >> 6) & 0x3f));
    out += char(0x80 | (c & 0x3f));
  }
}

std::u32string decodeUtf8(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = (unsigned char)s[i];
    int extra = c < 0x80 ? 0 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    uint32_t cp = extra ? (c & (0x3f >> extra)) : c;
    ++i;
    for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | ((unsigned char)s[i++] & 0x3f);
    out += char32_t(cp);
  }
  return out;
}

size_t countCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

void appendFill(std::string &out, const std::string &fill, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out += fill;
}

bool fail(ExcType t, std::string msg) {
  raise(t, std::move(msg));
  return false;
}

// "'%c'" for a printable ASCII code, "'\x%x'" otherwise (CPython's two message forms).
std::string quoteCode(uint32_t c) {
  if (c > 32 && c < 128) return std::string("'") + char(c) + "'";
  char buf[32];
  std::snprintf(buf, sizeof buf, "'\\x%x'", c);
  return buf;
}

bool unknownPresentationType(char32_t type, std::string_view typeName) {
  return fail(ExcType::ValueError, "Unknown format code " + quoteCode(uint32_t(type)) +
                                       " for object of type '" + std::string(typeName) + "'");
}

// get_integer: decimal digits (any Unicode decimal digit) -> value; -1 on overflow.
int consumeInteger(const std::u32string &s, size_t &pos, int64_t &value) {
  int consumed = 0;
  int64_t acc = 0;
  while (pos < s.size()) {
    int d = (s[pos] >= '0' && s[pos] <= '9') ? int(s[pos] - '0') : unicodeDecimalValue(s[pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) {
      raise(ExcType::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
    ++pos;
    ++consumed;
  }
  value = acc;
  return consumed;
}

// The full parse with the type kept as a code point (messages may need a non-ASCII type).
struct Parsed {
  FormatSpec spec;
  char32_t type = 0;
  bool fillSpecified = false;
};

bool isAlign(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// The type a spec without one gets (format_obj's default_type): 'd' for int and bool, 's' for
// str, none for float and complex. It matters for the grouping check ("Cannot specify ',' with
// 's'.").
char32_t defaultTypeFor(std::string_view typeName) {
  if (typeName == "int" || typeName == "bool") return 'd';
  if (typeName == "str") return 's';
  return 0;
}

bool parseSpec(std::string_view specText, std::string_view typeName, Parsed &p) {
  p.type = defaultTypeFor(typeName);
  std::u32string s = decodeUtf8(specText);
  FormatSpec &f = p.spec;
  size_t pos = 0, end = s.size();
  if (end - pos >= 2 && isAlign(s[pos + 1])) {
    f.align = char(s[pos + 1]);
    f.fill.clear();
    appendUtf8(f.fill, s[pos]);
    p.fillSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(s[pos])) {
    f.align = char(s[pos]);
    ++pos;
  }
  if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = char(s[pos++]);
  if (end - pos >= 1 && s[pos] == 'z') { f.noNegZero = true; ++pos; }
  if (end - pos >= 1 && s[pos] == '#') { f.alternate = true; ++pos; }
  if (!p.fillSpecified && end - pos >= 1 && s[pos] == '0') {
    f.zeroPad = true;
    f.fill = "0";
    ++pos;
  }
  int consumed = consumeInteger(s, pos, f.width);
  if (consumed < 0) return false;
  if (consumed == 0) f.width = -1;
  if (end - pos && s[pos] == ',') { f.grouping = ','; ++pos; }
  if (end - pos && s[pos] == '_') {
    if (f.grouping) return fail(ExcType::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (end - pos && s[pos] == ',' && f.grouping == '_')
    return fail(ExcType::ValueError, "Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == '.') {
    ++pos;
    consumed = consumeInteger(s, pos, f.precision);
    if (consumed < 0) return false;
    if (consumed == 0) return fail(ExcType::ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1)
    return fail(ExcType::ValueError, "Invalid format specifier '" + std::string(specText) +
                                         "' for object of type '" + std::string(typeName) + "'");
  if (end - pos == 1) p.type = s[pos++];
  f.type = p.type < 128 ? char(p.type) : '?';
  if (f.grouping) {
    switch (p.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;  // every four digits in bin/oct/hex
        [[fallthrough]];
      default:
        return fail(ExcType::ValueError, std::string("Cannot specify '") + f.grouping + "' with " +
                                             quoteCode(uint32_t(p.type)) + ".");
    }
  }
  return true;
}

// The number layout of calc_number_widths + fill_number:
//   <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>
// `digits` are the integer digits (may be empty: inf, nan, 'c'); with fill '0' and '=' the zero
// padding is made of digits and separators, as in CPython.
struct NumberParts {
  char signChar = 0;          // '-' if the number is negative, else 0
  std::string prefix;         // "0x" etc.
  std::string digits;         // integer digits
  bool hasDecimal = false;
  std::string remainder;      // after the decimal point: fraction, exponent, '%', or "inf"
};

void groupDigits(std::string &out, const std::string &digits, int64_t minWidth, char sep,
                 int groupSize) {
  // Built right to left, then reversed: groups of groupSize, padded with '0' to minWidth.
  std::string rev;
  int64_t remaining = int64_t(digits.size());
  size_t src = digits.size();
  auto take = [&](int64_t nChars, int64_t nZeros, bool useSep) {
    if (useSep) rev += sep;
    for (int64_t i = 0; i < nChars; ++i) rev += digits[--src];
    for (int64_t i = 0; i < nZeros; ++i) rev += '0';
  };
  bool useSep = false;
  if (groupSize > 0 && sep) {
    for (;;) {
      int64_t l = std::min<int64_t>(groupSize, std::max<int64_t>(std::max(remaining, minWidth), 1));
      int64_t nZeros = std::max<int64_t>(0, l - remaining);
      int64_t nChars = std::max<int64_t>(0, std::min(remaining, l));
      take(nChars, nZeros, useSep);
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) break;
      minWidth -= 1;  // the separator's width
    }
  } else {
    int64_t l = std::max<int64_t>(std::max(remaining, minWidth), 1);
    take(std::min(remaining, l), std::max<int64_t>(0, l - remaining), false);
  }
  out.append(rev.rbegin(), rev.rend());
}

void layoutNumber(std::string &out, const NumberParts &n, const FormatSpec &f, char align,
                  const std::string &fill, bool upper) {
  char sign = 0;
  if (f.sign == '+') sign = n.signChar == '-' ? '-' : '+';
  else if (f.sign == ' ') sign = n.signChar == '-' ? '-' : ' ';
  else if (n.signChar == '-') sign = '-';
  int64_t nonDigit = (sign ? 1 : 0) + int64_t(n.prefix.size()) + (n.hasDecimal ? 1 : 0) +
                     int64_t(n.remainder.size());
  int64_t minWidth = (fill == "0" && align == '=') ? f.width - nonDigit : 0;
  char sep = f.grouping;
  int groupSize = !sep ? 0 : (f.grouping == '_' && (f.type == 'b' || f.type == 'o' ||
                                                    f.type == 'x' || f.type == 'X')) ? 4 : 3;
  std::string grouped;
  if (!n.digits.empty()) groupDigits(grouped, n.digits, minWidth, sep, groupSize);
  int64_t padding = f.width - (nonDigit + int64_t(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  appendFill(out, fill, lpad);
  if (sign) out += sign;
  size_t start = out.size();
  out += n.prefix;
  appendFill(out, fill, spad);
  out += grouped;
  if (n.hasDecimal) out += '.';
  out += n.remainder;
  if (upper)
    for (size_t i = start; i < out.size(); ++i)
      if (out[i] >= 'a' && out[i] <= 'z') out[i] = char(out[i] - 'a' + 'A');
  appendFill(out, fill, rpad);
}

// Splits "-123.45e+06" style text into NumberParts (parse_number).
NumberParts splitNumber(const std::string &text) {
  NumberParts n;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') { n.signChar = '-'; i = 1; }
  size_t j = i;
  while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
  n.digits = text.substr(i, j - i);
  if (j < text.size() && text[j] == '.') { n.hasDecimal = true; ++j; }
  n.remainder = text.substr(j);
  return n;
}

// Digits of x > 0 (finite) in dtoa's modes: 2 = `ndigits` significant digits, 3 = `ndigits`
// after the point; trailing zeros removed; value == 0.digits * 10**decpt. Zero gives "0", 1.
void dtoaDigits(double x, int mode, int ndigits, std::string &digits, int &decpt) {
  if (x == 0.0) { digits = "0"; decpt = 1; return; }
  // std::to_chars with a precision is exact and rounds half to even on the binary value, like
  // dtoa, and never depends on the process locale. A double's exact expansion has at most 767
  // significant digits and 1074 fractional ones: asking for more only appends zeros, which are
  // stripped below anyway (the layout pads them back), so the request is capped.
  if (mode == 2 && ndigits > 800) ndigits = 800;
  if (mode == 3 && ndigits > 1100) ndigits = 1100;
  std::vector<char> buf(size_t(ndigits) + 400);
  if (mode == 2) {
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::scientific,
                           ndigits - 1);
    std::string s(buf.data(), r.ptr);
    size_t e = s.find('e');
    digits.clear();
    for (size_t k = 0; k < e; ++k)
      if (s[k] != '.') digits += s[k];
    decpt = std::atoi(s.c_str() + e + 1) + 1;
  } else {
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed,
                           ndigits);
    std::string s(buf.data(), r.ptr);
    size_t dot = s.find('.');
    std::string all = dot == std::string::npos ? s : s.substr(0, dot) + s.substr(dot + 1);
    decpt = int(dot == std::string::npos ? s.size() : dot);
    size_t lead = 0;
    while (lead < all.size() && all[lead] == '0') ++lead;
    if (lead == all.size()) {  // rounds to zero: no digits (dtoa's "fcvt style")
      digits.clear();
      decpt = -ndigits;
      return;
    }
    digits = all.substr(lead);
    decpt -= int(lead);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// PyOS_double_to_string(x, code, precision, flags) for codes e E f F g G r.
std::string doubleToString(double x, char code, int precision, bool alwaysSign, bool addDot0,
                           bool alt, bool noNegZero) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char fc = char(upper ? code - 'A' + 'a' : code);
  std::string out;
  if (std::isnan(x)) {
    if (alwaysSign) out += '+';
    out += upper ? "NAN" : "nan";
    return out;
  }
  bool negative = std::signbit(x);
  double ax = std::fabs(x);
  if (std::isinf(x)) {
    if (negative) out += '-';
    else if (alwaysSign) out += '+';
    out += upper ? "INF" : "inf";
    return out;
  }
  std::string digits;
  int decpt = 0;
  if (fc == 'e') {
    ++precision;
    dtoaDigits(ax, 2, precision, digits, decpt);
  } else if (fc == 'f') {
    dtoaDigits(ax, 3, precision, digits, decpt);
  } else if (fc == 'g') {
    if (precision == 0) precision = 1;
    dtoaDigits(ax, 2, precision, digits, decpt);
  } else {  // 'r'
    if (ax == 0.0) { digits = "0"; decpt = 1; }
    else {
      ShortestDigits sd = shortestDigits(ax);
      digits.assign(sd.digits, size_t(sd.ndigits));
      decpt = sd.decpt;
    }
  }
  int digitsLen = int(digits.size());
  if (noNegZero && negative && (digitsLen == 0 || (digitsLen == 1 && digits[0] == '0')))
    negative = false;
  bool useExp = false;
  int64_t vEnd = digitsLen, exp = 0;
  switch (fc) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = int64_t(decpt) + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  int64_t dp = decpt;
  if (useExp) { exp = dp - 1; dp = 1; }
  int64_t vStart = dp <= 0 ? dp - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > dp ? vEnd : dp + 1;
  else vEnd = vEnd > dp ? vEnd : dp;
  if (negative) out += '-';
  else if (alwaysSign) out += '+';
  if (dp <= 0) {
    out.append(size_t(dp - vStart), '0');
    out += '.';
    out.append(size_t(-dp), '0');
  } else {
    out.append(size_t(-vStart), '0');
  }
  if (0 < dp && dp <= digitsLen) {
    out.append(digits, 0, size_t(dp));
    out += '.';
    out.append(digits, size_t(dp), std::string::npos);
  } else {
    out += digits;
  }
  if (digitsLen < dp) {
    out.append(size_t(dp - digitsLen), '0');
    out += '.';
    out.append(size_t(vEnd - dp), '0');
  } else {
    out.append(size_t(vEnd - digitsLen), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (useExp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', int(exp));
    out += buf;
  }
  return out;
}

// Widths and precisions beyond this would build strings of gigabytes: CPython tries and fails
// with MemoryError (or exhausts the machine); fastjit raises MemoryError up front.
constexpr int64_t kMaxFormatSize = int64_t(1) << 30;

// Checked after the spec's own errors, just before the output is built (as CPython allocates).
// A str's precision only truncates, so only its width counts.
bool tooBig(const FormatSpec &f, bool precisionCounts) {
  if (f.width <= kMaxFormatSize && (!precisionCounts || f.precision <= kMaxFormatSize))
    return false;
  raise(ExcType::MemoryError, "");
  return true;
}

char numericAlign(const FormatSpec &f) {
  if (f.align) return f.align;
  return f.zeroPad ? '=' : '>';
}

}  // namespace

std::optional<FormatSpec> parseFormatSpec(std::string_view spec, std::string_view typeName) {
  Parsed p;
  if (!parseSpec(spec, typeName, p)) return std::nullopt;
  return p.spec;
}

bool formatIntSpec(int64_t v, const FormatSpec &f, std::string &out, std::string_view typeName) {
  char type = f.type ? f.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(double(v), f, out);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return unknownPresentationType(char32_t((unsigned char)type), typeName);
  }
  if (f.precision != -1)
    return fail(ExcType::ValueError, "Precision not allowed in integer format specifier");
  if (f.noNegZero)
    return fail(ExcType::ValueError,
                "Negative zero coercion (z) not allowed in integer format specifier");
  if (tooBig(f, false)) return false;
  NumberParts n;
  if (type == 'c') {
    if (f.sign)
      return fail(ExcType::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      return fail(ExcType::ValueError,
                  "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff)
      return fail(ExcType::OverflowError, "%c arg not in range(0x110000)");
    // One code point copied as a "remainder" so that no grouping or zero digits apply.
    std::string ch;
    appendUtf8(ch, uint32_t(v));
    std::string text;
    FormatSpec g = f;
    g.grouping = 0;
    NumberParts cp;
    cp.remainder = "\x01";  // a one-column placeholder, replaced below
    layoutNumber(text, cp, g, numericAlign(f), f.fill, false);
    size_t at = text.find('\x01');
    text.replace(at, 1, ch);
    out += text;
    return true;
  }
  uint64_t mag = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
  if (v < 0) n.signChar = '-';
  int shift = type == 'b' ? 1 : type == 'o' ? 3 : (type == 'x' || type == 'X') ? 4 : 0;
  if (shift) {
    if (f.alternate) n.prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : "0x";
    do {
      n.digits += "0123456789abcdef"[mag & ((1u << shift) - 1)];
      mag >>= shift;
    } while (mag);
    std::reverse(n.digits.begin(), n.digits.end());
  } else {
    appendIntDecimal(n.digits, int64_t(mag == (uint64_t(1) << 63) ? 0 : mag));
    if (mag == (uint64_t(1) << 63)) n.digits = "9223372036854775808";
  }
  FormatSpec g = f;
  if (type == 'n') g.grouping = 0;  // the C locale has no grouping
  g.type = type;
  layoutNumber(out, n, g, numericAlign(f), f.fill, type == 'X');
  return true;
}

bool formatFloatSpec(double v, const FormatSpec &f, std::string &out) {
  char type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return unknownPresentationType(char32_t((unsigned char)type), "float");
  }
  if (f.precision > INT_MAX) return fail(ExcType::ValueError, "precision too big");
  if (tooBig(f, true)) return false;
  int precision = int(f.precision);
  int defaultPrecision = 6;
  bool addDot0 = false, pct = false;
  if (type == 0) { addDot0 = true; type = 'r'; defaultPrecision = 0; }
  if (type == 'n') type = 'g';
  if (type == '%') { type = 'f'; v *= 100; pct = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type == 'r') type = 'g';
  std::string text = doubleToString(v, type, precision, false, addDot0, f.alternate, f.noNegZero);
  if (pct) text += '%';
  FormatSpec g = f;
  if (f.type == 'n') g.grouping = 0;
  layoutNumber(out, splitNumber(text), g, numericAlign(f), f.fill, false);
  return true;
}

bool formatComplexSpec(Complex v, const FormatSpec &f, std::string &out) {
  char type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return unknownPresentationType(char32_t((unsigned char)type), "complex");
  }
  if (f.fill == "0")
    return fail(ExcType::ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=')
    return fail(ExcType::ValueError,
                "'=' alignment flag is not allowed in complex format specifier");
  if (f.precision > INT_MAX) return fail(ExcType::ValueError, "precision too big");
  if (tooBig(f, true)) return false;
  int precision = int(f.precision), defaultPrecision = 6;
  bool skipRe = false, parens = false;
  if (type == 0) {
    type = 'r';
    defaultPrecision = 0;
    if (v.re == 0.0 && !std::signbit(v.re)) skipRe = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type == 'r') type = 'g';
  std::string re = doubleToString(v.re, type, precision, false, false, f.alternate, f.noNegZero);
  std::string im = doubleToString(v.im, type, precision, false, false, f.alternate, f.noNegZero);
  // Both parts are laid out without padding; the padding applies to the whole.
  FormatSpec tmp = f;
  tmp.fill = "";
  tmp.width = -1;
  if (f.type == 'n') tmp.grouping = 0;
  std::string body;
  if (parens) body += '(';
  if (!skipRe) layoutNumber(body, splitNumber(re), tmp, '<', "", false);
  if (!skipRe) tmp.sign = '+';
  layoutNumber(body, splitNumber(im), tmp, '<', "", false);
  body += 'j';
  if (parens) body += ')';
  int64_t len = int64_t(countCodePoints(body));
  int64_t total = std::max(f.width, len), lpad;
  char align = f.align ? f.align : '>';
  if (align == '>') lpad = total - len;
  else if (align == '^') lpad = (total - len) / 2;
  else lpad = 0;
  appendFill(out, f.fill, lpad);
  out += body;
  appendFill(out, f.fill, total - len - lpad);
  return true;
}

bool formatStrSpec(std::string_view v, const FormatSpec &f, std::string &out) {
  char type = f.type ? f.type : 's';
  if (type != 's') return unknownPresentationType(char32_t((unsigned char)type), "str");
  if (f.sign == ' ')
    return fail(ExcType::ValueError, "Space not allowed in string format specifier");
  if (f.sign) return fail(ExcType::ValueError, "Sign not allowed in string format specifier");
  if (f.noNegZero)
    return fail(ExcType::ValueError,
                "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate)
    return fail(ExcType::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=')
    return fail(ExcType::ValueError, "'=' alignment not allowed in string format specifier");
  if (tooBig(f, false)) return false;
  int64_t len = int64_t(countCodePoints(v));
  std::string_view text = v;
  if (f.precision >= 0 && len > f.precision) {
    // Keep the first `precision` code points.
    size_t i = 0;
    int64_t count = 0;
    while (i < v.size() && count < f.precision) {
      ++i;
      while (i < v.size() && ((unsigned char)v[i] & 0xc0) == 0x80) ++i;
      ++count;
    }
    text = v.substr(0, i);
    len = f.precision;
  }
  int64_t total = std::max(f.width, len), lpad;
  char align = f.align ? f.align : '<';
  if (align == '>') lpad = total - len;
  else if (align == '^') lpad = (total - len) / 2;
  else lpad = 0;
  appendFill(out, f.fill, lpad);
  out += text;
  appendFill(out, f.fill, total - len - lpad);
  return true;
}

// The string-spec entry points parse with the type name CPython shows in messages. A spec's own
// type code is kept as a code point for "Unknown format code" with non-ASCII codes.
bool formatInt(int64_t v, std::string_view spec, std::string &out, std::string_view typeName) {
  Parsed p;
  if (!parseSpec(spec, typeName, p)) return false;
  if (p.type >= 128) return unknownPresentationType(p.type, typeName);
  return formatIntSpec(v, p.spec, out, typeName);
}

bool formatFloat(double v, std::string_view spec, std::string &out) {
  Parsed p;
  if (!parseSpec(spec, "float", p)) return false;
  if (p.type >= 128) return unknownPresentationType(p.type, "float");
  return formatFloatSpec(v, p.spec, out);
}

bool formatComplex(Complex v, std::string_view spec, std::string &out) {
  Parsed p;
  if (!parseSpec(spec, "complex", p)) return false;
  if (p.type >= 128) return unknownPresentationType(p.type, "complex");
  return formatComplexSpec(v, p.spec, out);
}

bool formatStr(std::string_view v, std::string_view spec, std::string &out) {
  Parsed p;
  if (!parseSpec(spec, "str", p)) return false;
  if (p.type >= 128) return unknownPresentationType(p.type, "str");
  return formatStrSpec(v, p.spec, out);
}

}  // namespace fastjit::rt
