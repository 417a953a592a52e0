// Tokens of Python source as the lexer produces them: kinds (one per operator, delimiter and
// keyword), their source ranges and text. Literal values are not decoded here: numbers carry their
// parsed value (the lexer validates their syntax anyway), strings carry only their prefix flags and
// raw text; frontend/strings.cpp decodes escapes and f-strings for the parser.
#pragma once

#include "frontend/source.h"

#include <cstdint>
#include <string_view>

namespace fastjit {

enum class Tok : uint8_t {
  EndOfFile,
  Newline,  // end of a logical line
  Indent,
  Dedent,
  Name,
  Int,
  Float,
  Imag,
  String,  // any string literal, including f-strings and (refused) bytes

  // Keywords. Soft keywords (match, case, _) are Names.
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
  KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf,
  KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry,
  KwWhile, KwWith, KwYield,

  // Operators and delimiters.
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Comma, Colon, Semicolon, Dot, Ellipsis, Arrow, At, ColonEqual,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar,
  LeftShift, RightShift, Amper, VBar, Circumflex, Tilde,
  Less, Greater, LessEqual, GreaterEqual, EqEqual, NotEqual,
  Equal,
  PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
  AtEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,

  // A character that is no Python token ($, ?, `, a lone !, <>). Like CPython's tokenizer, the
  // lexer passes it on and the parser reports "invalid syntax" there.
  Unknown,
};

// A readable name of the kind: "NAME", "NEWLINE", "'+='", "'def'".
const char *tokName(Tok t);

// String prefix flags, set on Tok::String.
enum StrFlags : uint8_t {
  StrRaw = 1,
  StrFormat = 2,
  StrBytes = 4,
  StrTriple = 8,
};

struct Token {
  Tok kind = Tok::EndOfFile;
  SourceRange range;
  std::string_view text;  // the exact source text (empty for Indent/Dedent/EndOfFile)

  // Int: value, or fitsInt64 == false when the literal exceeds int64 (kept for a run-time
  // OverflowError). Float: fvalue. Imag: fvalue is the imaginary part.
  int64_t ivalue = 0;
  double fvalue = 0;
  bool fitsInt64 = true;

  // String: prefix flags, the quote character, and the offsets of the body (between the quotes).
  uint8_t strFlags = 0;
  char quote = 0;
  uint32_t bodyBegin = 0, bodyEnd = 0;

  bool is(Tok k) const { return kind == k; }
};

}  // namespace fastjit
