// The format-spec mini-language (format(), str.format, f-strings) for int, bool, float, complex
// and str, exactly as CPython 3.11's Python/formatter_unicode.c: parsing
// [[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type], then formatting with
// fill/align (including "=" padding after the sign), "#" alternate forms, "," and "_" grouping,
// types b c d e E f F g G n o s x X % and the no-type forms (which differ from "g": repr-style
// shortest digits for floats, "(1+2j)" parentheses for complex), and CPython's error messages
// ("Unknown format code 'd' for object of type 'float'", "Format specifier missing precision",
// "Cannot specify ',' with 's'.", ...). The "n" type uses the C locale (no grouping), as CPython
// does unless the program calls locale.setlocale, which the subset does not have.
//
// Pure text functions: the caller has already chosen by the value's type. Failures raise
// ValueError (rt::raise) and return false; successes append to `out`. A width or precision above
// 2**30 raises MemoryError instead of building a gigabyte string.
#pragma once

#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fastjit::rt {

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8 encoded
  char align = 0;          // 0 (type default), '<', '>', '^', '='
  char sign = 0;           // 0, '+', '-', ' '
  bool noNegZero = false;  // 'z' (3.11): -0.0 formats as 0.0 after rounding
  bool alternate = false;  // '#'
  bool zeroPad = false;    // '0' before the width: fill '0' with '=' alignment if none given
  int64_t width = -1;      // -1: none
  char grouping = 0;       // 0, ',' or '_'
  int64_t precision = -1;  // -1: none
  char type = 0;           // 0: no type given
};

// Parses a spec. `typeName` is the type shown in "Invalid format specifier '...' for object of
// type 'float'". Raises ValueError for malformed specs ("Format specifier missing precision",
// "Cannot specify both ',' and '_'.", "Cannot specify ',' with 's'.", "Too many decimal digits
// in format string"). A non-ASCII type code is stored as '?' (it is unknown for every type).
std::optional<FormatSpec> parseFormatSpec(std::string_view spec, std::string_view typeName);

// format(value, spec). typeName is the Python type shown in messages ("int" or "bool"; for bool
// with an empty spec the caller prints str(value) instead, as CPython does).
bool formatInt(int64_t v, std::string_view spec, std::string &out,
               std::string_view typeName = "int");
bool formatFloat(double v, std::string_view spec, std::string &out);
bool formatComplex(Complex v, std::string_view spec, std::string &out);
// str: the width and precision count code points of the UTF-8 text.
bool formatStr(std::string_view v, std::string_view spec, std::string &out);

// The same with an already-parsed spec (f-strings with a constant spec parse it once).
bool formatIntSpec(int64_t v, const FormatSpec &spec, std::string &out,
                   std::string_view typeName = "int");
bool formatFloatSpec(double v, const FormatSpec &spec, std::string &out);
bool formatComplexSpec(Complex v, const FormatSpec &spec, std::string &out);
bool formatStrSpec(std::string_view v, const FormatSpec &spec, std::string &out);

}  // namespace fastjit::rt
