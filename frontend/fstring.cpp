// String literals for the parser: escape decoding (\n, \x41, \u00e9, \U0001F600, octal, line
// continuation inside strings), implicit concatenation of adjacent literals, and f-strings parsed
// the way CPython 3.11 does it (Python/ast.c fstring_find_literal / fstring_find_expr): literal
// text with `{{`/`}}`, replacement fields whose expression text is lexed and parsed in place (so
// its nodes carry real file positions), `!r`/`!s`/`!a`, `=`, and format specs that nest
// replacement fields up to two levels. Bytes literals and \N{...} escapes are refused.
#include "frontend/parser_impl.h"

#include <llvm/Support/Casting.h>

namespace fastjit::detail {

using namespace ast;

namespace {

void appendUtf8(std::string &out, uint32_t cp) {
  // Surrogates (from "\ud800") are encoded like any other BMP code point (WTF-8).
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends literal text to an f-string, merging with a preceding literal part.
void appendLiteral(FString &fs, std::string text, SourceRange r) {
  if (text.empty())
    return;
  if (!fs.parts.empty())
    if (auto *last = llvm::dyn_cast<StrLit>(fs.parts.back().get())) {
      last->value += text;
      last->range.end = r.end;
      return;
    }
  fs.parts.push_back(std::make_unique<StrLit>(r, std::move(text)));
}

}  // namespace

bool Parser::decodeEscapes(const Token &t, uint32_t begin, uint32_t end, std::string &out) {
  std::string_view s = file_.text();
  const bool raw = t.strFlags & StrRaw;
  for (uint32_t i = begin; i < end; ++i) {
    char c = s[i];
    if (c == '\r') {  // source newlines read as "\n", as CPython's universal-newline reading does
      out += '\n';
      if (i + 1 < end && s[i + 1] == '\n')
        ++i;
      continue;
    }
    if (c != '\\' || raw) {
      out += c;
      if (c == '\\' && raw && i + 1 < end && s[i + 1] != '\r') {  // r"\'" keeps both characters
        out += s[++i];
      }
      continue;
    }
    const uint32_t escStart = i - t.bodyBegin;
    if (++i >= end) {
      out += '\\';
      break;
    }
    char e = s[i];
    auto truncated = [&](const char *what, uint32_t consumed) {
      syntaxError(t.range.end, "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                     std::to_string(escStart) + "-" +
                                     std::to_string(escStart + 1 + consumed) + ": " + what);
      return false;
    };
    switch (e) {
    case '\n': break;
    case '\r':
      if (i + 1 < end && s[i + 1] == '\n')
        ++i;
      break;
    case '\\': out += '\\'; break;
    case '\'': out += '\''; break;
    case '"': out += '"'; break;
    case 'a': out += '\a'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'n': out += '\n'; break;
    case 'r': out += '\r'; break;
    case 't': out += '\t'; break;
    case 'v': out += '\v'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t cp = e - '0';
      for (int k = 0; k < 2 && i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
        cp = cp * 8 + (s[++i] - '0');
      appendUtf8(out, cp);
      break;
    }
    case 'x': case 'u': case 'U': {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t cp = 0;
      for (int k = 0; k < digits; ++k) {
        int v = i + 1 < end ? hexValue(s[i + 1]) : -1;
        if (v < 0)
          return truncated(e == 'x' ? "truncated \\xXX escape"
                           : e == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape",
                           k);
        cp = cp * 16 + v;
        ++i;
      }
      if (cp > 0x10FFFF)
        return truncated("illegal Unicode character", digits);
      appendUtf8(out, cp);
      break;
    }
    case 'N':
      unsupported(t.range.begin, "'\\N{...}' escapes are not supported by fastjit");
      return false;
    default:
      // Unknown escapes keep their backslash (CPython only warns).
      out += '\\';
      out += e;
      break;
    }
  }
  return true;
}

ExprPtr Parser::parseStrings() {
  SourceLoc begin = tok().range.begin;
  auto fs = std::make_unique<FString>(SourceRange{});
  bool anyF = false;
  while (at(Tok::String)) {
    Token t = advance();
    if (t.strFlags & StrBytes) {
      unsupported(t.range.begin, "bytes literals are not supported by fastjit");
      return nullptr;
    }
    if (t.strFlags & StrFormat) {
      anyF = true;
      uint32_t i = t.bodyBegin;
      if (!parseFStringBody(t, i, t.bodyEnd, *fs, 0))
        return nullptr;
    } else {
      std::string s;
      if (!decodeEscapes(t, t.bodyBegin, t.bodyEnd, s))
        return nullptr;
      appendLiteral(*fs, std::move(s), t.range);
    }
  }
  SourceRange r = rangeFrom(begin);
  if (!anyF) {
    std::string value;
    if (!fs->parts.empty())
      value = std::move(llvm::cast<StrLit>(fs->parts.front().get())->value);
    return std::make_unique<StrLit>(r, std::move(value));
  }
  fs->range = r;
  return fs;
}

// Parses f-string text from `pos` up to `end` (top level) or up to the '}' that closes the
// enclosing replacement field (nesting > 0, a format spec), appending parts to `out`.
bool Parser::parseFStringBody(const Token &t, uint32_t begin, uint32_t end, FString &out,
                              int nesting) {
  // Where a nested format spec stopped is returned through fstringStop_.
  std::string_view s = file_.text();
  const bool raw = t.strFlags & StrRaw;
  uint32_t i = begin;
  auto loc = [&](uint32_t off) { return file_.locationOf(off); };
  // CPython 3.11 reports f-string scanning errors at the end of the string token.
  auto fail = [&](uint32_t, const char *msg) {
    syntaxError(t.range.end, msg);
    return false;
  };
  while (i < end) {
    // Literal text up to the next brace.
    uint32_t litBegin = i;
    while (i < end && s[i] != '{' && s[i] != '}') {
      if (s[i] == '\\' && !raw && i + 1 < end) {
        if (s[i + 1] == 'N' && i + 2 < end && s[i + 2] == '{') {
          unsupported(t.range.begin, "'\\N{...}' escapes are not supported by fastjit");
          return false;
        }
        if (s[i + 1] != '{' && s[i + 1] != '}')
          ++i;
      }
      ++i;
    }
    std::string lit;
    if (!decodeEscapes(t, litBegin, i, lit))
      return false;
    if (i < end && nesting == 0 && i + 1 < end && s[i + 1] == s[i]) {
      lit += s[i];  // `{{` or `}}`
      appendLiteral(out, std::move(lit), {loc(litBegin), loc(i + 2)});
      i += 2;
      continue;
    }
    appendLiteral(out, std::move(lit), {loc(litBegin), loc(i)});
    if (i >= end)
      break;
    if (s[i] == '}') {
      if (nesting > 0) {
        fstringStop_ = i;  // the end of a format spec
        return true;
      }
      return fail(i, "f-string: single '}' is not allowed");
    }
    // A replacement field.
    const uint32_t fieldBegin = i++;
    if (nesting >= 2)
      return fail(fieldBegin, "f-string: expressions nested too deeply");
    const uint32_t exprBegin = i;
    char quote = 0;
    int stringType = 0;
    std::vector<char> parens;
    for (; i < end; ++i) {
      char ch = s[i];
      if (ch == '\\')
        return fail(i, "f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (stringType == 3) {
            if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
              i += 2;
              quote = 0;
            }
          } else {
            quote = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') {
        if (parens.size() >= Lexer::kMaxParenDepth)
          return fail(i, "f-string: too many nested parenthesis");
        parens.push_back(ch);
        continue;
      }
      if (ch == '#')
        return fail(i, "f-string expression part cannot include '#'");
      if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' ||
                             ch == '>')) {
        if (i + 1 < end && s[i + 1] == '=' && ch != ':' && ch != '}') {
          ++i;  // !=, ==, <=, >=
          continue;
        }
        if (ch == '<' || ch == '>')
          continue;
        break;
      }
      if (ch == ')' || ch == ']' || ch == '}') {
        if (parens.empty()) {
          std::string msg = std::string("f-string: unmatched '") + ch + "'";
          return fail(i, msg.c_str());
        }
        char open = parens.back();
        parens.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
              (open == '{' && ch == '}'))) {
          std::string msg = std::string("f-string: closing parenthesis '") + ch +
                            "' does not match opening parenthesis '" + open + "'";
          return fail(i, msg.c_str());
        }
      }
    }
    if (quote)
      return fail(i, "f-string: unterminated string");
    if (!parens.empty()) {
      std::string msg = std::string("f-string: unmatched '") + parens.back() + "'";
      return fail(i, msg.c_str());
    }
    if (i >= end)
      return fail(i, "f-string: expecting '}'");
    const uint32_t exprEnd = i;
    bool blank = true;
    for (uint32_t k = exprBegin; k < exprEnd; ++k)
      if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' && s[k] != '\f')
        blank = false;
    if (blank)
      return fail(i, s[i] == '=' ? "f-string: expression required before '='"
                                 : "f-string: empty expression not allowed");

    // Parse the expression text in place.
    Lexer lexer(file_, diags_, exprBegin, exprEnd);
    std::vector<Token> toks = lexer.tokenize();
    if (lexer.failed()) {
      noteNestedError();
      return false;
    }
    Parser sub(file_, diags_, std::move(toks));
    sub.inFunction_ = inFunction_;
    sub.messagePrefix = "f-string: ";
    ExprPtr value = sub.parseStandaloneExpr();
    if (!value) {
      noteNestedError();
      return false;
    }

    auto field = std::make_unique<FormattedValue>(SourceRange{}, std::move(value));
    // `=`: the expression text itself (with its surrounding whitespace) becomes literal text.
    bool selfDoc = false;
    if (s[i] == '=') {
      ++i;
      while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
        ++i;
      if (i >= end)
        return fail(i, "f-string: expecting '}'");
      appendLiteral(out, std::string(s.substr(exprBegin, i - exprBegin)), {loc(exprBegin), loc(i)});
      selfDoc = true;
    }
    if (s[i] == '!') {
      ++i;
      if (i >= end)
        return fail(i, "f-string: expecting '}'");
      char conv = s[i++];
      if (conv != 's' && conv != 'r' && conv != 'a')
        return fail(i, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      field->conversion = conv;
    }
    if (i >= end)
      return fail(i, "f-string: expecting '}'");
    if (s[i] == ':') {
      ++i;
      field->formatSpec = std::make_unique<FString>(SourceRange{loc(i), loc(i)});
      fstringStop_ = end;
      if (!parseFStringBody(t, i, end, *field->formatSpec, nesting + 1))
        return false;
      field->formatSpec->range.end = loc(fstringStop_);
      i = fstringStop_;
    }
    if (i >= end || s[i] != '}')
      return fail(i, "f-string: expecting '}'");
    ++i;
    if (selfDoc && field->conversion == 0 && !field->formatSpec)
      field->conversion = 'r';
    field->range = {loc(fieldBegin), loc(i)};
    out.parts.push_back(std::move(field));
  }
  fstringStop_ = end;
  return true;
}

}  // namespace fastjit::detail
