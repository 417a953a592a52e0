// The tokenizer (see lexer.h). Structure and error messages follow CPython 3.11's
// Parser/tokenizer.c so that a program rejected by python3 is rejected here with the same message.
#include "frontend/lexer.h"

#include <cerrno>
#include <cstdlib>
#include <string>

namespace fastjit {

namespace {

struct KeywordEntry {
  std::string_view text;
  Tok kind;
};
constexpr KeywordEntry kKeywords[] = {
    {"False", Tok::KwFalse},       {"None", Tok::KwNone},       {"True", Tok::KwTrue},
    {"and", Tok::KwAnd},           {"as", Tok::KwAs},           {"assert", Tok::KwAssert},
    {"async", Tok::KwAsync},       {"await", Tok::KwAwait},     {"break", Tok::KwBreak},
    {"class", Tok::KwClass},       {"continue", Tok::KwContinue}, {"def", Tok::KwDef},
    {"del", Tok::KwDel},           {"elif", Tok::KwElif},       {"else", Tok::KwElse},
    {"except", Tok::KwExcept},     {"finally", Tok::KwFinally}, {"for", Tok::KwFor},
    {"from", Tok::KwFrom},         {"global", Tok::KwGlobal},   {"if", Tok::KwIf},
    {"import", Tok::KwImport},     {"in", Tok::KwIn},           {"is", Tok::KwIs},
    {"lambda", Tok::KwLambda},     {"nonlocal", Tok::KwNonlocal}, {"not", Tok::KwNot},
    {"or", Tok::KwOr},             {"pass", Tok::KwPass},       {"raise", Tok::KwRaise},
    {"return", Tok::KwReturn},     {"try", Tok::KwTry},         {"while", Tok::KwWhile},
    {"with", Tok::KwWith},         {"yield", Tok::KwYield},
};

bool keywordKind(std::string_view s, Tok &out) {
  for (const auto &k : kKeywords)
    if (k.text == s) {
      out = k.kind;
      return true;
    }
  return false;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isAsciiIdStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isAsciiIdChar(char c) { return isAsciiIdStart(c) || isDigit(c); }
// CPython's is_potential_identifier_char: any non-ASCII byte may continue an identifier.
bool isPotentialIdChar(char c) { return isAsciiIdChar(c) || static_cast<unsigned char>(c) >= 128; }

// Non-ASCII code points that are whitespace or format characters Python rejects as
// "invalid non-printable character".
bool isNonPrintable(uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0xE000 && cp <= 0xF8FF) ||                           // private use
         (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF ||  // specials
         (cp & 0xFFFE) == 0xFFFE || cp >= 0xF0000;                   // noncharacters, planes 15-16
}

// An approximation of Unicode XID_Continue for non-ASCII code points without carrying Unicode
// tables: letters of every script are accepted; the symbol and punctuation blocks people actually
// paste into code (currency, arrows, math operators, dingbats, emoji, CJK punctuation) are
// rejected as CPython does ("invalid character '€' (U+20AC)").
bool isIdentifierCodePoint(uint32_t cp) {
  if (cp < 0x80)
    return false;
  if (cp <= 0xBF)
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
  if (cp == 0xD7 || cp == 0xF7)
    return false;
  if (cp >= 0x2010 && cp <= 0x205E)
    return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
  if ((cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) ||
      (cp >= 0x3001 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) ||
      (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0x1F000 && cp <= 0x1FAFF))
    return false;
  return !isNonPrintable(cp);
}

std::string hexCodePoint(uint32_t cp) {
  char buf[16];
  snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

}  // namespace

bool isKeyword(std::string_view name) {
  Tok k;
  return keywordKind(name, k);
}

Lexer::Lexer(const SourceFile &file, Diagnostics &diags)
    : file_(file), diags_(diags), text_(file.text()), pos_(0),
      end_(static_cast<uint32_t>(file.size())), exprMode_(false) {}

Lexer::Lexer(const SourceFile &file, Diagnostics &diags, uint32_t begin, uint32_t end)
    : file_(file), diags_(diags), text_(file.text()), pos_(begin), end_(end), exprMode_(true),
      atLineStart_(false) {}

SourceLoc Lexer::loc(uint32_t offset) const {
  if (lastLoc_.valid() && offset >= lastLoc_.offset && offset < lastLineEnd_) {
    SourceLoc l = lastLoc_;
    for (uint32_t i = l.offset; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
        ++l.column;
    l.offset = offset;
    lastLoc_ = l;
    return l;
  }
  SourceLoc l = file_.locationOf(offset);
  lastLoc_ = l;
  lastLineEnd_ = l.line < file_.lineCount() ? file_.lineStart(l.line + 1)
                                            : static_cast<uint32_t>(file_.size());
  return l;
}

void Lexer::fail(DiagKind kind, uint32_t offset, std::string message) {
  if (!failed_)
    diags_.error(kind, loc(offset), std::move(message));
  failed_ = true;
}

void Lexer::push(Tok kind, uint32_t begin, uint32_t end) {
  Token t;
  t.kind = kind;
  t.range.begin = loc(begin);
  t.range.end = loc(end);
  t.text = text_.substr(begin, end - begin);
  toks_.push_back(t);
}

uint32_t Lexer::decodeCodePoint(uint32_t at, uint32_t &len) const {
  // Only called after checkEncoding() validated the file, so sequences are well formed.
  auto b = [&](uint32_t i) { return static_cast<unsigned char>(at + i < end_ ? text_[at + i] : 0); };
  unsigned char c = b(0);
  if (c < 0x80) { len = 1; return c; }
  if ((c & 0xE0) == 0xC0) { len = 2; return ((c & 0x1F) << 6) | (b(1) & 0x3F); }
  if ((c & 0xF0) == 0xE0) {
    len = 3;
    return ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  }
  len = 4;
  return ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// Validates UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF) and the absence of NUL
// bytes before anything else looks at the text, so the rest of the lexer can decode freely.
bool Lexer::checkEncoding() {
  const auto *s = reinterpret_cast<const unsigned char *>(text_.data());
  const uint32_t n = end_;
  for (uint32_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (c == 0) {
      fail(DiagKind::SyntaxError, i, "source code cannot contain null bytes");
      return false;
    }
    if (c < 0x80) { ++i; continue; }
    uint32_t len = 0, cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    const char *reason = nullptr;
    if (len == 0)
      reason = "invalid start byte";
    else {
      for (uint32_t k = 1; k < len && !reason; ++k) {
        if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
          reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
        else
          cp = (cp << 6) | (s[i + k] & 0x3F);
      }
      if (!reason && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
        reason = "invalid start byte";  // overlong / out of range / surrogate: the lead byte is bad
    }
    if (reason) {
      char buf[96];
      snprintf(buf, sizeof buf, "invalid UTF-8: byte 0x%02x at offset %u (%s)", c, i, reason);
      fail(DiagKind::SyntaxError, i, buf);
      return false;
    }
    i += len;
  }
  return true;
}

bool Lexer::handleIndentation() {
  // Measure this line's indentation both with tabs to multiples of 8 and with tabs as 1 column;
  // CPython raises TabError when the two measures disagree about the block structure.
  uint32_t col = 0, altcol = 0;
  uint32_t p = pos_;
  while (p < end_) {
    char c = text_[p];
    if (c == ' ') { ++col; ++altcol; }
    else if (c == '\t') { col = (col / 8 + 1) * 8; ++altcol; }
    else if (c == '\f') { col = altcol = 0; }
    else break;
    ++p;
  }
  pos_ = p;
  // Blank lines and comment-only lines do not affect indentation.
  char c = peek();
  if (atEnd() || c == '#' || c == '\n' || c == '\r' || (c == '\\' && false))
    return true;
  atLineStart_ = false;
  if (col == indents_.back()) {
    if (altcol != altIndents_.back()) {
      fail(DiagKind::TabError, file_.lineStart(loc(p).line),
           "inconsistent use of tabs and spaces in indentation");
      return false;
    }
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndentDepth) {
      fail(DiagKind::IndentationError, file_.lineStart(loc(p).line), "too many levels of indentation");
      return false;
    }
    if (altcol <= altIndents_.back()) {
      fail(DiagKind::TabError, file_.lineStart(loc(p).line),
           "inconsistent use of tabs and spaces in indentation");
      return false;
    }
    indents_.push_back(col);
    altIndents_.push_back(altcol);
    push(Tok::Indent, file_.lineStart(loc(p).line), p);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      altIndents_.pop_back();
      push(Tok::Dedent, p, p);
    }
    if (col != indents_.back()) {
      // CPython points just past the end of the offending line.
      uint32_t eol = p;
      while (eol < end_ && text_[eol] != '\n' && text_[eol] != '\r')
        ++eol;
      fail(DiagKind::IndentationError, eol, "unindent does not match any outer indentation level");
      return false;
    }
    if (altcol != altIndents_.back()) {
      fail(DiagKind::TabError, file_.lineStart(loc(p).line),
           "inconsistent use of tabs and spaces in indentation");
      return false;
    }
  }
  return true;
}

std::vector<Token> Lexer::tokenize() {
  if (!exprMode_) {
    if (!checkEncoding()) {
      push(Tok::EndOfFile, 0, 0);
      return std::move(toks_);
    }
    if (text_.substr(0, 3) == "\xEF\xBB\xBF")  // a UTF-8 BOM is allowed and ignored
      pos_ = 3;
  }
  while (!failed_) {
    if (atLineStart_ && parens_.empty() && !exprMode_) {
      if (!handleIndentation())
        break;
    }
    if (atEnd())
      break;
    const uint32_t start = pos_;
    const char c = peek();
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      continue;
    }
    if (c == '#') {
      while (!atEnd() && peek() != '\n' && peek() != '\r')
        ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
      if (exprMode_ || !parens_.empty())
        continue;
      if (!toks_.empty() && toks_.back().kind != Tok::Newline && !atLineStart_)
        push(Tok::Newline, start, start);
      atLineStart_ = true;
      continue;
    }
    if (c == '\\') {
      char n = peek(1);
      if (n == '\n' || n == '\r') {
        pos_ += (n == '\r' && peek(2) == '\n') ? 3 : 2;
        if (atEnd()) {
          fail(DiagKind::SyntaxError, start + 1, "unexpected EOF while parsing");
          break;
        }
        continue;
      }
      if (pos_ + 1 >= end_) {
        fail(DiagKind::SyntaxError, pos_ + 1, "unexpected EOF while parsing");
        break;
      }
      fail(DiagKind::SyntaxError, pos_ + 1,
           "unexpected character after line continuation character");
      break;
    }
    bool ok;
    if (isDigit(c) || (c == '.' && isDigit(peek(1))))
      ok = lexNumber();
    else if (c == '"' || c == '\'')
      ok = lexString(start, 0);
    else if (isAsciiIdStart(c) || static_cast<unsigned char>(c) >= 0x80)
      ok = lexNameOrString();
    else
      ok = lexOperator();
    if (!ok)
      break;
  }
  if (!failed_) {
    if (!parens_.empty()) {
      char msg[64];
      snprintf(msg, sizeof msg, "'%c' was never closed", parens_.back().ch);
      fail(DiagKind::SyntaxError, parens_.back().loc.offset, msg);
    }
  }
  if (!exprMode_ && !failed_) {
    if (!toks_.empty() && toks_.back().kind != Tok::Newline && toks_.back().kind != Tok::Dedent)
      push(Tok::Newline, end_, end_);
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(Tok::Dedent, end_, end_);
    }
  }
  push(Tok::EndOfFile, failed_ ? pos_ : end_, failed_ ? pos_ : end_);
  return std::move(toks_);
}

bool Lexer::lexNameOrString() {
  const uint32_t start = pos_;
  while (!atEnd()) {
    char c = peek();
    if (isAsciiIdChar(c)) {
      ++pos_;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80)
      break;
    uint32_t len;
    uint32_t cp = decodeCodePoint(pos_, len);
    if (!isIdentifierCodePoint(cp)) {
      std::string msg;
      if (isNonPrintable(cp))
        msg = "invalid non-printable character " + hexCodePoint(cp);
      else
        msg = "invalid character '" + std::string(text_.substr(pos_, len)) + "' (" +
              hexCodePoint(cp) + ")";
      fail(DiagKind::SyntaxError, pos_, msg);
      return false;
    }
    pos_ += len;
  }
  std::string_view word = text_.substr(start, pos_ - start);
  // A string prefix directly followed by a quote starts a string literal.
  char q = peek();
  if ((q == '"' || q == '\'') && word.size() <= 2) {
    uint8_t flags = 0;
    bool valid = true;
    for (char ch : word) {
      uint8_t f = 0;
      switch (ch | 0x20) {
      case 'r': f = StrRaw; break;
      case 'f': f = StrFormat; break;
      case 'b': f = StrBytes; break;
      case 'u': f = 0; break;
      default: valid = false;
      }
      if (flags & f)
        valid = false;
      flags |= f;
    }
    bool hasU = word.size() >= 1 && (word[0] | 0x20) == 'u';
    if (hasU && word.size() != 1)
      valid = false;  // u cannot combine with anything
    if ((flags & StrFormat) && (flags & StrBytes))
      valid = false;
    if (valid)
      return lexString(start, flags);
  }
  Tok kw;
  push(keywordKind(word, kw) ? kw : Tok::Name, start, pos_);
  return true;
}

bool Lexer::lexString(uint32_t start, uint8_t flags) {
  const char q = peek();
  bool triple = peek(1) == q && peek(2) == q;
  pos_ += triple ? 3 : 1;
  const uint32_t bodyBegin = pos_;
  uint32_t bodyEnd;
  for (;;) {
    if (atEnd()) {
      uint32_t lastLine = file_.lineCount() ? file_.lineCount() : 1;
      if (exprMode_)
        lastLine = loc(end_).line;
      fail(DiagKind::SyntaxError, start,
           std::string(triple ? "unterminated triple-quoted string literal"
                              : "unterminated string literal") +
               " (detected at line " + std::to_string(lastLine) + ")");
      return false;
    }
    char c = peek();
    if (c == '\\') {
      // A backslash escapes the next character even in raw strings (r"\"" is one quote).
      pos_ += (peek(1) == '\r' && peek(2) == '\n') ? 3 : 2;
      if (pos_ > end_)
        pos_ = end_;
      continue;
    }
    if (!triple && (c == '\n' || c == '\r')) {
      fail(DiagKind::SyntaxError, start,
           "unterminated string literal (detected at line " +
               std::to_string(loc(start).line) + ")");
      return false;
    }
    if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
      bodyEnd = pos_;
      pos_ += triple ? 3 : 1;
      break;
    }
    ++pos_;
  }
  push(Tok::String, start, pos_);
  Token &t = toks_.back();
  t.strFlags = flags | (triple ? StrTriple : 0);
  t.quote = q;
  t.bodyBegin = bodyBegin;
  t.bodyEnd = bodyEnd;
  return true;
}

// Numbers, following tokenizer.c: validate the digits (with CPython's messages), then compute
// the value from the text with underscores removed.
bool Lexer::lexNumber() {
  const uint32_t start = pos_;
  auto decimalTail = [&]() -> bool {
    for (;;) {
      while (isDigit(peek()))
        ++pos_;
      if (peek() != '_')
        return true;
      ++pos_;
      if (!isDigit(peek())) {
        fail(DiagKind::SyntaxError, pos_ - 1, "invalid decimal literal");
        return false;
      }
    }
  };
  auto verifyEnd = [&](const char *kind) -> bool {
    if (isPotentialIdChar(peek())) {
      fail(DiagKind::SyntaxError, start, std::string("invalid ") + kind + " literal");
      return false;
    }
    return true;
  };
  auto finishInt = [&](int base, uint32_t digitsBegin) {
    push(Tok::Int, start, pos_);
    Token &t = toks_.back();
    uint64_t v = 0;
    bool overflow = false;
    for (uint32_t i = digitsBegin; i < pos_; ++i) {
      char ch = text_[i];
      if (ch == '_')
        continue;
      unsigned d = isDigit(ch) ? ch - '0' : (ch | 0x20) - 'a' + 10;
      if (v > (UINT64_MAX - d) / base)
        overflow = true;
      else
        v = v * base + d;
    }
    if (overflow || v > static_cast<uint64_t>(INT64_MAX)) {
      t.fitsInt64 = false;
      // 2**63 exactly is kept so that `-9223372036854775808` can be folded to INT64_MIN.
      t.ivalue = (!overflow && v == static_cast<uint64_t>(INT64_MAX) + 1) ? INT64_MIN : 0;
    } else {
      t.ivalue = static_cast<int64_t>(v);
    }
    return true;
  };
  auto finishFloat = [&](bool imag, uint32_t endOfDigits) {
    std::string s;
    for (uint32_t i = start; i < endOfDigits; ++i)
      if (text_[i] != '_')
        s += text_[i];
    push(imag ? Tok::Imag : Tok::Float, start, pos_);
    toks_.back().fvalue = std::strtod(s.c_str(), nullptr);  // strtod is correctly rounded (glibc)
    return true;
  };

  if (peek() == '0' && ((peek(1) | 0x20) == 'x' || (peek(1) | 0x20) == 'o' ||
                        (peek(1) | 0x20) == 'b')) {
    char kindCh = peek(1) | 0x20;
    pos_ += 2;
    const uint32_t digits = pos_;
    const char *kind = kindCh == 'x' ? "hexadecimal" : kindCh == 'o' ? "octal" : "binary";
    auto isDig = [&](char ch) {
      return kindCh == 'x' ? isHex(ch) : kindCh == 'o' ? (ch >= '0' && ch <= '7')
                                                         : (ch == '0' || ch == '1');
    };
    do {
      if (peek() == '_')
        ++pos_;
      if (!isDig(peek())) {
        if (kindCh != 'x' && isDigit(peek())) {
          fail(DiagKind::SyntaxError, pos_,
               std::string("invalid digit '") + peek() + "' in " + kind + " literal");
          return false;
        }
        fail(DiagKind::SyntaxError, pos_ - 1, std::string("invalid ") + kind + " literal");
        return false;
      }
      while (isDig(peek()))
        ++pos_;
    } while (peek() == '_');
    if (kindCh != 'x' && isDigit(peek())) {
      fail(DiagKind::SyntaxError, pos_,
           std::string("invalid digit '") + peek() + "' in " + kind + " literal");
      return false;
    }
    if (!verifyEnd(kind))
      return false;
    return finishInt(kindCh == 'x' ? 16 : kindCh == 'o' ? 8 : 2, digits);
  }

  bool isFloat = false;
  if (peek() == '.') {
    // ".5": fraction only
  } else if (peek() == '0') {
    // Leading zeros: "00" and "0_0" are fine, "0777" is an error unless it becomes a float.
    bool nonzero = false;
    while (peek() == '0' || peek() == '_') {
      if (peek() == '_') {
        ++pos_;
        if (!isDigit(peek())) {
          fail(DiagKind::SyntaxError, pos_ - 1, "invalid decimal literal");
          return false;
        }
      }
      if (peek() == '0')
        ++pos_;
    }
    if (isDigit(peek())) {
      nonzero = true;
      if (!decimalTail())
        return false;
    }
    char c = peek();
    if (c != '.' && (c | 0x20) != 'e' && (c | 0x20) != 'j') {
      if (nonzero) {
        fail(DiagKind::SyntaxError, start,
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
             "for octal integers");
        return false;
      }
      if (!verifyEnd("decimal"))
        return false;
      return finishInt(10, start);
    }
  } else {
    if (!decimalTail())
      return false;
  }
  if (peek() == '.') {
    isFloat = true;
    ++pos_;
    if (isDigit(peek()) && !decimalTail())
      return false;
  }
  if ((peek() | 0x20) == 'e') {
    uint32_t save = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') {
      ++pos_;
      if (!isDigit(peek())) {
        fail(DiagKind::SyntaxError, pos_ - 1, "invalid decimal literal");  // at the sign
        return false;
      }
    }
    if (!isDigit(peek())) {
      pos_ = save;  // "1e": the e is not part of the number, and then is an invalid suffix
      fail(DiagKind::SyntaxError, start, "invalid decimal literal");
      return false;
    }
    if (!decimalTail())
      return false;
    isFloat = true;
  }
  if ((peek() | 0x20) == 'j') {
    uint32_t endDigits = pos_;
    ++pos_;
    if (!verifyEnd("imaginary"))
      return false;
    return finishFloat(true, endDigits);
  }
  if (!verifyEnd("decimal"))
    return false;
  if (isFloat)
    return finishFloat(false, pos_);
  return finishInt(10, start);
}

