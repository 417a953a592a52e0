// Expression parsing: Python's precedence ladder (conditional → or → and → not → comparison →
// | → ^ → & → shifts → + - → * / // % → unary → ** → primary → atom), calls, subscripts, slices,
// list displays and comprehensions, and assignment targets. Valid expressions outside the subset
// (lambda, dict/set displays, generator expressions, star unpacking, walrus, @, ...) are refused
// here with a named message; invalid ones get CPython 3.11's message.
#include "frontend/parser_impl.h"

#include <llvm/Support/Casting.h>

namespace fastjit::detail {

using namespace ast;
using llvm::dyn_cast;
using llvm::isa;

const char *exprKindDescription(const Expr *e) {
  switch (e->kind()) {
  case Kind::Name: return "name";
  case Kind::Attribute: return "attribute";
  case Kind::Subscript: return "subscript";
  case Kind::ListDisplay: return "list";
  case Kind::TupleDisplay: return "tuple";
  case Kind::Call: return "function call";
  case Kind::BinOp:
  case Kind::BoolOp:
  case Kind::UnaryOp: return "expression";
  case Kind::ListComp: return "list comprehension";
  case Kind::FString:
  case Kind::FormattedValue: return "f-string expression";
  case Kind::NoneLit: return "None";
  case Kind::BoolLit: return llvm::cast<BoolLit>(e)->value ? "True" : "False";
  case Kind::Compare: return "comparison";
  case Kind::IfExp: return "conditional expression";
  case Kind::Slice: return "slice";
  default: return "literal";
  }
}

// CPython's invalid_expression rule: inside brackets, two expressions in a row (`(1 2)`) are
// probably a forgotten comma, except NAME STRING (`print "x"`-like prefixes).
void Parser::missingCommaOrInvalid(const Expr *last) {
  switch (tok().kind) {
  case Tok::Name: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::String:
  case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::LParen: case Tok::LBracket:
    break;
  default:
    return invalidSyntaxHere();
  }
  if (llvm::isa<Name>(last) && at(Tok::String))
    return invalidSyntaxHere();
  syntaxError(last->range.begin, "invalid syntax. Perhaps you forgot a comma?");
}

bool Parser::isExpressionStart() const {
  switch (tok().kind) {
  case Tok::Name: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::String:
  case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::KwNot: case Tok::KwLambda:
  case Tok::KwAwait: case Tok::KwYield: case Tok::LParen: case Tok::LBracket: case Tok::LBrace:
  case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::Star: case Tok::Ellipsis:
    return true;
  default:
    return false;
  }
}

ExprPtr Parser::parseExpression() {
  DepthGuard g(*this);
  if (!g.ok)
    return nullptr;
  if (at(Tok::KwLambda)) {
    refuseLambdaOrYield();
    return nullptr;
  }
  SourceLoc begin = tok().range.begin;
  ExprPtr body = parseDisjunction();
  if (!body)
    return nullptr;
  if (!accept(Tok::KwIf))
    return body;
  ExprPtr test = parseDisjunction();
  if (!test)
    return nullptr;
  if (!accept(Tok::KwElse)) {
    syntaxError(begin, "expected 'else' after 'if' expression");
    return nullptr;
  }
  ExprPtr orelse = parseExpression();
  if (!orelse)
    return nullptr;
  return std::make_unique<IfExp>(rangeFrom(begin), std::move(test), std::move(body),
                                 std::move(orelse));
}

ExprPtr Parser::parseNamedExpression() {
  ExprPtr e = parseExpression();
  if (e && at(Tok::ColonEqual)) {
    invalidSyntaxHere();
    return nullptr;
  }
  return e;
}

// `a, b, c` (a tuple when there is a comma). Stops at anything that cannot start an expression,
// so trailing commas work: `x = 1,`.
ExprPtr Parser::parseExpressionList(bool allowStar) {
  SourceLoc begin = tok().range.begin;
  if (at(Tok::Star)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr first = parseExpression();
  if (!first || !at(Tok::Comma))
    return first;
  auto tuple = std::make_unique<TupleDisplay>(SourceRange{});
  tuple->elts.push_back(std::move(first));
  while (accept(Tok::Comma)) {
    if (!isExpressionStart())
      break;
    if (at(Tok::Star)) {
      invalidSyntaxHere();
      return nullptr;
    }
    ExprPtr e = parseExpression();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  tuple->range = rangeFrom(begin);
  return tuple;
}

// `a or b or c` and `a and b and c`: one BoolOp with every operand, as Python's AST has it.
ExprPtr Parser::parseBoolOp(Tok keyword, BoolOpKind kind, ExprPtr (Parser::*operand)()) {
  SourceLoc begin = tok().range.begin;
  ExprPtr first = (this->*operand)();
  if (!first || !at(keyword))
    return first;
  auto op = std::make_unique<BoolOp>(SourceRange{}, kind);
  op->values.push_back(std::move(first));
  while (accept(keyword)) {
    ExprPtr e = (this->*operand)();
    if (!e)
      return nullptr;
    op->values.push_back(std::move(e));
  }
  op->range = rangeFrom(begin);
  return op;
}

ExprPtr Parser::parseDisjunction() {
  return parseBoolOp(Tok::KwOr, BoolOpKind::Or, &Parser::parseConjunction);
}

ExprPtr Parser::parseConjunction() {
  return parseBoolOp(Tok::KwAnd, BoolOpKind::And, &Parser::parseInversion);
}

ExprPtr Parser::parseInversion() {
  if (!at(Tok::KwNot))
    return parseComparison();
  DepthGuard g(*this);
  if (!g.ok)
    return nullptr;
  SourceLoc begin = advance().range.begin;
  ExprPtr operand = parseInversion();
  if (!operand)
    return nullptr;
  return std::make_unique<ast::UnaryOp>(rangeFrom(begin), rt::UnaryOp::Not, std::move(operand));
}

ExprPtr Parser::parseComparison() {
  SourceLoc begin = tok().range.begin;
  ExprPtr left = parseBitOr();
  if (!left)
    return nullptr;
  std::unique_ptr<Compare> cmp;
  for (;;) {
    rt::CompareOp op;
    switch (tok().kind) {
    case Tok::Less: op = rt::CompareOp::Lt; break;
    case Tok::LessEqual: op = rt::CompareOp::Le; break;
    case Tok::Greater: op = rt::CompareOp::Gt; break;
    case Tok::GreaterEqual: op = rt::CompareOp::Ge; break;
    case Tok::EqEqual: op = rt::CompareOp::Eq; break;
    case Tok::NotEqual: op = rt::CompareOp::Ne; break;
    case Tok::KwIn: op = rt::CompareOp::In; break;
    case Tok::KwIs:
      op = tok(1).kind == Tok::KwNot ? rt::CompareOp::IsNot : rt::CompareOp::Is;
      break;
    case Tok::KwNot:
      if (tok(1).kind == Tok::KwIn) {
        op = rt::CompareOp::NotIn;
        break;
      }
      // `a not b`: CPython fails where it expected `in`.
      syntaxError(tok(1).range.begin, "invalid syntax");
      return nullptr;
    default:
      if (cmp) {
        cmp->range = rangeFrom(begin);
        return cmp;
      }
      return left;
    }
    advance();
    if (op == rt::CompareOp::IsNot || op == rt::CompareOp::NotIn)
      advance();
    ExprPtr right = parseBitOr();
    if (!right)
      return nullptr;
    if (!cmp)
      cmp = std::make_unique<Compare>(SourceRange{}, std::move(left));
    cmp->ops.push_back(op);
    cmp->comparators.push_back(std::move(right));
  }
}

namespace {
// One level of left-associative binary operators.
template <typename Next>
ExprPtr binaryLevel(Parser &p, Next next, std::initializer_list<std::pair<Tok, rt::BinaryOp>> ops) {
  SourceLoc begin = p.tok().range.begin;
  ExprPtr lhs = next();
  if (!lhs)
    return nullptr;
  int added = 0;
  for (;;) {
    const rt::BinaryOp *found = nullptr;
    for (const auto &o : ops)
      if (p.at(o.first))
        found = &o.second;
    if (!found)
      break;
    rt::BinaryOp op = *found;
    p.advance();
    ExprPtr rhs = p.deepen(added) ? next() : nullptr;
    if (!rhs) {
      lhs = nullptr;
      break;
    }
    lhs = std::make_unique<BinOp>(p.rangeFrom(begin), op, std::move(lhs), std::move(rhs));
  }
  p.depth_ -= added;
  return lhs;
}
}  // namespace

ExprPtr Parser::parseBitOr() {
  return binaryLevel(*this, [&] { return parseBitXor(); }, {{Tok::VBar, rt::BinaryOp::BitOr}});
}
ExprPtr Parser::parseBitXor() {
  return binaryLevel(*this, [&] { return parseBitAnd(); },
                     {{Tok::Circumflex, rt::BinaryOp::BitXor}});
}
ExprPtr Parser::parseBitAnd() {
  return binaryLevel(*this, [&] { return parseShift(); }, {{Tok::Amper, rt::BinaryOp::BitAnd}});
}
ExprPtr Parser::parseShift() {
  return binaryLevel(*this, [&] { return parseSum(); },
                     {{Tok::LeftShift, rt::BinaryOp::LShift}, {Tok::RightShift, rt::BinaryOp::RShift}});
}
ExprPtr Parser::parseSum() {
  return binaryLevel(*this, [&] { return parseTerm(); },
                     {{Tok::Plus, rt::BinaryOp::Add}, {Tok::Minus, rt::BinaryOp::Sub}});
}
ExprPtr Parser::parseTerm() {
  SourceLoc begin = tok().range.begin;
  ExprPtr e = binaryLevel(*this, [&] { return parseFactor(); },
                          {{Tok::Star, rt::BinaryOp::Mul},
                           {Tok::Slash, rt::BinaryOp::TrueDiv},
                           {Tok::DoubleSlash, rt::BinaryOp::FloorDiv},
                           {Tok::Percent, rt::BinaryOp::Mod}});
  if (e && at(Tok::At)) {
    unsupported(tok().range.begin, "the '@' (matrix multiplication) operator is not supported by fastjit");
    return nullptr;
  }
  (void)begin;
  return e;
}

ExprPtr Parser::parseFactor() {
  rt::UnaryOp op;
  switch (tok().kind) {
  case Tok::Minus: op = rt::UnaryOp::Neg; break;
  case Tok::Plus: op = rt::UnaryOp::Pos; break;
  case Tok::Tilde: op = rt::UnaryOp::Invert; break;
  default: return parsePower();
  }
  DepthGuard g(*this);
  if (!g.ok)
    return nullptr;
  SourceLoc begin = advance().range.begin;
  ExprPtr operand = parseFactor();
  if (!operand)
    return nullptr;
  // -9223372036854775808 is a valid int64 although its digits alone are not: fold it here, the
  // only place where the literal 2**63 can still become a valid value.
  if (op == rt::UnaryOp::Neg) {
    if (auto *lit = dyn_cast<IntLit>(operand.get());
        lit && !lit->fitsInt64 && lit->value == INT64_MIN) {
      auto folded = std::make_unique<IntLit>(rangeFrom(begin), INT64_MIN);
      return folded;
    }
  }
  return std::make_unique<ast::UnaryOp>(rangeFrom(begin), op, std::move(operand));
}

ExprPtr Parser::parsePower() {
  SourceLoc begin = tok().range.begin;
  if (at(Tok::KwAwait)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr base = parsePrimary();
  if (!base || !accept(Tok::DoubleStar))
    return base;
  DepthGuard g(*this);
  if (!g.ok)
    return nullptr;
  // Right-associative and binds tighter than unary minus on its left, looser on its right:
  // -2**2 == -4 and 2**-1 == 0.5.
  ExprPtr exp = parseFactor();
  if (!exp)
    return nullptr;
  return std::make_unique<BinOp>(rangeFrom(begin), rt::BinaryOp::Pow, std::move(base), std::move(exp));
}

ExprPtr Parser::parsePrimary() {
  SourceLoc begin = tok().range.begin;
  ExprPtr e = parseAtom();
  int added = 0;
  while (e) {
    if ((at(Tok::Dot) || at(Tok::LParen) || at(Tok::LBracket)) && !deepen(added)) {
      e = nullptr;
      break;
    }
    if (accept(Tok::Dot)) {
      if (!at(Tok::Name)) {
        invalidSyntaxHere();
        return nullptr;
      }
      std::string attr(advance().text);
      e = std::make_unique<Attribute>(rangeFrom(begin), std::move(e), std::move(attr));
    } else if (at(Tok::LParen)) {
      e = parseCall(std::move(e));
    } else if (at(Tok::LBracket)) {
      e = parseSubscript(std::move(e));
    } else {
      break;
    }
    if (e)
      e->range.begin = begin;
  }
  depth_ -= added;
  return e;
}

ExprPtr Parser::parseAtom() {
  const Token &t = tok();
  SourceRange r = t.range;
  switch (t.kind) {
  case Tok::Name:
    advance();
    return std::make_unique<Name>(r, std::string(t.text));
  case Tok::KwTrue:
    advance();
    return std::make_unique<BoolLit>(r, true);
  case Tok::KwFalse:
    advance();
    return std::make_unique<BoolLit>(r, false);
  case Tok::KwNone:
    advance();
    return std::make_unique<NoneLit>(r);
  case Tok::Int: {
    advance();
    auto lit = std::make_unique<IntLit>(r, t.ivalue);
    lit->fitsInt64 = t.fitsInt64;
    if (!t.fitsInt64)
      lit->text = std::string(t.text);
    return lit;
  }
  case Tok::Float:
    advance();
    return std::make_unique<FloatLit>(r, t.fvalue);
  case Tok::Imag:
    advance();
    return std::make_unique<ImagLit>(r, t.fvalue);
  case Tok::String:
    return parseStrings();
  case Tok::LParen:
    return parseParenthesized();
  case Tok::LBracket:
    return parseListDisplay();
  default:
    invalidSyntaxHere();
    return nullptr;
  }
}

// After the first element of a tuple or list display: `, elt`* then an optional trailing comma
// and the closing bracket, which is consumed. Starred elements are outside the subset.
bool Parser::parseMoreElements(std::vector<ExprPtr> &elts, Tok closer) {
  while (accept(Tok::Comma)) {
    if (at(closer))
      break;
    if (at(Tok::Star)) {
      invalidSyntaxHere();
      return false;
    }
    ExprPtr e = parseNamedExpression();
    if (!e)
      return false;
    elts.push_back(std::move(e));
  }
  if (!accept(closer)) {
    missingCommaOrInvalid(elts.back().get());
    return false;
  }
  return true;
}

ExprPtr Parser::parseParenthesized() {
  SourceLoc begin = advance().range.begin;  // '('
  if (accept(Tok::RParen)) {
    auto t = std::make_unique<TupleDisplay>(rangeFrom(begin));
    return t;
  }
  if (at(Tok::KwYield)) {
    refuseLambdaOrYield();
    return nullptr;
  }
  if (at(Tok::Star)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr first = parseNamedExpression();
  if (!first)
    return nullptr;
  if (at(Tok::KwFor) || at(Tok::KwAsync)) {
    unsupported(first->range.begin, "generator expressions are not supported by fastjit");
    return nullptr;
  }
  if (accept(Tok::RParen))
    return first;  // a parenthesized expression keeps its own range, as in CPython
  if (!at(Tok::Comma)) {
    missingCommaOrInvalid(first.get());
    return nullptr;
  }
  auto tuple = std::make_unique<TupleDisplay>(SourceRange{});
  tuple->elts.push_back(std::move(first));
  if (!parseMoreElements(tuple->elts, Tok::RParen))
    return nullptr;
  tuple->range = rangeFrom(begin);
  return tuple;
}

ExprPtr Parser::parseListDisplay() {
  SourceLoc begin = advance().range.begin;  // '['
  auto list = std::make_unique<ListDisplay>(SourceRange{});
  if (accept(Tok::RBracket)) {
    list->range = rangeFrom(begin);
    return list;
  }
  if (at(Tok::Star)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr first = parseNamedExpression();
  if (!first)
    return nullptr;
  if (at(Tok::KwFor) || at(Tok::KwAsync)) {
    auto comp = std::make_unique<ListComp>(SourceRange{}, std::move(first));
    if (!parseComprehensionClauses(comp->generators))
      return nullptr;
    if (!accept(Tok::RBracket)) {
      invalidSyntaxHere();
      return nullptr;
    }
    comp->range = rangeFrom(begin);
    return comp;
  }
  list->elts.push_back(std::move(first));
  if (!parseMoreElements(list->elts, Tok::RBracket))
    return nullptr;
  list->range = rangeFrom(begin);
  return list;
}

bool Parser::parseComprehensionClauses(std::vector<Comprehension> &out) {
  while (at(Tok::KwFor) || at(Tok::KwAsync)) {
    if (at(Tok::KwAsync)) {
      unsupported(tok().range.begin, "asynchronous comprehensions are not supported by fastjit");
      return false;
    }
    Comprehension c;
    c.range.begin = advance().range.begin;  // 'for'
    c.target = parseTargetList();
    if (!c.target)
      return false;
    if (!accept(Tok::KwIn)) {
      invalidSyntaxHere();
      return false;
    }
    c.iter = parseDisjunction();
    if (!c.iter)
      return false;
    while (accept(Tok::KwIf)) {
      ExprPtr cond = parseDisjunction();
      if (!cond)
        return false;
      c.ifs.push_back(std::move(cond));
    }
    c.range = rangeFrom(c.range.begin);
    out.push_back(std::move(c));
  }
  return true;
}

ExprPtr Parser::parseTargetList() {
  // Targets are parsed at the `|` level so that `in` is not taken as a comparison.
  SourceLoc begin = tok().range.begin;
  if (at(Tok::Star)) {
    invalidSyntaxHere();
    return nullptr;
  }
  ExprPtr first = parseBitOr();
  if (!first)
    return nullptr;
  ExprPtr target;
  if (at(Tok::Comma)) {
    auto tuple = std::make_unique<TupleDisplay>(SourceRange{});
    tuple->elts.push_back(std::move(first));
    while (accept(Tok::Comma)) {
      if (at(Tok::KwIn))
        break;
      if (at(Tok::Star)) {
        invalidSyntaxHere();
        return nullptr;
      }
      ExprPtr e = parseBitOr();
      if (!e)
        return nullptr;
      tuple->elts.push_back(std::move(e));
    }
    tuple->range = rangeFrom(begin);
    target = std::move(tuple);
  } else {
    target = std::move(first);
  }
  if (!toTarget(target.get(), ExprContext::Store))
    return nullptr;
  return target;
}

ExprPtr Parser::parseCall(ExprPtr func) {
  auto call = std::make_unique<Call>(SourceRange{}, std::move(func));
  SourceLoc begin = call->func->range.begin;
  advance();  // '('
  bool positionalAfterKeyword = false;
  while (!at(Tok::RParen)) {
    if (at(Tok::Star) || at(Tok::DoubleStar)) {
      unsupported(tok().range.begin, at(Tok::Star)
                                         ? "argument unpacking ('*args' in a call) is not supported by fastjit"
                                         : "argument unpacking ('**kwargs' in a call) is not supported by fastjit");
      return nullptr;
    }
    if (at(Tok::Name) && tok(1).kind == Tok::Equal) {
      Keyword kw;
      kw.range.begin = tok().range.begin;
      kw.name = std::string(advance().text);
      advance();  // '='
      kw.value = parseExpression();
      if (!kw.value)
        return nullptr;
      kw.range = rangeFrom(kw.range.begin);
      for (const Keyword &other : call->keywords)
        if (other.name == kw.name) {
          syntaxError(kw.range.begin, "keyword argument repeated: " + kw.name);
          return nullptr;
        }
      call->keywords.push_back(std::move(kw));
    } else {
      SourceLoc argBegin = tok().range.begin;
      ExprPtr arg = parseNamedExpression();
      if (!arg)
        return nullptr;
      if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        // A generator argument must be the only argument (valid Python, refused), otherwise it is
        // CPython's SyntaxError.
        bool alone = call->args.empty() && call->keywords.empty();
        for (size_t i = 0, depth = 0; alone && pos_ + i < toks_.size(); ++i) {
          Tok k = tok(i).kind;
          if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace)
            ++depth;
          else if (k == Tok::RParen || k == Tok::RBracket || k == Tok::RBrace) {
            if (depth-- == 0)
              break;
          } else if (k == Tok::Comma && depth == 0)
            alone = false;
          else if (k == Tok::EndOfFile)
            break;
        }
        if (!alone)
          syntaxError(argBegin, "Generator expression must be parenthesized");
        else
          unsupported(argBegin, "generator expressions are not supported by fastjit");
        return nullptr;
      }
      if (at(Tok::Equal)) {
        syntaxError(argBegin, "expression cannot contain assignment, perhaps you meant \"==\"?");
        return nullptr;
      }
      if (!call->keywords.empty())
        positionalAfterKeyword = true;  // reported after the last argument, as CPython does
      call->args.push_back(std::move(arg));
    }
    if (!accept(Tok::Comma))
      break;
  }
  if (positionalAfterKeyword && at(Tok::RParen)) {
    syntaxError(prev().range.end, "positional argument follows keyword argument");
    return nullptr;
  }
  if (!accept(Tok::RParen)) {
    if (!call->args.empty() && prev().kind != Tok::Comma)
      missingCommaOrInvalid(call->args.back().get());
    else
      invalidSyntaxHere();
    return nullptr;
  }
  call->range = rangeFrom(begin);
  return call;
}

ExprPtr Parser::parseSliceItem() {
  SourceLoc begin = tok().range.begin;
  ExprPtr lower;
  if (!at(Tok::Colon)) {
    if (at(Tok::Star)) {
      invalidSyntaxHere();
      return nullptr;
    }
    lower = parseNamedExpression();
    if (!lower || !at(Tok::Colon))
      return lower;
  }
  auto slice = std::make_unique<Slice>(SourceRange{});
  slice->lower = std::move(lower);
  advance();  // ':'
  auto atBound = [&] { return at(Tok::Colon) || at(Tok::Comma) || at(Tok::RBracket); };
  if (!atBound()) {
    slice->upper = parseExpression();
    if (!slice->upper)
      return nullptr;
  }
  if (accept(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RBracket)) {
    slice->step = parseExpression();
    if (!slice->step)
      return nullptr;
  }
  slice->range = rangeFrom(begin);
  return slice;
}

ExprPtr Parser::parseSubscript(ExprPtr value) {
  SourceLoc begin = value->range.begin;
  advance();  // '['
  SourceLoc indexBegin = tok().range.begin;
  ExprPtr index = parseSliceItem();
  if (!index)
    return nullptr;
  if (at(Tok::Comma)) {
    auto tuple = std::make_unique<TupleDisplay>(SourceRange{});
    tuple->elts.push_back(std::move(index));
    while (accept(Tok::Comma)) {
      if (at(Tok::RBracket))
        break;
      ExprPtr e = parseSliceItem();
      if (!e)
        return nullptr;
      tuple->elts.push_back(std::move(e));
    }
    for (const ExprPtr &e : tuple->elts)
      if (isa<Slice>(e.get())) {
        unsupported(e->range.begin,
                    "slices inside a tuple index ('a[i:j, k]') are not supported by fastjit");
        return nullptr;
      }
    tuple->range = rangeFrom(indexBegin);
    index = std::move(tuple);
  }
  if (!accept(Tok::RBracket)) {
    invalidSyntaxHere();
    return nullptr;
  }
  return std::make_unique<Subscript>(rangeFrom(begin), std::move(value), std::move(index));
}

// Marks `e` as an assignment (Store) or deletion (Del) target, reporting CPython's error for
// anything that cannot be one and fastjit's refusal for slice targets.
bool Parser::toTarget(Expr *e, ExprContext ctx, bool topLevelHint) {
  switch (e->kind()) {
  case Kind::Name:
    llvm::cast<Name>(e)->ctx = ctx;
    return true;
  case Kind::Attribute:
    llvm::cast<Attribute>(e)->ctx = ctx;
    return true;
  case Kind::Subscript: {
    auto *s = llvm::cast<Subscript>(e);
    if (isa<Slice>(s->index.get())) {
      unsupported(e->range.begin, ctx == ExprContext::Del
                                      ? "slice deletion ('del a[i:j]') is not supported by fastjit"
                                      : "slice assignment ('a[i:j] = ...') is not supported by fastjit");
      return false;
    }
    s->ctx = ctx;
    return true;
  }
  case Kind::TupleDisplay:
    llvm::cast<TupleDisplay>(e)->ctx = ctx;
    for (ExprPtr &elt : llvm::cast<TupleDisplay>(e)->elts)
      if (!toTarget(elt.get(), ctx))
        return false;
    return true;
  case Kind::ListDisplay:
    llvm::cast<ListDisplay>(e)->ctx = ctx;
    for (ExprPtr &elt : llvm::cast<ListDisplay>(e)->elts)
      if (!toTarget(elt.get(), ctx))
        return false;
    return true;
  default:
    break;
  }
  std::string what = exprKindDescription(e);
  if (ctx == ExprContext::Del) {
    syntaxError(e->range.begin, "cannot delete " + what);
    return false;
  }
  // CPython's invalid_named_expression rule: a lone `bitwise_or = ...` target gets a hint.
  bool bitOrLevel = !isa<Compare>(e) && !isa<BoolOp>(e) && !isa<IfExp>(e) && !isa<NoneLit>(e) &&
                    !isa<BoolLit>(e) &&
                    !(isa<ast::UnaryOp>(e) && llvm::cast<ast::UnaryOp>(e)->op == rt::UnaryOp::Not);
  if (topLevelHint && bitOrLevel)
    syntaxError(e->range.begin,
                "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
  else
    syntaxError(e->range.begin, "cannot assign to " + what);
  return false;
}

}  // namespace fastjit::detail
