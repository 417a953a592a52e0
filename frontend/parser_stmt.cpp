// Statement parsing: simple statements, compound statements and their blocks, imports, and the
// refusal of every statement form outside fastjit's subset (class, try, with, raise, decorators,
// async, match, nonlocal, nested def, annotations, other modules). Also parseModule (parser.h)
// and error recovery: after an error the rest of the logical line, and any block it opens, is
// skipped, and parsing resumes with the next statement.
#include "frontend/parser.h"
#include "frontend/parser_impl.h"

#include <llvm/Support/Casting.h>

#include <algorithm>

namespace fastjit {

std::unique_ptr<ast::Module> parseModule(const SourceFile &file, Diagnostics &diags,
                                         bool keepOnError) {
  size_t before = diags.errorCount();
  Diagnostics lexDiags(file);
  Lexer lexer(file, lexDiags);
  std::vector<Token> toks = lexer.tokenize();
  if (lexer.failed()) {
    // A tokenizer error is fatal and reported alone. But CPython's parser pulls tokens lazily, so
    // a syntax error it meets before the point where tokenizing failed comes first; and then
    // CPython tokenizes the rest of the file, and a tokenizer error there still replaces it
    // (an unclosed bracket only when it opened on an earlier line than the parser's error).
    const Diagnostic &lexError = lexDiags.diagnostics().front();
    Diagnostics parseDiags(file);
    size_t eofIndex = toks.size() - 1;  // where tokenizing stopped
    detail::Parser parser(file, parseDiags, std::move(toks));
    parser.parseFileInput();
    // The parser's first Python error counts only if it failed on a real token, not on the
    // end-of-input the tokenizer error left.
    const Diagnostic *parseError = nullptr;
    if (parser.firstErrorToken_ < eofIndex)
      for (const Diagnostic &d : parseDiags.diagnostics())
        if (d.kind != DiagKind::Unsupported) {
          parseError = &d;
          break;
        }
    bool parserWins = false;
    if (parseError) {
      // Indentation and line-continuation errors are raised by CPython's parser from the
      // tokenizer's state, so they do not replace an earlier parser error; other tokenizer
      // errors are raised at once by the tokenizer and do.
      const std::string &m = lexError.message;
      bool deferred = lexError.kind != DiagKind::SyntaxError ||
                      m == "unexpected character after line continuation character" ||
                      m == "unexpected EOF while parsing";
      bool unclosed = m.find("' was never closed") != std::string::npos;
      parserWins = parseError->message == "unexpected indent" || deferred ||
                   (unclosed && parser.firstErrorTokenLine_ <= lexError.loc.line);
    }
    const Diagnostic &d = parserWins ? *parseError : lexError;
    diags.error(d.kind, d.loc, d.message);
    return nullptr;
  }
  detail::Parser parser(file, diags, std::move(toks));
  auto mod = parser.parseFileInput();
  if (diags.errorCount() != before && !keepOnError)
    return nullptr;
  return mod;
}

}  // namespace fastjit

