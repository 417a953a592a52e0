// The tokenizer: Python 3.11's lexical rules (CPython's Parser/tokenizer.c is the model) turned
// into a vector of Tokens ending with EndOfFile. It handles INDENT/DEDENT with Python's tab rules
// (tabs to multiples of 8, checked against tabs-as-1 for TabError), implicit joining inside
// brackets, backslash continuation, comments, every numeric literal form with CPython's error
// messages, and finds the extent of string literals (decoding is frontend/strings.cpp's job).
//
// Errors are reported to Diagnostics with CPython's messages and end tokenizing (as in CPython, a
// tokenizer error is fatal); the token vector then stops with EndOfFile at the error. The lexer
// never refuses subset constructs: that is the parser's job.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "frontend/token.h"

#include <vector>

namespace fastjit {

class Lexer {
public:
  // Lexes a whole file (statement mode: NEWLINE/INDENT/DEDENT are produced).
  Lexer(const SourceFile &file, Diagnostics &diags);
  // Lexes the bytes [begin, end) of the file as one expression inside implicit parentheses (the
  // expression part of an f-string replacement field): no NEWLINE/INDENT tokens, newlines are
  // whitespace.
  Lexer(const SourceFile &file, Diagnostics &diags, uint32_t begin, uint32_t end);

  // Produces all tokens; always ends with one EndOfFile token. Call once.
  std::vector<Token> tokenize();

  // True when tokenize() reported an error.
  bool failed() const { return failed_; }

  // The deepest bracket nesting CPython allows ("too many nested parentheses").
  static constexpr size_t kMaxParenDepth = 200;
  // The deepest indentation CPython allows ("too many levels of indentation").
  static constexpr size_t kMaxIndentDepth = 100;

private:
  struct Open {
    char ch;
    SourceLoc loc;
  };

  bool atEnd() const { return pos_ >= end_; }
  char peek(uint32_t ahead = 0) const {
    return pos_ + ahead < end_ ? text_[pos_ + ahead] : '\0';
  }
  // Offsets are converted incrementally from the last one (tokens come in order), so a line of a
  // million characters costs linear time, not quadratic.
  SourceLoc loc(uint32_t offset) const;
  void fail(DiagKind kind, uint32_t offset, std::string message);
  void push(Tok kind, uint32_t begin, uint32_t end);

  bool checkEncoding();
  bool handleIndentation();  // at the start of a line outside brackets; false on error
  bool lexNumber();
  bool lexString(uint32_t start, uint8_t flags);
  bool lexNameOrString();
  bool lexOperator();
  uint32_t decodeCodePoint(uint32_t at, uint32_t &len) const;

  const SourceFile &file_;
  Diagnostics &diags_;
  std::string_view text_;
  uint32_t pos_;
  uint32_t end_;
  bool exprMode_;
  bool failed_ = false;
  bool atLineStart_ = true;
  std::vector<Token> toks_;
  std::vector<Open> parens_;
  std::vector<uint32_t> indents_{0}, altIndents_{0};
  mutable SourceLoc lastLoc_;
  mutable uint32_t lastLineEnd_ = 0;  // offset where lastLoc_'s line ends (exclusive)
};

// True for identifiers that are Python keywords (hard keywords only).
bool isKeyword(std::string_view name);

}  // namespace fastjit
