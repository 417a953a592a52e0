// Table-driven checks of runtime/format_spec.h against CPython 3.11's format(): every expected
// string and error in data/format_cases.inc was produced by python3 (data/gen_format_cases.py)
// for hand-picked specs and thousands of random combinations of fill, align, sign, z, #, 0,
// width, grouping, precision and type over ints, bools, floats, complex numbers and strs.
#include "runtime/errors.h"
#include "runtime/format_spec.h"

#include <gtest/gtest.h>

#include <bit>
#include <string>

using namespace fastjit::rt;

namespace {

enum Kind { K_INT, K_BOOL, K_FLOAT, K_COMPLEX, K_STR };
struct Expect {
  bool ok;
  std::string_view text;  // the formatted string (may hold NUL), or the exception class
  const char *msg;
};
#define TEXT(s) std::string_view(s, sizeof(s) - 1)
#undef R_OK  // <unistd.h>'s access() mode; the tables use the name for results
#define R_OK(s) Expect{true, (s), nullptr}
#define R_ERR(e, m) Expect{false, (e), (m)}
struct FormatCase {
  Kind kind;
  int64_t i;
  uint64_t re, im;
  const char *s;
  const char *spec;
  Expect expect;
};

#include "data/format_cases.inc"

double D(uint64_t b) { return std::bit_cast<double>(b); }

}  // namespace

TEST(FormatCases, MatchesCPython) {
  int failures = 0;
  for (const auto &c : kFormatCases) {
    std::string out;
    bool ok = false;
    std::string what;
    switch (c.kind) {
      case K_INT: ok = formatInt(c.i, c.spec, out); what = std::to_string(c.i); break;
      case K_BOOL: ok = formatInt(c.i, c.spec, out, "bool"); what = c.i ? "True" : "False"; break;
      case K_FLOAT: ok = formatFloat(D(c.re), c.spec, out); what = "float"; break;
      case K_COMPLEX: ok = formatComplex({D(c.re), D(c.im)}, c.spec, out); what = "complex"; break;
      case K_STR: ok = formatStr(c.s, c.spec, out); what = std::string("'") + c.s + "'"; break;
    }
    std::string got = ok ? out : "";
    if (!ok) {
      auto p = takePending();
      got = std::string(excTypeName(p.type)) + ": " + p.message;
    }
    std::string want = c.expect.ok ? std::string(c.expect.text)
                                   : std::string(c.expect.text) + ": " + c.expect.msg;
    if (got != want || ok != c.expect.ok) {
      if (++failures <= 60)
        ADD_FAILURE() << "format(" << what << " bits " << std::hex << c.re << std::dec << ", '"
                      << c.spec << "'): got [" << got << "] want [" << want << "]";
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(FormatCases, ParsedSpecFields) {
  auto spec = parseFormatSpec("*^+z#012_.3f", "float");
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->fill, "*");
  EXPECT_EQ(spec->align, '^');
  EXPECT_EQ(spec->sign, '+');
  EXPECT_TRUE(spec->noNegZero);
  EXPECT_TRUE(spec->alternate);
  EXPECT_FALSE(spec->zeroPad);  // an explicit fill makes the '0' part of the width
  EXPECT_EQ(spec->width, 12);
  EXPECT_EQ(spec->grouping, '_');
  EXPECT_EQ(spec->precision, 3);
  EXPECT_EQ(spec->type, 'f');
  std::string out;
  ASSERT_TRUE(formatFloatSpec(-0.0001, *spec, out));
  EXPECT_EQ(out, "***+0.000***");  // format(-0.0001, '*^+z#012_.3f') in CPython 3.11
  EXPECT_FALSE(parseFormatSpec(".", "int").has_value());
  EXPECT_EQ(takePending().message, "Format specifier missing precision");
}

TEST(FormatCases, HugeSizesAreMemoryErrorsNotCrashes) {
  std::string out;
  EXPECT_FALSE(formatInt(1, "99999999999", out));
  EXPECT_EQ(excTypeName(takePending().type), "MemoryError");
  EXPECT_FALSE(formatFloat(1.5, ".2000000000f", out));
  EXPECT_EQ(excTypeName(takePending().type), "MemoryError");
  // Long but reasonable precisions are exact: len(format(1.5, '.2000f')) == 2002 in CPython.
  ASSERT_TRUE(formatFloat(1.5, ".2000f", out));
  EXPECT_EQ(out.size(), 2002u);
  EXPECT_EQ(out.substr(0, 6), "1.5000");
}