namespace fastjit::detail {

using namespace ast;
using llvm::isa;

namespace {
// The modules fastjit implements (SUBSET.md).
bool isSupportedModule(std::string_view name) {
  return name == "math" || name == "time" || name == "random" || name == "sys";
}
}  // namespace

void Parser::report(DiagKind kind, SourceLoc loc, std::string msg) {
  // One error per statement: the first is the real one, the rest would be consequences.
  if (statementFailed_)
    return;
  statementFailed_ = true;
  ++errorsReported_;
  if (kind != DiagKind::Unsupported) {
    msg = messagePrefix + msg;
    if (firstErrorToken_ == SIZE_MAX) {
      firstErrorToken_ = pos_;
      firstErrorTokenLine_ = tok().range.begin.line;
    }
  }
  diags_.error(kind, loc, std::move(msg));
}

// A token CPython's grammar forces (`&&':'`): missing, it is "expected ':'" wherever it was due.
bool Parser::expect(Tok k, const char *what) {
  if (accept(k))
    return true;
  if (at(Tok::ColonEqual)) {
    invalidSyntaxHere();
    return false;
  }
  syntaxError(tok().range.begin, std::string("expected '") + what + "'");
  return false;
}

// The ':' after an if/elif/while/for header: CPython says "expected ':'" only when the line ends
// there (its invalid_if_stmt rules), and "invalid syntax" at whatever else follows.
bool Parser::expectHeaderColon() {
  if (accept(Tok::Colon))
    return true;
  if (at(Tok::Newline))
    syntaxError(tok().range.begin, "expected ':'");
  else
    invalidSyntaxHere();
  return false;
}

// `lambda` where an expression may start, `yield` where a yield expression may stand (statement,
// right-hand side of `=`, parentheses): valid Python, refused. Elsewhere they are invalid syntax.
void Parser::refuseLambdaOrYield() {
  SourceLoc loc = tok().range.begin;
  if (at(Tok::KwLambda))
    return unsupported(loc, "'lambda' expressions are not supported by fastjit");
  if (at(Tok::KwYield)) {
    if (!inFunction_)
      return syntaxError(loc, "'yield' outside function");
    return unsupported(loc, "'yield' expressions (generators) are not supported by fastjit");
  }
  invalidSyntaxHere();
}

void Parser::invalidSyntaxHere() {
  const Token &t = tok();
  SourceLoc loc = t.range.begin;
  switch (t.kind) {
  case Tok::ColonEqual:
    return unsupported(loc, "assignment expressions (':=') are not supported by fastjit");
  case Tok::KwAwait:
    return unsupported(loc, "'await' expressions are not supported by fastjit");
  case Tok::Ellipsis:
    return unsupported(loc, "'...' (Ellipsis) is not supported by fastjit");
  case Tok::Star:
    return unsupported(loc, "star unpacking ('*x') is not supported by fastjit");
  case Tok::LBrace: {
    // Tell dict from set and display from comprehension by what follows at the top level.
    bool dict = tok(1).kind == Tok::RBrace || tok(1).kind == Tok::DoubleStar, comp = false;
    int depth = 0;
    for (size_t i = 1; pos_ + i < toks_.size(); ++i) {
      Tok k = tok(i).kind;
      if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace)
        ++depth;
      else if (k == Tok::RParen || k == Tok::RBracket || k == Tok::RBrace) {
        if (depth-- == 0)
          break;
      } else if (depth == 0 && k == Tok::Colon)
        dict = true;
      else if (depth == 0 && k == Tok::KwFor)
        comp = true;
      else if (k == Tok::EndOfFile)
        break;
    }
    std::string what = std::string(dict ? "dict" : "set") + (comp ? " comprehensions" : " displays");
    return unsupported(loc, what + " are not supported by fastjit");
  }
  default:
    return syntaxError(loc, "invalid syntax");
  }
}

std::unique_ptr<Module> Parser::parseFileInput() {
  SourceRange whole{file_.locationOf(0), file_.locationOf(static_cast<uint32_t>(file_.size()))};
  auto mod = std::make_unique<Module>(whole, &file_);
  while (!at(Tok::EndOfFile)) {
    if (accept(Tok::Newline) || accept(Tok::Dedent))
      continue;
    parseStatementInto(mod->body);
  }
  return mod;
}

ExprPtr Parser::parseStandaloneExpr() {
  statementFailed_ = false;
  ExprPtr e = parseExpressionList();
  if (e && !at(Tok::EndOfFile)) {
    // CPython parses a replacement field as if parenthesized, hence the comma hint.
    missingCommaOrInvalid(e.get());
    return nullptr;
  }
  return statementFailed_ ? nullptr : std::move(e);
}

void Parser::skipStatement() {
  while (!at(Tok::EndOfFile) && !at(Tok::Newline))
    advance();
  accept(Tok::Newline);
  for (;;) {
    if (at(Tok::Indent)) {
      int depth = 0;
      do {
        if (at(Tok::Indent))
          ++depth;
        else if (at(Tok::Dedent))
          --depth;
        advance();
      } while (depth > 0 && !at(Tok::EndOfFile));
    }
    // Clauses that continue the skipped compound statement cannot start a new one.
    if (at(Tok::KwElif) || at(Tok::KwElse) || at(Tok::KwExcept) || at(Tok::KwFinally)) {
      while (!at(Tok::EndOfFile) && !at(Tok::Newline))
        advance();
      accept(Tok::Newline);
      continue;
    }
    break;
  }
}

void Parser::refuseCompound(const Token &kw, std::string msg) {
  unsupported(kw.range.begin, std::move(msg));
}