bool Lexer::lexOperator() {
  struct Op {
    std::string_view s;
    Tok kind;
  };
  // Longest first within each leading character.
  static constexpr Op kOps[] = {
      {"**=", Tok::DoubleStarEqual}, {"//=", Tok::DoubleSlashEqual}, {">>=", Tok::RightShiftEqual},
      {"<<=", Tok::LeftShiftEqual},  {"...", Tok::Ellipsis},
      {"**", Tok::DoubleStar},  {"//", Tok::DoubleSlash}, {">>", Tok::RightShift},
      {"<<", Tok::LeftShift},   {"<=", Tok::LessEqual},   {">=", Tok::GreaterEqual},
      {"==", Tok::EqEqual},     {"!=", Tok::NotEqual},    {"->", Tok::Arrow},
      {":=", Tok::ColonEqual},  {"+=", Tok::PlusEqual},   {"-=", Tok::MinusEqual},
      {"*=", Tok::StarEqual},   {"/=", Tok::SlashEqual},  {"%=", Tok::PercentEqual},
      {"@=", Tok::AtEqual},     {"&=", Tok::AmperEqual},  {"|=", Tok::VBarEqual},
      {"^=", Tok::CircumflexEqual},
      {"(", Tok::LParen},   {")", Tok::RParen},   {"[", Tok::LBracket}, {"]", Tok::RBracket},
      {"{", Tok::LBrace},   {"}", Tok::RBrace},   {",", Tok::Comma},    {":", Tok::Colon},
      {";", Tok::Semicolon}, {".", Tok::Dot},     {"@", Tok::At},       {"+", Tok::Plus},
      {"-", Tok::Minus},    {"*", Tok::Star},     {"/", Tok::Slash},    {"%", Tok::Percent},
      {"&", Tok::Amper},    {"|", Tok::VBar},     {"^", Tok::Circumflex}, {"~", Tok::Tilde},
      {"<", Tok::Less},     {">", Tok::Greater},  {"=", Tok::Equal},
  };
  const uint32_t start = pos_;
  std::string_view rest = text_.substr(pos_, std::min<uint32_t>(3, end_ - pos_));
  if (rest.substr(0, 2) == "<>") {  // Python 2's inequality
    pos_ += 2;
    push(Tok::Unknown, start, pos_);
    return true;
  }
  for (const Op &op : kOps) {
    if (rest.substr(0, op.s.size()) != op.s)
      continue;
    pos_ += static_cast<uint32_t>(op.s.size());
    char ch = op.s[0];
    if (op.s.size() == 1 && (ch == '(' || ch == '[' || ch == '{')) {
      if (parens_.size() >= kMaxParenDepth) {
        fail(DiagKind::SyntaxError, start, "too many nested parentheses");
        return false;
      }
      parens_.push_back({ch, loc(start)});
    } else if (op.s.size() == 1 && (ch == ')' || ch == ']' || ch == '}')) {
      if (parens_.empty()) {
        fail(DiagKind::SyntaxError, start, std::string("unmatched '") + ch + "'");
        return false;
      }
      Open open = parens_.back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (ch != want) {
        std::string msg = std::string("closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + open.ch + "'";
        if (open.loc.line != loc(start).line)
          msg += " on line " + std::to_string(open.loc.line);
        fail(DiagKind::SyntaxError, start, msg);
        return false;
      }
      parens_.pop_back();
    }
    push(op.kind, start, pos_);
    return true;
  }
  // A control character is a tokenizer error; any other stray character ($, ?, `, a lone !)
  // is a token the parser will reject.
  unsigned char c = static_cast<unsigned char>(peek());
  if (c < 0x20 || c == 0x7F) {
    fail(DiagKind::SyntaxError, start, "invalid non-printable character " + hexCodePoint(c));
    return false;
  }
  ++pos_;
  push(Tok::Unknown, start, pos_);
  return true;
}

}  // namespace fastjit
