// Parser unit tests: Python's precedence and associativity, every Tier 1 expression and statement
// form and the shape of its AST, string literal decoding and f-strings, targets and contexts,
// and source positions. Expected trees follow Python's grammar (checked against python3's ast
// module when the tests were written: e.g. ast.dump(ast.parse("-2**2")) is UnaryOp(USub, BinOp(Pow))).
#include "test_util.h"

#include "frontend/dump.h"

#include <gtest/gtest.h>
#include <llvm/Support/Casting.h>
#include <llvm/Support/raw_ostream.h>

namespace fastjit::test {
namespace {

using namespace ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

TEST(Precedence, PowerAndUnary) {
  EXPECT_EQ(exprOf("-2**2"), "(neg (** 2 2))");
  EXPECT_EQ(exprOf("2**-1"), "(** 2 (neg 1))");
  EXPECT_EQ(exprOf("2**3**2"), "(** 2 (** 3 2))");
  EXPECT_EQ(exprOf("-x**-y**z"), "(neg (** x (neg (** y z))))");
  EXPECT_EQ(exprOf("~-+x"), "(inv (neg (pos x)))");
  EXPECT_EQ(exprOf("a.b**2"), "(** a.b 2)");
}

TEST(Precedence, Arithmetic) {
  EXPECT_EQ(exprOf("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(exprOf("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(exprOf("a / b // c % d * e"), "(* (% (// (/ a b) c) d) e)");
  EXPECT_EQ(exprOf("-a * b"), "(* (neg a) b)");
  EXPECT_EQ(exprOf("(1 + 2) * 3"), "(* (+ 1 2) 3)");
}

TEST(Precedence, BitwiseAndShifts) {
  EXPECT_EQ(exprOf("a | b ^ c & d << e + f"), "(| a (^ b (& c (<< d (+ e f)))))");
  EXPECT_EQ(exprOf("a >> b << c"), "(<< (>> a b) c)");
  EXPECT_EQ(exprOf("a & b | c"), "(| (& a b) c)");
}

TEST(Precedence, ComparisonsAndBooleans) {
  EXPECT_EQ(exprOf("0 <= i < n"), "(<= 0 i < n)");
  EXPECT_EQ(exprOf("not a in b"), "(not (in a b))");
  EXPECT_EQ(exprOf("a not in b"), "(not-in a b)");
  EXPECT_EQ(exprOf("a is not None"), "(is-not a None)");
  EXPECT_EQ(exprOf("a is None == b != c > d >= e"), "(is a None == b != c > d >= e)");
  EXPECT_EQ(exprOf("a or b and not c"), "(or a (and b (not c)))");
  EXPECT_EQ(exprOf("a and b and c or d or e"), "(or (and a b c) d e)");
  EXPECT_EQ(exprOf("a + 1 < b * 2"), "(< (+ a 1) (* b 2))");
  EXPECT_EQ(exprOf("not not a"), "(not (not a))");
  EXPECT_EQ(exprOf("a | b < c"), "(< (| a b) c)");
}

TEST(Precedence, ConditionalExpression) {
  EXPECT_EQ(exprOf("a if b else c"), "(if b a c)");
  EXPECT_EQ(exprOf("a if b else c if d else e"), "(if b a (if d c e))");
  EXPECT_EQ(exprOf("a or b if c and d else e"), "(if (and c d) (or a b) e)");
  EXPECT_EQ(exprOf("x = 1 if y else 2, 3"), "(tuple (if y 1 2) 3)");
}

TEST(Expressions, Literals) {
  EXPECT_EQ(exprOf("True, False, None"), "(tuple True False None)");
  EXPECT_EQ(exprOf("1_000 + 0x10 + 0o10 + 0b10"), "(+ (+ (+ 1000 16) 8) 2)");
  EXPECT_EQ(exprOf("1.5, .5, 1e3, 2j"), "(tuple 1.5 0.5 1000 2j)");
  EXPECT_EQ(exprOf("9223372036854775808"), "big:9223372036854775808");
  // The one literal spelled with a minus that fits int64 is folded.
  EXPECT_EQ(exprOf("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(exprOf("-9223372036854775807"), "(neg 9223372036854775807)");
  EXPECT_EQ(exprOf("-(9223372036854775808)"), "-9223372036854775808");
}

TEST(Expressions, Strings) {
  // Values as CPython evaluates them (python3 -c "print(ascii(...))").
  EXPECT_EQ(exprOf(R"('a\x41\u00e9\U0001F600\101\n\t\\\q')"),
            "'aA\xc3\xa9\xf0\x9f\x98\x80" "A\n\t\\\\q'");
  EXPECT_EQ(exprOf(R"(r'\d\n')"), R"('\d\n')");
  EXPECT_EQ(exprOf("'''a\nb'''"), "'a\nb'");
  EXPECT_EQ(exprOf("'''a\r\nb'''"), "'a\nb'");
  EXPECT_EQ(exprOf("'abc' \"def\""), "'abcdef'");
  EXPECT_EQ(exprOf(R"('\777')"), "'\xc7\xbf'");
  EXPECT_EQ(exprOf("'a\\\nb'"), "'ab'");
  EXPECT_EQ(exprOf("u'x' + U'y'"), "(+ 'x' 'y')");
  EXPECT_EQ(exprOf("''"), "''");
  EXPECT_EQ(exprOf(R"(r"\"")"), R"('\"')");
}

TEST(Expressions, FStrings) {
  EXPECT_EQ(exprOf("f'a{x}b'"), "(f 'a' {x} 'b')");
  EXPECT_EQ(exprOf("f'{x!r}{y!s}{z!a}'"), "(f {x!r} {y!s} {z!a})");
  EXPECT_EQ(exprOf("f'{x:.5e}'"), "(f {x:(f '.5e')})");
  EXPECT_EQ(exprOf("f'{n: <8}'"), "(f {n:(f ' <8')})");
  EXPECT_EQ(exprOf("f'{x:{w}.{p}f}'"), "(f {x:(f {w} '.' {p} 'f')})");
  EXPECT_EQ(exprOf("f'{{}}{x}}}'"), "(f '{}' {x} '}')");
  EXPECT_EQ(exprOf("f'{a + b * 2}'"), "(f {(+ a (* b 2))})");
  EXPECT_EQ(exprOf("f'{a, b}'"), "(f {(tuple a b)})");
  EXPECT_EQ(exprOf("f'{x == y}{x != y}{x <= y}{a[1:2]}'"),
            "(f {(== x y)} {(!= x y)} {(<= x y)} {a[1:2:_]})");
  EXPECT_EQ(exprOf("f'{\"q\"}'"), "(f {'q'})");
  EXPECT_EQ(exprOf("'a' f'{x}' 'b'"), "(f 'a' {x} 'b')");
  EXPECT_EQ(exprOf("f'plain'"), "(f 'plain')");
  EXPECT_EQ(exprOf("f'\\n{x}\\t'"), "(f '\n' {x} '\t')");
  EXPECT_EQ(exprOf("rf'\\n{x}'"), "(f '\\n' {x})");
  // `=`: the text (with its spaces) then repr, unless a conversion or spec is given.
  EXPECT_EQ(exprOf("f'{x=}'"), "(f 'x=' {x!r})");
  EXPECT_EQ(exprOf("f'{x = }'"), "(f 'x = ' {x!r})");
  EXPECT_EQ(exprOf("f'{x=!s}'"), "(f 'x=' {x!s})");
  EXPECT_EQ(exprOf("f'{x=:>5}'"), "(f 'x=' {x:(f '>5')})");
  EXPECT_EQ(exprOf("f'''{\nx\n}'''"), "(f {x})");
}

TEST(Expressions, FStringExpressionPositionsAreRealFilePositions) {
  Parsed p = parse("y = f'ab{xyz}'\n");
  ASSERT_TRUE(p.ok());
  auto *fs = cast<FString>(cast<Assign>(p.mod->body[0].get())->value.get());
  auto *fv = cast<FormattedValue>(fs->parts[1].get());
  EXPECT_EQ(fv->value->range.begin.column, 10u);
  EXPECT_EQ(fv->value->range.end.column, 13u);
}

TEST(Expressions, CallsAttributesSubscripts) {
  EXPECT_EQ(exprOf("f()"), "(call f)");
  EXPECT_EQ(exprOf("f(a, b=1, c=d)"), "(call f a b=1 c=d)");
  EXPECT_EQ(exprOf("f(a,)"), "(call f a)");
  EXPECT_EQ(exprOf("print(*[]) if 0 else 1"), "error: unsupported: argument unpacking ('*args' in a call) is not supported by fastjit @1:7");
  EXPECT_EQ(exprOf("math.sin(x).real"), "(call math.sin x).real");
  EXPECT_EQ(exprOf("a[i][j]"), "a[i][j]");
  EXPECT_EQ(exprOf("a[1:2]"), "a[1:2:_]");
  EXPECT_EQ(exprOf("a[::-1]"), "a[_:_:(neg 1)]");
  EXPECT_EQ(exprOf("a[:]"), "a[_:_:_]");
  EXPECT_EQ(exprOf("a[::]"), "a[_:_:_]");
  EXPECT_EQ(exprOf("a[x:]"), "a[x:_:_]");
  EXPECT_EQ(exprOf("a[:y:2]"), "a[_:y:2]");
  EXPECT_EQ(exprOf("a[1, 2]"), "a[(tuple 1 2)]");
  EXPECT_EQ(exprOf("f(x)(y)[0].z"), "(call (call f x) y)[0].z");
  EXPECT_EQ(exprOf("'-'.join(x)"), "(call '-'.join x)");
  EXPECT_EQ(exprOf("f.__name__"), "f.__name__");
  EXPECT_EQ(exprOf("1 .real"), "1.real");
}

TEST(Expressions, DisplaysAndComprehensions) {
  EXPECT_EQ(exprOf("[]"), "[]");
  EXPECT_EQ(exprOf("[1, 2, 3,]"), "[1 2 3]");
  EXPECT_EQ(exprOf("()"), "(tuple)");
  EXPECT_EQ(exprOf("(1,)"), "(tuple 1)");
  EXPECT_EQ(exprOf("(1)"), "1");
  EXPECT_EQ(exprOf("1, 2"), "(tuple 1 2)");
  EXPECT_EQ(exprOf("[[0] * n] * m"), "(* [(* [0] n)] m)");
  EXPECT_EQ(exprOf("[x * 2 for x in range(10) if x % 2 if x > 3 for y in x]"),
            "(listcomp (* x 2) (for x (call range 10) (if (% x 2)) (if (> x 3))) (for y x))");
  EXPECT_EQ(exprOf("[(i, j) for i, j in zip(a, b)]"),
            "(listcomp (tuple i j) (for (tuple i j) (call zip a b)))");
  EXPECT_EQ(exprOf("[x for x in a if x if not x]"), "(listcomp x (for x a (if x) (if (not x))))");
  EXPECT_EQ(exprOf("[x for x in 1, 2]"), "error: SyntaxError: invalid syntax @1:14");
}

const Stmt *only(const Parsed &p) {
  EXPECT_TRUE(p.ok()) << p.allErrors();
  EXPECT_EQ(p.mod ? p.mod->body.size() : 0u, 1u);
  return p.mod && !p.mod->body.empty() ? p.mod->body[0].get() : nullptr;
}

TEST(Statements, Assignments) {
  Parsed p = parse("a = b = 0\n");
  auto *a = cast<Assign>(only(p));
  ASSERT_EQ(a->targets.size(), 2u);
  EXPECT_EQ(cast<Name>(a->targets[0].get())->ctx, ExprContext::Store);
  EXPECT_EQ(sexpr(a->value.get()), "0");

  Parsed t = parse("x, (y, [z, w]) = a[i][j], f().g = 1, 2\n");
  auto *ta = cast<Assign>(only(t));
  ASSERT_EQ(ta->targets.size(), 2u);
  auto *tuple = cast<TupleDisplay>(ta->targets[0].get());
  EXPECT_EQ(tuple->ctx, ExprContext::Store);
  auto *inner = cast<TupleDisplay>(tuple->elts[1].get());
  EXPECT_EQ(cast<ListDisplay>(inner->elts[1].get())->ctx, ExprContext::Store);
  EXPECT_EQ(cast<Name>(cast<ListDisplay>(inner->elts[1].get())->elts[1].get())->ctx, ExprContext::Store);
  auto *t2 = cast<TupleDisplay>(ta->targets[1].get());
  EXPECT_EQ(cast<Subscript>(t2->elts[0].get())->ctx, ExprContext::Store);
  EXPECT_EQ(cast<Name>(cast<Subscript>(cast<Subscript>(t2->elts[0].get())->value.get())->value.get())->ctx,
            ExprContext::Load);
  EXPECT_EQ(cast<Attribute>(t2->elts[1].get())->ctx, ExprContext::Store);
}

TEST(Statements, AugmentedAssignments) {
  struct { const char *op; rt::BinaryOp kind; } ops[] = {
      {"+=", rt::BinaryOp::Add}, {"-=", rt::BinaryOp::Sub}, {"*=", rt::BinaryOp::Mul},
      {"/=", rt::BinaryOp::TrueDiv}, {"//=", rt::BinaryOp::FloorDiv}, {"%=", rt::BinaryOp::Mod},
      {"**=", rt::BinaryOp::Pow}, {"&=", rt::BinaryOp::BitAnd}, {"|=", rt::BinaryOp::BitOr},
      {"^=", rt::BinaryOp::BitXor}, {"<<=", rt::BinaryOp::LShift}, {">>=", rt::BinaryOp::RShift}};
  for (auto &o : ops) {
    Parsed p = parse(std::string("a[i] ") + o.op + " 1, 2\n");
    auto *s = cast<AugAssign>(only(p));
    EXPECT_EQ(s->op, o.kind) << o.op;
    EXPECT_EQ(cast<Subscript>(s->target.get())->ctx, ExprContext::Store);
    EXPECT_EQ(sexpr(s->value.get()), "(tuple 1 2)");
  }
}

TEST(Statements, IfElifElse) {
  Parsed p = parse("if a:\n  x\nelif b:\n  y\nelif c:\n  z\nelse:\n  w\n");
  auto *s = cast<If>(only(p));
  ASSERT_EQ(s->orelse.size(), 1u);
  auto *elif1 = cast<If>(s->orelse[0].get());
  EXPECT_EQ(sexpr(elif1->test.get()), "b");
  EXPECT_EQ(elif1->line(), 3u);
  auto *elif2 = cast<If>(elif1->orelse[0].get());
  ASSERT_EQ(elif2->orelse.size(), 1u);
  EXPECT_TRUE(isa<ExprStmt>(elif2->orelse[0].get()));
}

TEST(Statements, LoopsWithElse) {
  Parsed w = parse("while i < n:\n  i += 1\n  if i: break\nelse:\n  pass\n");
  auto *ws = cast<While>(only(w));
  EXPECT_EQ(ws->body.size(), 2u);
  EXPECT_EQ(ws->orelse.size(), 1u);
  Parsed f = parse("for i, (a, b) in enumerate(x):\n  continue\nelse:\n  pass\n");
  auto *fs = cast<For>(only(f));
  EXPECT_EQ(sexpr(fs->target.get()), "(tuple i (tuple a b))");
  EXPECT_EQ(cast<TupleDisplay>(fs->target.get())->ctx, ExprContext::Store);
  EXPECT_EQ(sexpr(fs->iter.get()), "(call enumerate x)");
  EXPECT_EQ(fs->orelse.size(), 1u);
  Parsed g = parse("for x in 1, 2, 3: pass\n");
  EXPECT_EQ(sexpr(cast<For>(only(g))->iter.get()), "(tuple 1 2 3)");
}

TEST(Statements, FunctionDefinitions) {
  Parsed p = parse("def f(a, b=1, c=[1, 2],):\n  \"\"\"doc\"\"\"\n  return a, b\n");
  auto *f = cast<FunctionDef>(only(p));
  EXPECT_EQ(f->name, "f");
  ASSERT_EQ(f->params.size(), 3u);
  EXPECT_EQ(f->params[0].defaultValue, nullptr);
  EXPECT_EQ(sexpr(f->params[1].defaultValue.get()), "1");
  EXPECT_EQ(sexpr(f->params[2].defaultValue.get()), "[1 2]");
  ASSERT_NE(docstring(f->body), nullptr);
  EXPECT_EQ(docstring(f->body)->value, "doc");
  EXPECT_EQ(sexpr(cast<Return>(f->body[1].get())->value.get()), "(tuple a b)");
  Parsed bare = parse("def g(): return\n");
  EXPECT_EQ(cast<Return>(cast<FunctionDef>(only(bare))->body[0].get())->value, nullptr);
}

TEST(Statements, SimpleStatements) {
  Parsed p = parse("pass; x = 1; del a[0], b[i][j]\nglobal g, h\nassert x, 'msg'\nassert y\n");
  ASSERT_TRUE(p.ok()) << p.allErrors();
  ASSERT_EQ(p.mod->body.size(), 6u);
  EXPECT_TRUE(isa<Pass>(p.mod->body[0].get()));
  auto *d = cast<Delete>(p.mod->body[2].get());
  ASSERT_EQ(d->targets.size(), 2u);
  EXPECT_EQ(cast<Subscript>(d->targets[1].get())->ctx, ExprContext::Del);
  EXPECT_EQ(cast<Global>(p.mod->body[3].get())->names, (std::vector<std::string>{"g", "h"}));
  EXPECT_EQ(sexpr(cast<Assert>(p.mod->body[4].get())->msg.get()), "'msg'");
  EXPECT_EQ(cast<Assert>(p.mod->body[5].get())->msg, nullptr);
}

TEST(Statements, Imports) {
  Parsed p = parse("import math, time as t\nfrom math import sqrt, pi as PI\nfrom random import (seed,\n  randint,)\n");
  ASSERT_TRUE(p.ok()) << p.allErrors();
  auto *imp = cast<Import>(p.mod->body[0].get());
  EXPECT_EQ(imp->names[1].name, "time");
  EXPECT_EQ(imp->names[1].boundName(), "t");
  auto *from = cast<ImportFrom>(p.mod->body[1].get());
  EXPECT_EQ(from->module, "math");
  EXPECT_EQ(from->names[1].boundName(), "PI");
  EXPECT_EQ(cast<ImportFrom>(p.mod->body[2].get())->names.size(), 2u);
}

TEST(Statements, MainGuardAndGlobalAtModuleLevel) {
  Parsed p = parse("global x\nx = 1\nif __name__ == \"__main__\":\n    print(x)\n");
  EXPECT_TRUE(p.ok()) << p.allErrors();
  Parsed q = parse("def f():\n    global x\n    x = 1\n");
  EXPECT_TRUE(q.ok()) << q.allErrors();
}

TEST(Statements, IsWithLiteralIsAccepted) {
  EXPECT_EQ(exprOf("x is 1"), "(is x 1)");
}

TEST(Positions, NodesCarryRanges) {
  Parsed p = parse("x = 1\n\ndef f(a):\n    return a + 10\n");
  ASSERT_TRUE(p.ok());
  auto *f = cast<FunctionDef>(p.mod->body[1].get());
  EXPECT_EQ(f->range.begin.line, 3u);
  EXPECT_EQ(f->range.begin.column, 1u);
  EXPECT_EQ(f->range.end.line, 4u);
  auto *ret = cast<Return>(f->body[0].get());
  EXPECT_EQ(ret->range.begin.line, 4u);
  EXPECT_EQ(ret->range.begin.column, 5u);
  auto *add = cast<BinOp>(ret->value.get());
  EXPECT_EQ(add->range.begin.column, 12u);
  EXPECT_EQ(add->range.end.column, 18u);
  EXPECT_EQ(add->range.begin.offset, 28u);
  EXPECT_EQ(add->rhs->range.begin.column, 16u);
}

TEST(Dump, AstTree) {
  Parsed p = parse("def f(n=2):\n    return -n ** 2\nprint(f'{f():>4}', end='')\n");
  ASSERT_TRUE(p.ok());
  std::string out;
  llvm::raw_string_ostream os(out);
  dumpAst(*p.mod, os);
  EXPECT_EQ(out,
            "Module t.py  @1:1\n"
            "  FunctionDef f(n=...)  @1:1\n"
            "    default n: IntLit 2  @1:9\n"
            "    body:\n"
            "      Return  @2:5\n"
            "        UnaryOp -  @2:12\n"
            "          BinOp **  @2:13\n"
            "            Name n  @2:13\n"
            "            IntLit 2  @2:18\n"
            "  ExprStmt  @3:1\n"
            "    Call  @3:1\n"
            "      func: Name print  @3:1\n"
            "      arg: FString  @3:7\n"
            "        FormattedValue  @3:9\n"
            "          value: Call  @3:10\n"
            "            func: Name f  @3:10\n"
            "          spec: FString  @3:14\n"
            "            StrLit \">4\"  @3:14\n"
            "      keyword end: StrLit \"\"  @3:24\n");
}

TEST(Dump, Tokens) {
  SourceFile f("t.py", "x = 0x1f\n");
  Diagnostics d(f);
  std::string out;
  llvm::raw_string_ostream os(out);
  EXPECT_TRUE(dumpTokens(f, os, d));
  EXPECT_EQ(out, "1:1-1:2  NAME  \"x\"\n"
                 "1:3-1:4  '='\n"
                 "1:5-1:9  INT  \"0x1f\" = 31\n"
                 "1:9-1:9  NEWLINE\n"
                 "2:1-2:1  ENDMARKER\n");
}

}  // namespace
}  // namespace fastjit::test