void Parser::parseStatementInto(StmtList &out) {
  statementFailed_ = false;
  const Token &t = tok();
  if (t.kind == Tok::Indent) {
    // CPython points at the end of the indentation.
    SourceLoc loc = tok(1).range.begin;
    if (loc.column > 1) {
      --loc.column;
      --loc.offset;
    }
    report(DiagKind::IndentationError, loc, "unexpected indent");
    skipStatement();  // skips the whole indented region
    return;
  }
  StmtPtr s;
  bool ok = true;
  switch (t.kind) {
  case Tok::KwIf: s = parseIf(false); ok = s != nullptr; break;
  case Tok::KwWhile: s = parseWhile(); ok = s != nullptr; break;
  case Tok::KwFor: s = parseFor(); ok = s != nullptr; break;
  case Tok::KwDef: s = parseDef(); ok = s != nullptr; break;
  case Tok::KwClass:
    refuseCompound(t, "'class' statements are not supported by fastjit");
    ok = false;
    break;
  case Tok::KwTry: {
    refuseCompound(t, "'try' statements are not supported by fastjit");
    // Skip the header and its block; a try without except/finally is CPython's SyntaxError.
    while (!at(Tok::EndOfFile) && !at(Tok::Newline))
      advance();
    bool block = accept(Tok::Newline) && at(Tok::Indent);
    if (block)
      for (int depth = 0; depth > 0 || at(Tok::Indent);) {
        if (at(Tok::Indent))
          ++depth;
        else if (at(Tok::Dedent))
          --depth;
        advance();
        if (depth == 0 || at(Tok::EndOfFile))
          break;
      }
    if (!at(Tok::KwExcept) && !at(Tok::KwFinally)) {
      SourceLoc loc = tok().range.begin;
      if (at(Tok::EndOfFile))  // CPython points at the end of the last line
        for (size_t i = pos_; i-- > 0;)
          if (toks_[i].kind == Tok::Newline) {
            loc = toks_[i].range.begin;
            break;
          }
      statementFailed_ = false;
      syntaxError(loc, "expected 'except' or 'finally' block");
      break;  // the next token starts a statement of its own: nothing more to skip
    }
    ok = false;  // skip the except/else/finally clauses
    break;
  }
  case Tok::KwWith:
    refuseCompound(t, "'with' statements are not supported by fastjit");
    ok = false;
    break;
  case Tok::KwAsync:
    refuseCompound(t, "'async' functions and statements are not supported by fastjit");
    ok = false;
    break;
  case Tok::At:
    refuseCompound(t, "decorators are not supported by fastjit");
    // Skip the decorator lines and the decorated definition.
    while (at(Tok::At)) {
      while (!at(Tok::Newline) && !at(Tok::EndOfFile))
        advance();
      accept(Tok::Newline);
    }
    ok = false;
    break;
  case Tok::KwElif:
  case Tok::KwElse:
  case Tok::KwExcept:
  case Tok::KwFinally:
    syntaxError(t.range.begin, "invalid syntax");
    ok = false;
    break;
  default: {
    // `match subject:` (a soft keyword): a statement starting with the name `match` whose logical
    // line ends with ':' and that is not an assignment or an attribute/call expression.
    if (t.kind == Tok::Name && t.text == "match") {
      Tok next = tok(1).kind;
      size_t i = 1;
      while (tok(i).kind != Tok::Newline && tok(i).kind != Tok::EndOfFile)
        ++i;
      if (tok(i - 1).kind == Tok::Colon && next != Tok::Equal && next != Tok::Dot &&
          next != Tok::Colon && next != Tok::Comma && next != Tok::Newline) {
        refuseCompound(t, "'match' statements are not supported by fastjit");
        ok = false;
        break;
      }
    }
    size_t before = out.size();
    ok = parseSimpleStatements(out);
    if (!ok)
      out.resize(before);
    break;
  }
  }
  if (!ok) {
    skipStatement();
    return;
  }
  if (s)
    out.push_back(std::move(s));
}

bool Parser::parseSimpleStatements(StmtList &out) {
  do {
    SourceLoc begin = tok().range.begin;
    bool isPrintName = at(Tok::Name) && tok().text == "print";
    StmtPtr s = parseSimpleStatement();
    if (!s)
      return false;
    if (isPrintName && isa<ExprStmt>(s.get()) && isa<Name>(llvm::cast<ExprStmt>(s.get())->value.get()) &&
        isExpressionStart()) {
      syntaxError(begin, "Missing parentheses in call to 'print'. Did you mean print(...)?");
      return false;
    }
    out.push_back(std::move(s));
  } while (accept(Tok::Semicolon) && !at(Tok::Newline) && !at(Tok::EndOfFile));
  if (!accept(Tok::Newline) && !at(Tok::EndOfFile)) {
    invalidSyntaxHere();
    return false;
  }
  return true;
}

