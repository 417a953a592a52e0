// Internal to the parser (not for other stages): the Parser class shared by parser_stmt.cpp
// (statements, blocks, refusal of unsupported statements), parser_expr.cpp (expressions, targets)
// and fstring.cpp (string literals and f-strings).
//
// Error handling: every parse function returns null (or false) after reporting an error; the
// statement loop then skips to the next statement boundary. No C++ exceptions.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/lexer.h"
#include "frontend/token.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fastjit::detail {

class Parser {
public:
  Parser(const SourceFile &file, Diagnostics &diags, std::vector<Token> toks)
      : file_(file), diags_(diags), toks_(std::move(toks)) {}

  std::unique_ptr<ast::Module> parseFileInput();
  // Parses the whole token stream as one expression (an f-string replacement field). Returns null
  // after reporting an error.
  ast::ExprPtr parseStandaloneExpr();

  // Prepended to Python errors: "f-string: " when parsing a replacement field, as CPython does.
  std::string messagePrefix;

  // --- tokens ---
  const Token &tok(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < toks_.size() ? toks_[i] : toks_.back();
  }
  bool at(Tok k) const { return tok().kind == k; }
  bool accept(Tok k) {
    if (!at(k))
      return false;
    ++pos_;
    return true;
  }
  const Token &advance() {
    const Token &t = tok();
    if (pos_ < toks_.size() - 1)
      ++pos_;
    return t;
  }
  const Token &prev() const { return toks_[pos_ ? pos_ - 1 : 0]; }
  // Consumes a token of kind k, or reports `expected 'x'` (CPython's wording) and returns false.
  bool expect(Tok k, const char *what);
  bool expectHeaderColon();

  // --- errors ---
  void syntaxError(SourceLoc loc, std::string msg) { report(DiagKind::SyntaxError, loc, std::move(msg)); }
  void unsupported(SourceLoc loc, std::string msg) { report(DiagKind::Unsupported, loc, std::move(msg)); }
  void report(DiagKind kind, SourceLoc loc, std::string msg);
  // "invalid syntax" at the current token, or a more specific message (or refusal) for tokens that
  // start a construct fastjit refuses.
  void invalidSyntaxHere();
  // An error was reported by a nested lexer/parser (an f-string field) on this statement.
  void noteNestedError() {
    statementFailed_ = true;
    if (firstErrorToken_ == SIZE_MAX) {
      firstErrorToken_ = pos_ ? pos_ - 1 : 0;  // the string token
      firstErrorTokenLine_ = prev().range.begin.line;
    }
  }
  void refuseLambdaOrYield();
  void missingCommaOrInvalid(const ast::Expr *last);

  // --- statements (parser_stmt.cpp) ---
  void parseStatementInto(ast::StmtList &out);
  bool parseSimpleStatements(ast::StmtList &out);
  ast::StmtPtr parseSimpleStatement();
  bool parseBlock(ast::StmtList &out, const char *what, uint32_t headerLine);
  ast::StmtPtr parseIf(bool isElif);
  ast::StmtPtr parseWhile();
  ast::ExprPtr parseConditionHeader();
  bool parseElseBlock(std::vector<ast::StmtPtr> &orelse);
  ast::StmtPtr parseFor();
  ast::StmtPtr parseDef();
  ast::StmtPtr parseImport();
  ast::StmtPtr parseFromImport();
  ast::StmtPtr parseExprOrAssign();
  ast::StmtPtr parseDel();
  void skipStatement();       // recovery: to the end of the logical line, plus an indented block
  void refuseCompound(const Token &kw, std::string msg);

