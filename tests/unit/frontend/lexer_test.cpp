// Lexer unit tests: every token kind, numeric literal values, string token extents and prefixes,
// INDENT/DEDENT generation (including tabs and continuation lines), and token positions.
#include "frontend/lexer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace fastjit {
namespace {

struct Lexed {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<Diagnostics> diags;
  std::vector<Token> toks;
  bool failed;
};

Lexed lex(std::string text) {
  Lexed l;
  l.file = std::make_unique<SourceFile>("t.py", std::move(text));
  l.diags = std::make_unique<Diagnostics>(*l.file);
  Lexer lexer(*l.file, *l.diags);
  l.toks = lexer.tokenize();
  l.failed = lexer.failed();
  return l;
}

std::string kinds(const std::string &text) {
  Lexed l = lex(text);
  std::string s;
  for (const Token &t : l.toks)
    s += std::string(s.empty() ? "" : " ") + tokName(t.kind);
  return s;
}

TEST(Lexer, EmptyFile) {
  EXPECT_EQ(kinds(""), "ENDMARKER");
  EXPECT_EQ(kinds("\n\n  \n# only a comment\n"), "ENDMARKER");
}

TEST(Lexer, EveryOperatorAndDelimiter) {
  const char *ops[] = {"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "->", "@", ":=",
                       "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "~",
                       "<", ">", "<=", ">=", "==", "!=", "=", "+=", "-=", "*=", "/=", "//=",
                       "%=", "**=", "@=", "&=", "|=", "^=", "<<=", ">>="};
  for (const char *op : ops) {
    // Brackets must balance for the lexer to accept the line.
    std::string text = op;
    if (text == "(" ) text = "()";
    if (text == "[") text = "[]";
    if (text == "{") text = "{}";
    if (text == ")" || text == "]" || text == "}")
      continue;
    Lexed l = lex(text + "\n");
    ASSERT_FALSE(l.failed) << op;
    EXPECT_EQ(l.toks[0].text, text.substr(0, std::string(op).size())) << op;
    EXPECT_EQ(std::string("'") + op + "'", tokName(l.toks[0].kind)) << op;
  }
}

TEST(Lexer, Keywords) {
  const char *kws[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
                       "class", "continue", "def", "del", "elif", "else", "except", "finally",
                       "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
                       "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
  for (const char *kw : kws) {
    Lexed l = lex(std::string(kw) + "\n");
    EXPECT_EQ(std::string("'") + kw + "'", tokName(l.toks[0].kind));
    EXPECT_TRUE(isKeyword(kw));
  }
  // Soft keywords and near-keywords are names.
  for (const char *name : {"match", "case", "_", "print", "Trueish", "iff"})
    EXPECT_EQ(kinds(std::string(name) + "\n"), "NAME NEWLINE ENDMARKER") << name;
}

TEST(Lexer, NonAsciiIdentifiers) {
  Lexed l = lex("résumé = π\n");
  ASSERT_FALSE(l.failed);
  EXPECT_EQ(l.toks[0].kind, Tok::Name);
  EXPECT_EQ(l.toks[0].text, "résumé");
  EXPECT_EQ(l.toks[2].text, "π");
  EXPECT_EQ(l.toks[2].range.begin.column, 10u);  // columns count code points
}

TEST(Lexer, IntegerLiterals) {
  struct { const char *text; int64_t value; } cases[] = {
      {"0", 0}, {"00", 0}, {"0_0", 0}, {"7", 7}, {"1_000_000", 1000000}, {"0x_ff", 255},
      {"0XFF", 255}, {"0o17", 15}, {"0O_7", 7}, {"0b101", 5}, {"0B_1_1", 3},
      {"9223372036854775807", INT64_MAX}, {"0x7fffffffffffffff", INT64_MAX},
  };
  for (auto &c : cases) {
    Lexed l = lex(std::string(c.text) + "\n");
    ASSERT_FALSE(l.failed) << c.text;
    EXPECT_EQ(l.toks[0].kind, Tok::Int) << c.text;
    EXPECT_TRUE(l.toks[0].fitsInt64) << c.text;
    EXPECT_EQ(l.toks[0].ivalue, c.value) << c.text;
  }
  for (const char *big : {"9223372036854775808", "99999999999999999999999", "0x1_0000_0000_0000_0000"}) {
    Lexed l = lex(std::string(big) + "\n");
    ASSERT_FALSE(l.failed);
    EXPECT_FALSE(l.toks[0].fitsInt64) << big;
  }
}

TEST(Lexer, FloatAndImaginaryLiterals) {
  struct { const char *text; Tok kind; double value; } cases[] = {
      {"1.5", Tok::Float, 1.5}, {".5", Tok::Float, 0.5}, {"5.", Tok::Float, 5.0},
      {"1e8", Tok::Float, 1e8}, {"1E-3", Tok::Float, 1e-3}, {"1_000.5", Tok::Float, 1000.5},
      {"1_0.5e1_0", Tok::Float, 10.5e10}, {"09.5", Tok::Float, 9.5}, {"0.1", Tok::Float, 0.1},
      {"2j", Tok::Imag, 2.0}, {"1.5J", Tok::Imag, 1.5}, {"1.e5j", Tok::Imag, 1e5},
      {"0j", Tok::Imag, 0.0}, {"1e400", Tok::Float, HUGE_VAL},
  };
  for (auto &c : cases) {
    Lexed l = lex(std::string(c.text) + "\n");
    ASSERT_FALSE(l.failed) << c.text;
    EXPECT_EQ(l.toks[0].kind, c.kind) << c.text;
    EXPECT_EQ(l.toks[0].fvalue, c.value) << c.text;
  }
}

TEST(Lexer, StringTokens) {
  Lexed l = lex("'a' \"b\" r'c\\'' '''d\n''' f\"{x}\" Rb'z' u'e' \"\"\"\"\"\"\n");
  ASSERT_FALSE(l.failed);
  ASSERT_EQ(l.toks.size(), 10u);  // 8 strings, NEWLINE, ENDMARKER
  EXPECT_EQ(l.toks[0].text, "'a'");
  EXPECT_EQ(l.toks[2].strFlags, StrRaw);
  EXPECT_EQ(l.toks[2].text, "r'c\\''");
  EXPECT_EQ(l.toks[3].strFlags, StrTriple);
  EXPECT_EQ(l.toks[4].strFlags, StrFormat);
  EXPECT_EQ(l.toks[5].strFlags, StrRaw | StrBytes);
  EXPECT_EQ(l.toks[6].strFlags, 0);
  EXPECT_EQ(l.toks[7].text, "\"\"\"\"\"\"");
  EXPECT_EQ(l.toks[7].bodyBegin, l.toks[7].bodyEnd);
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(kinds("if x:\n    y\n    if z:\n        w\nv\n"),
            "'if' NAME ':' NEWLINE INDENT NAME NEWLINE 'if' NAME ':' NEWLINE INDENT NAME NEWLINE "
            "DEDENT DEDENT NAME NEWLINE ENDMARKER");
  // Dedents at end of file without a trailing newline.
  EXPECT_EQ(kinds("if x:\n  y"), "'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
  // Blank and comment lines do not count; brackets and backslashes join lines.
  EXPECT_EQ(kinds("x = (1,\n  2)\n\n   # c\ny = 1 + \\\n      2\n"),
            "NAME '=' '(' INT ',' INT ')' NEWLINE NAME '=' INT '+' INT NEWLINE ENDMARKER");
}

TEST(Lexer, TabsFollowPythonRules) {
  // A tab counts to the next multiple of 8; a consistent mix is fine.
  Lexed ok = lex("if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n");
  EXPECT_FALSE(ok.failed);
  Lexed bad = lex("if x:\n\ta\n        b\n");
  EXPECT_TRUE(bad.failed);
  EXPECT_EQ(bad.diags->diagnostics()[0].kind, DiagKind::TabError);
  EXPECT_EQ(bad.diags->diagnostics()[0].message, "inconsistent use of tabs and spaces in indentation");
}

TEST(Lexer, CrLfAndCrLineEndings) {
  EXPECT_EQ(kinds("x = 1\r\nif x:\r\n  y\r\n"),
            "NAME '=' INT NEWLINE 'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(kinds("x\ry\r"), "NAME NEWLINE NAME NEWLINE ENDMARKER");
}

TEST(Lexer, Positions) {
  Lexed l = lex("x = 1\n  \nfoo(bar)\n");
  const Token &foo = l.toks[4];
  EXPECT_EQ(foo.text, "foo");
  EXPECT_EQ(foo.range.begin.line, 3u);
  EXPECT_EQ(foo.range.begin.column, 1u);
  EXPECT_EQ(foo.range.begin.offset, 9u);
  EXPECT_EQ(foo.range.end.column, 4u);
  const Token &bar = l.toks[6];
  EXPECT_EQ(bar.range.begin.column, 5u);
}

TEST(Lexer, BomIsIgnored) {
  EXPECT_EQ(kinds("\xEF\xBB\xBFx\n"), "NAME NEWLINE ENDMARKER");
}

TEST(Lexer, InvalidUtf8NamesTheByteOffset) {
  Lexed l = lex("x = 1\ny = '\xff'\n");
  ASSERT_TRUE(l.failed);
  EXPECT_EQ(l.diags->diagnostics()[0].message, "invalid UTF-8: byte 0xff at offset 11 (invalid start byte)");
  EXPECT_EQ(l.diags->diagnostics()[0].loc.line, 2u);
  Lexed trunc = lex("s = '\xc3");
  ASSERT_TRUE(trunc.failed);
  EXPECT_EQ(trunc.diags->diagnostics()[0].message,
            "invalid UTF-8: byte 0xc3 at offset 5 (unexpected end of data)");
  Lexed overlong = lex("\xc0\x80");
  EXPECT_TRUE(overlong.failed);
  Lexed surrogate = lex("'\xed\xa0\x80'");
  EXPECT_TRUE(surrogate.failed);
}

TEST(Lexer, NullByte) {
  Lexed l = lex(std::string("x = 1\0", 6));
  ASSERT_TRUE(l.failed);
  EXPECT_EQ(l.diags->diagnostics()[0].message, "source code cannot contain null bytes");
}

TEST(Lexer, InvalidCharacters) {
  Lexed euro = lex("x = €\n");
  EXPECT_EQ(euro.diags->diagnostics()[0].message, "invalid character '€' (U+20AC)");
  Lexed nbsp = lex("x =\xc2\xa0" "1\n");
  EXPECT_EQ(nbsp.diags->diagnostics()[0].message, "invalid non-printable character U+00A0");
  Lexed ctrl = lex("x = \x01\n");
  EXPECT_EQ(ctrl.diags->diagnostics()[0].message, "invalid non-printable character U+0001");
}

TEST(Lexer, NestingLimit) {
  std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  EXPECT_FALSE(lex(ok).failed);
  std::string deep = "x = " + std::string(201, '(') + "1" + std::string(201, ')') + "\n";
  Lexed l = lex(deep);
  ASSERT_TRUE(l.failed);
  EXPECT_EQ(l.diags->diagnostics()[0].message, "too many nested parentheses");
  EXPECT_EQ(l.diags->diagnostics()[0].loc.column, 205u);  // CPython's position
}

TEST(Lexer, IndentationLimit) {
  std::string src;
  for (int i = 0; i < 101; ++i)
    src += std::string(i, ' ') + "if x:\n";
  src += std::string(101, ' ') + "pass\n";
  Lexed l = lex(src);
  ASSERT_TRUE(l.failed);
  EXPECT_EQ(l.diags->diagnostics()[0].kind, DiagKind::IndentationError);
  EXPECT_EQ(l.diags->diagnostics()[0].message, "too many levels of indentation");
}

}  // namespace
}  // namespace fastjit