StmtPtr Parser::parseSimpleStatement() {
  const Token &t = tok();
  SourceLoc begin = t.range.begin;
  switch (t.kind) {
  case Tok::KwPass:
    advance();
    return std::make_unique<Pass>(t.range);
  case Tok::KwBreak:
    advance();
    return std::make_unique<Break>(t.range);
  case Tok::KwContinue:
    advance();
    return std::make_unique<Continue>(t.range);
  case Tok::KwReturn: {
    advance();
    ExprPtr value;
    if (isExpressionStart()) {
      value = parseExpressionList();
      if (!value)
        return nullptr;
    }
    return std::make_unique<Return>(rangeFrom(begin), std::move(value));
  }
  case Tok::KwGlobal: {
    advance();
    auto g = std::make_unique<Global>(SourceRange{});
    do {
      if (!at(Tok::Name)) {
        invalidSyntaxHere();
        return nullptr;
      }
      g->names.emplace_back(advance().text);
    } while (accept(Tok::Comma));
    g->range = rangeFrom(begin);
    return g;
  }
  case Tok::KwNonlocal:
    if (!inFunction_)
      syntaxError(begin, "nonlocal declaration not allowed at module level");
    else
      unsupported(begin, "'nonlocal' statements are not supported by fastjit");
    return nullptr;
  case Tok::KwRaise:
    unsupported(begin, "'raise' statements are not supported by fastjit");
    return nullptr;
  case Tok::KwYield:
    refuseLambdaOrYield();
    return nullptr;
  case Tok::KwAssert: {
    advance();
    ExprPtr test = parseExpression();
    if (!test)
      return nullptr;
    ExprPtr msg;
    if (accept(Tok::Comma)) {
      msg = parseExpression();
      if (!msg)
        return nullptr;
    }
    return std::make_unique<Assert>(rangeFrom(begin), std::move(test), std::move(msg));
  }
  case Tok::KwImport:
    return parseImport();
  case Tok::KwFrom:
    return parseFromImport();
  case Tok::KwDel:
    return parseDel();
  default:
    return parseExprOrAssign();
  }
}