  // --- expressions (parser_expr.cpp) ---
  ast::ExprPtr parseExpression();          // `expression`: a conditional expression
  ast::ExprPtr parseNamedExpression();     // refuses `:=`
  ast::ExprPtr parseExpressionList(bool allowStar = false);  // a, b, c → Tuple
  ast::ExprPtr parseDisjunction();
  ast::ExprPtr parseConjunction();
  ast::ExprPtr parseBoolOp(Tok keyword, ast::BoolOpKind kind, ast::ExprPtr (Parser::*operand)());
  ast::ExprPtr parseInversion();
  ast::ExprPtr parseComparison();
  ast::ExprPtr parseBitOr();
  ast::ExprPtr parseBitXor();
  ast::ExprPtr parseBitAnd();
  ast::ExprPtr parseShift();
  ast::ExprPtr parseSum();
  ast::ExprPtr parseTerm();
  ast::ExprPtr parseFactor();
  ast::ExprPtr parsePower();
  ast::ExprPtr parsePrimary();
  ast::ExprPtr parseAtom();
  ast::ExprPtr parseParenthesized();
  ast::ExprPtr parseListDisplay();
  bool parseMoreElements(std::vector<ast::ExprPtr> &elts, Tok closer);
  ast::ExprPtr parseCall(ast::ExprPtr func);
  ast::ExprPtr parseSubscript(ast::ExprPtr value);
  ast::ExprPtr parseSliceItem();
  bool parseComprehensionClauses(std::vector<ast::Comprehension> &out);
  // Parses a `for` target list (stops before `in`).
  ast::ExprPtr parseTargetList();
  // Checks and marks an expression as an assignment / deletion target. `topLevelHint` selects
  // CPython's "... here. Maybe you meant '==' instead of '='?" wording.
  bool toTarget(ast::Expr *e, ast::ExprContext ctx, bool topLevelHint = false);
  bool isExpressionStart() const;

  // --- literals (fstring.cpp) ---
  ast::ExprPtr parseStrings();  // one or more adjacent string tokens
  bool parseFStringBody(const Token &t, uint32_t begin, uint32_t end, ast::FString &out,
                        int nesting);
  bool decodeEscapes(const Token &t, uint32_t begin, uint32_t end, std::string &out);

  // Depth guard for recursion that brackets do not bound (`- - - x`, `not not x`, `a if b else
  // c if ...`): past kMaxDepth, report instead of exhausting the C++ stack.
  // Left-deep chains (`1 + 1 + ...`, `a.b.c...`, `f()()...`) count too: the tree they build is
  // as deep as the chain is long, and every later pass (and the destructor) recurses over it.
  // CPython gives up on such chains as well (RecursionError during compilation, near 3000).
  static constexpr int kMaxDepth = 1000;
  static constexpr const char *kTooDeep = "expression is too deeply nested";
  struct DepthGuard {
    Parser &p;
    bool ok;
    explicit DepthGuard(Parser &p) : p(p), ok(++p.depth_ <= kMaxDepth) {
      if (!ok)
        p.reportTooDeep();
    }
    ~DepthGuard() { --p.depth_; }
  };
  void reportTooDeep() {
    if (!depthReported_) {
      depthReported_ = true;
      syntaxError(tok().range.begin, kTooDeep);
    }
  }
  // For loops that extend a chain: one more level; false (reported) past the limit.
  bool deepen(int &added) {
    ++depth_;
    ++added;
    if (depth_ <= kMaxDepth)
      return true;
    reportTooDeep();
    return false;
  }

  SourceRange rangeFrom(SourceLoc begin) const { return {begin, prev().range.end}; }

  const SourceFile &file_;
  Diagnostics &diags_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool depthReported_ = false;
  bool inFunction_ = false;
  bool statementFailed_ = false;  // an error was reported in the current statement
  size_t errorsReported_ = 0;
  // The token the parser stood on when it reported its first Python (not refusal) error.
  size_t firstErrorToken_ = SIZE_MAX;
  uint32_t firstErrorTokenLine_ = 0;
  uint32_t fstringStop_ = 0;  // where the last parseFStringBody stopped (a format spec's '}')
};

// CPython's name for an expression kind in messages ("literal", "function call", ...).
const char *exprKindDescription(const ast::Expr *e);

}  // namespace fastjit::detail