StmtPtr Parser::parseExprOrAssign() {
  SourceLoc begin = tok().range.begin;
  ExprPtr first = parseExpressionList();
  if (!first)
    return nullptr;
  if (at(Tok::Colon)) {
    // Points at the annotation's ':' (tests/conformance/refused records this position).
    unsupported(tok().range.begin,
                "annotated assignments ('x: int = ...') are not supported by fastjit");
    return nullptr;
  }
  rt::BinaryOp aug;
  bool isAug = true;
  switch (tok().kind) {
  case Tok::PlusEqual: aug = rt::BinaryOp::Add; break;
  case Tok::MinusEqual: aug = rt::BinaryOp::Sub; break;
  case Tok::StarEqual: aug = rt::BinaryOp::Mul; break;
  case Tok::SlashEqual: aug = rt::BinaryOp::TrueDiv; break;
  case Tok::DoubleSlashEqual: aug = rt::BinaryOp::FloorDiv; break;
  case Tok::PercentEqual: aug = rt::BinaryOp::Mod; break;
  case Tok::DoubleStarEqual: aug = rt::BinaryOp::Pow; break;
  case Tok::AmperEqual: aug = rt::BinaryOp::BitAnd; break;
  case Tok::VBarEqual: aug = rt::BinaryOp::BitOr; break;
  case Tok::CircumflexEqual: aug = rt::BinaryOp::BitXor; break;
  case Tok::LeftShiftEqual: aug = rt::BinaryOp::LShift; break;
  case Tok::RightShiftEqual: aug = rt::BinaryOp::RShift; break;
  case Tok::AtEqual:
    unsupported(tok().range.begin, "the '@' (matrix multiplication) operator is not supported by fastjit");
    return nullptr;
  default: isAug = false;
  }
  if (isAug) {
    if (!isa<Name>(first.get()) && !isa<Attribute>(first.get()) && !isa<Subscript>(first.get())) {
      syntaxError(first->range.begin, std::string("'") + exprKindDescription(first.get()) +
                                          "' is an illegal expression for augmented assignment");
      return nullptr;
    }
    if (!toTarget(first.get(), ExprContext::Store))
      return nullptr;
    advance();
    if (at(Tok::KwYield)) {
      refuseLambdaOrYield();
      return nullptr;
    }
    ExprPtr value = parseExpressionList();
    if (!value)
      return nullptr;
    return std::make_unique<AugAssign>(rangeFrom(begin), std::move(first), aug, std::move(value));
  }
  if (!at(Tok::Equal))
    return std::make_unique<ExprStmt>(rangeFrom(begin), std::move(first));
  ExprList exprs;
  exprs.push_back(std::move(first));
  while (accept(Tok::Equal)) {
    if (at(Tok::KwYield)) {
      refuseLambdaOrYield();
      return nullptr;
    }
    ExprPtr e = parseExpressionList();
    if (!e)
      return nullptr;
    exprs.push_back(std::move(e));
  }
  if (at(Tok::ColonEqual)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr value = std::move(exprs.back());
  exprs.pop_back();
  for (ExprPtr &target : exprs)
    if (!toTarget(target.get(), ExprContext::Store, exprs.size() == 1))
      return nullptr;
  auto assign = std::make_unique<Assign>(rangeFrom(begin), std::move(value));
  assign->targets = std::move(exprs);
  return assign;
}

StmtPtr Parser::parseDel() {
  SourceLoc begin = advance().range.begin;  // 'del'
  ExprPtr targets = parseExpressionList();
  if (!targets)
    return nullptr;
  auto del = std::make_unique<Delete>(SourceRange{});
  // Flatten `del a[0], (b[1], c[2])` into a list of single targets.
  std::vector<ExprPtr> work;
  work.push_back(std::move(targets));
  while (!work.empty()) {
    ExprPtr e = std::move(work.front());
    work.erase(work.begin());
    ExprList *elts = nullptr;
    if (auto *t = llvm::dyn_cast<TupleDisplay>(e.get()))
      elts = &t->elts;
    else if (auto *l = llvm::dyn_cast<ListDisplay>(e.get()))
      elts = &l->elts;
    if (elts) {
      for (size_t i = 0; i < elts->size(); ++i)
        work.insert(work.begin() + i, std::move((*elts)[i]));
      continue;
    }
    if (isa<Name>(e.get())) {
      unsupported(e->range.begin, "'del' of a name is not supported by fastjit");
      return nullptr;
    }
    if (isa<Attribute>(e.get())) {
      unsupported(e->range.begin, "'del' of an attribute is not supported by fastjit");
      return nullptr;
    }
    if (!toTarget(e.get(), ExprContext::Del))
      return nullptr;
    del->targets.push_back(std::move(e));
  }
  del->range = rangeFrom(begin);
  return del;
}

StmtPtr Parser::parseImport() {
  SourceLoc begin = advance().range.begin;  // 'import'
  auto imp = std::make_unique<Import>(SourceRange{});
  do {
    Alias a;
    a.range.begin = tok().range.begin;
    if (!at(Tok::Name)) {
      invalidSyntaxHere();
      return nullptr;
    }
    a.name = std::string(advance().text);
    while (accept(Tok::Dot)) {
      if (!at(Tok::Name)) {
        invalidSyntaxHere();
        return nullptr;
      }
      a.name += "." + std::string(advance().text);
    }
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) {
        invalidSyntaxHere();
        return nullptr;
      }
      a.asname = std::string(advance().text);
    }
    a.range = rangeFrom(a.range.begin);
    if (!isSupportedModule(a.name)) {
      unsupported(a.range.begin, "module '" + a.name + "' is not supported by fastjit");
      return nullptr;
    }
    imp->names.push_back(std::move(a));
  } while (accept(Tok::Comma));
  imp->range = rangeFrom(begin);
  return imp;
}

StmtPtr Parser::parseFromImport() {
  SourceLoc begin = advance().range.begin;  // 'from'
  if (at(Tok::Dot) || at(Tok::Ellipsis)) {
    unsupported(tok().range.begin, "relative imports are not supported by fastjit");
    return nullptr;
  }
  if (!at(Tok::Name)) {
    invalidSyntaxHere();
    return nullptr;
  }
  SourceLoc modBegin = tok().range.begin;
  std::string module(advance().text);
  while (accept(Tok::Dot)) {
    if (!at(Tok::Name)) {
      invalidSyntaxHere();
      return nullptr;
    }
    module += "." + std::string(advance().text);
  }
  if (!accept(Tok::KwImport)) {  // not one of the tokens CPython's grammar names when missing
    invalidSyntaxHere();
    return nullptr;
  }
  if (at(Tok::Star)) {
    unsupported(tok().range.begin, "wildcard imports ('from m import *') are not supported by fastjit");
    return nullptr;
  }
  auto imp = std::make_unique<ImportFrom>(SourceRange{}, module);
  bool parens = accept(Tok::LParen);
  for (;;) {
    if (!at(Tok::Name)) {
      invalidSyntaxHere();
      return nullptr;
    }
    Alias a;
    a.range.begin = tok().range.begin;
    a.name = std::string(advance().text);
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) {
        invalidSyntaxHere();
        return nullptr;
      }
      a.asname = std::string(advance().text);
    }
    a.range = rangeFrom(a.range.begin);
    imp->names.push_back(std::move(a));
    if (!accept(Tok::Comma))
      break;
    if (parens && at(Tok::RParen))
      break;
    if (!parens && (at(Tok::Newline) || at(Tok::Semicolon) || at(Tok::EndOfFile))) {
      syntaxError(tok().range.begin, "trailing comma not allowed without surrounding parentheses");
      return nullptr;
    }
  }
  if (parens && !accept(Tok::RParen)) {
    invalidSyntaxHere();
    return nullptr;
  }
  if (!isSupportedModule(module)) {
    unsupported(modBegin, "module '" + module + "' is not supported by fastjit");
    return nullptr;
  }
  imp->range = rangeFrom(begin);
  return imp;
}

// A compound statement ends where the last statement of its last block ends (as in CPython), not
// at the NEWLINE/DEDENT tokens that close it.
static SourceRange compoundRange(SourceLoc begin, const StmtList &body, const StmtList &orelse,
                                 SourceRange fallback) {
  const StmtList &last = orelse.empty() ? body : orelse;
  if (last.empty())
    return fallback;
  return {begin, last.back()->range.end};
}

bool Parser::parseBlock(StmtList &out, const char *what, uint32_t headerLine) {
  if (!accept(Tok::Newline))
    return parseSimpleStatements(out);  // `if x: y = 1` on one line
  if (!accept(Tok::Indent)) {
    // At the end of the file CPython points at the end of the header line.
    SourceLoc loc = at(Tok::EndOfFile) || at(Tok::Dedent) ? prev().range.begin : tok().range.begin;
    report(DiagKind::IndentationError, loc,
           std::string("expected an indented block after ") + what + " on line " +
               std::to_string(headerLine));
    return true;  // nothing to skip: the next line is a statement of its own
  }
  while (!at(Tok::Dedent) && !at(Tok::EndOfFile))
    parseStatementInto(out);
  accept(Tok::Dedent);
  return true;
}

// The condition of an `if`/`elif`/`while` header and its colon; `if x = 1:` gets CPython's hint.
ExprPtr Parser::parseConditionHeader() {
  ExprPtr test = parseNamedExpression();
  if (!test)
    return nullptr;
  if (at(Tok::Equal)) {
    syntaxError(test->range.begin, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return nullptr;
  }
  if (!expectHeaderColon())
    return nullptr;
  return test;
}

// An optional `else:` block of an if/while/for; false on a syntax error.
bool Parser::parseElseBlock(std::vector<StmtPtr> &orelse) {
  if (!at(Tok::KwElse))
    return true;
  uint32_t line = advance().range.begin.line;
  return expect(Tok::Colon, ":") && parseBlock(orelse, "'else' statement", line);
}

StmtPtr Parser::parseIf(bool isElif) {
  const Token &kw = advance();  // 'if' / 'elif'
  SourceLoc begin = kw.range.begin;
  ExprPtr test = parseConditionHeader();
  if (!test)
    return nullptr;
  auto node = std::make_unique<If>(SourceRange{}, std::move(test));
  if (!parseBlock(node->body, isElif ? "'elif' statement" : "'if' statement", begin.line))
    return nullptr;
  if (at(Tok::KwElif)) {
    StmtPtr elif = parseIf(true);
    if (!elif)
      return nullptr;
    node->orelse.push_back(std::move(elif));
  } else if (!parseElseBlock(node->orelse)) {
    return nullptr;
  }
  node->range = compoundRange(begin, node->body, node->orelse, rangeFrom(begin));
  return node;
}

StmtPtr Parser::parseWhile() {
  SourceLoc begin = advance().range.begin;  // 'while'
  ExprPtr test = parseConditionHeader();
  if (!test)
    return nullptr;
  auto node = std::make_unique<While>(SourceRange{}, std::move(test));
  if (!parseBlock(node->body, "'while' statement", begin.line))
    return nullptr;
  if (!parseElseBlock(node->orelse))
    return nullptr;
  node->range = compoundRange(begin, node->body, node->orelse, rangeFrom(begin));
  return node;
}

StmtPtr Parser::parseFor() {
  SourceLoc begin = advance().range.begin;  // 'for'
  ExprPtr target = parseTargetList();
  if (!target)
    return nullptr;
  if (!accept(Tok::KwIn)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr iter = parseExpressionList();
  if (!iter)
    return nullptr;
  if (!expectHeaderColon())
    return nullptr;
  auto node = std::make_unique<For>(SourceRange{}, std::move(target), std::move(iter));
  if (!parseBlock(node->body, "'for' statement", begin.line))
    return nullptr;
  if (!parseElseBlock(node->orelse))
    return nullptr;
  node->range = compoundRange(begin, node->body, node->orelse, rangeFrom(begin));
  return node;
}

StmtPtr Parser::parseDef() {
  const Token &kw = advance();  // 'def'
  SourceLoc begin = kw.range.begin;
  if (inFunction_) {
    unsupported(begin, "nested functions ('def' inside a function) are not supported by fastjit");
    return nullptr;
  }
  if (!at(Tok::Name)) {
    invalidSyntaxHere();
    return nullptr;
  }
  auto fn = std::make_unique<FunctionDef>(SourceRange{}, std::string(advance().text));
  if (!expect(Tok::LParen, "("))
    return nullptr;
  bool sawDefault = false;
  while (!at(Tok::RParen)) {
    const Token &t = tok();
    if (t.kind == Tok::Star) {
      if (tok(1).kind == Tok::Name)
        unsupported(t.range.begin, "variadic parameters ('*" + std::string(tok(1).text) +
                                       "') are not supported by fastjit");
      else
        unsupported(t.range.begin, "keyword-only parameters are not supported by fastjit");
      return nullptr;
    }
    if (t.kind == Tok::DoubleStar) {
      unsupported(t.range.begin, "variadic keyword parameters ('**" +
                                     std::string(tok(1).kind == Tok::Name ? tok(1).text : "") +
                                     "') are not supported by fastjit");
      return nullptr;
    }
    if (t.kind == Tok::Slash) {
      unsupported(t.range.begin, "positional-only parameters ('/') are not supported by fastjit");
      return nullptr;
    }
    if (t.kind != Tok::Name) {
      invalidSyntaxHere();
      return nullptr;
    }
    Param p;
    p.range = t.range;
    p.name = std::string(advance().text);
    if (at(Tok::Colon)) {
      unsupported(tok().range.begin, "annotations are not supported by fastjit");
      return nullptr;
    }
    if (accept(Tok::Equal)) {
      p.defaultValue = parseExpression();
      if (!p.defaultValue)
        return nullptr;
      sawDefault = true;
    } else if (sawDefault) {
      syntaxError(p.range.begin, "non-default argument follows default argument");
      return nullptr;
    }
    p.range = rangeFrom(p.range.begin);
    for (const Param &other : fn->params)
      if (other.name == p.name) {
        syntaxError(p.range.begin, "duplicate argument '" + p.name + "' in function definition");
        return nullptr;
      }
    fn->params.push_back(std::move(p));
    if (!accept(Tok::Comma))
      break;
  }
  if (!accept(Tok::RParen)) {
    invalidSyntaxHere();
    return nullptr;
  }
  if (at(Tok::Arrow)) {
    unsupported(tok().range.begin, "annotations are not supported by fastjit");
    return nullptr;
  }
  if (!expect(Tok::Colon, ":"))
    return nullptr;
  inFunction_ = true;
  bool ok = parseBlock(fn->body, "function definition", begin.line);
  inFunction_ = false;
  if (!ok)
    return nullptr;
  fn->range = compoundRange(begin, fn->body, {}, rangeFrom(begin));
  return fn;
}

}  // namespace fastjit::detail
