#!/usr/bin/env python3
"""Generates a differential-testing program of random Tier 1 expressions (a tool, not a program).

Writes a Python program of `print(EXPR)` lines: random operators, unary operators, comparisons,
and/or/not, conditional expressions and builtin calls over operands of every Tier 1 scalar and
sequence type (ints near the int64 limits, signed zeros, inf, nan, complex, bools, strings, lists,
tuples). Each candidate is evaluated here first, with every intermediate result checked, and kept
only if CPython evaluates it without an exception, every int stays within int64 (so fastjit's
licensed OverflowError cannot apply) and nothing grows large. The program is then a normal
conformance program: record it with record.py and run it with run.py, or compare directly with
`run.py --live`. The same seed always gives the same program.

    gen_expr_fuzz.py --seed 1 --count 400 > tests/conformance/fuzz_exprs_seed1.py
"""
import argparse
import math
import operator
import random

INT64 = (-2**63, 2**63 - 1)
INTS = ["0", "1", "-1", "2", "3", "-3", "7", "-7", "10", "255", "-256", "1000000007",
        "4611686018427387904", "-4611686018427387904", "9223372036854775807",
        "-9223372036854775807", "3037000499", "9007199254740993", "True", "False"]
FLOATS = ["0.0", "-0.0", "0.5", "-1.5", "2.25", "3.0", "1e16", "1e-07", "0.1", "-2.5e-05",
          "1.7976931348623157e+308", "5e-324", "123456.789", "float('inf')", "float('-inf')",
          "float('nan')", "9007199254740992.0", "-9.223372036854776e+18"]
COMPLEX = ["1j", "(2-3j)", "0j", "(-0.5+0.5j)", "complex(1e16, -1)", "(-1-0j)"]
SEQS = ["''", "'a'", "'ab'", "'é'", "[1, 2]", "[]", "[0.5, -1]", "(1,)", "()", "(2, 'x')"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>",
          "<", "<=", "==", "!=", ">", ">=", "and", "or", "in", "not in"]
UNOPS = ["-", "+", "~", "not "]
CALLS1 = ["abs", "round", "int", "float", "str", "repr", "bool", "hex", "bin", "len", "sum",
          "min", "max", "sorted", "list", "tuple", "complex"]
CALLS2 = ["divmod", "pow", "round", "min", "max"]
FORMATS = ["", ".3g", ".2f", "e", "10", "<8", "^9.1f", "+", ",", "x", "#o", "08.3f", "%", "g", "_"]


class Skip(Exception):
    pass


def big(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return not (INT64[0] <= v <= INT64[1])
    if isinstance(v, (str, list, tuple)):
        return len(v) > 200 or any(big(x) for x in v)
    return False


def guarded_eval(src):
    """Evaluates `src` with every BinOp/UnaryOp/Call result checked; raises Skip when unusable."""
    import ast
    tree = ast.parse(src, mode="eval")

    def check(v):
        if big(v):
            raise Skip()
        return v

    def guard_binop(a, op, b):
        # Refuse before computing anything that could be huge or slow.
        if op is operator.pow and isinstance(b, int) and not isinstance(b, bool) \
                and isinstance(a, int) and abs(a) > 1 and b > 64:
            raise Skip()
        if op is operator.lshift and isinstance(b, int) and b > 64:
            raise Skip()
        if op is operator.mul and ((isinstance(a, (str, list, tuple)) and isinstance(b, int) and b > 50)
                                   or (isinstance(b, (str, list, tuple)) and isinstance(a, int) and a > 50)):
            raise Skip()
        if op is operator.pow and isinstance(a, complex) and isinstance(b, (int, float)) and abs(b) > 50:
            raise Skip()
        return check(op(a, b))

    ops = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
           ast.Pow: operator.pow, ast.BitAnd: operator.and_, ast.BitOr: operator.or_,
           ast.BitXor: operator.xor, ast.LShift: operator.lshift, ast.RShift: operator.rshift}

    class Wrap(ast.NodeTransformer):
        def visit_BinOp(self, node):
            self.generic_visit(node)
            name = "_op_" + type(node.op).__name__
            call = ast.Call(ast.Name("_bin", ast.Load()), [node.left, ast.Name(name, ast.Load()), node.right], [])
            return ast.copy_location(call, node)

        def visit_UnaryOp(self, node):
            self.generic_visit(node)
            return ast.copy_location(ast.Call(ast.Name("_chk", ast.Load()), [node], []), node)

        def visit_Call(self, node):
            self.generic_visit(node)
            return ast.copy_location(ast.Call(ast.Name("_chk", ast.Load()), [node], []), node)

    tree = ast.fix_missing_locations(Wrap().visit(tree))
    def guarded_pow(a, b, *m):
        if isinstance(a, int) and isinstance(b, int) and not m and abs(a) > 1 and b > 64:
            raise Skip()
        if isinstance(a, complex) and isinstance(b, (int, float)) and abs(b) > 50:
            raise Skip()
        return pow(a, b, *m)

    def guarded_round(x, *n):
        if n and isinstance(n[0], int) and abs(n[0]) > 400:
            raise Skip()
        return round(x, *n)

    env = {"_bin": guard_binop, "_chk": check, "pow": guarded_pow, "round": guarded_round}
    env.update({"_op_" + k.__name__: v for k, v in ops.items()})
    return eval(compile(tree, "<fuzz>", "eval"), env)


def operand(rng):
    pool = rng.choice([INTS, INTS, FLOATS, FLOATS, COMPLEX, SEQS])
    return rng.choice(pool)


def expr(rng, depth):
    if depth <= 0 or rng.random() < 0.25:
        return operand(rng)
    r = rng.random()
    if r < 0.55:
        return f"({expr(rng, depth - 1)} {rng.choice(BINOPS)} {expr(rng, depth - 1)})"
    if r < 0.65:
        return f"({rng.choice(UNOPS)}{expr(rng, depth - 1)})"
    if r < 0.72:
        return f"({expr(rng, depth - 1)} if {expr(rng, depth - 1)} else {expr(rng, depth - 1)})"
    if r < 0.75:
        a, b, c = expr(rng, 0), expr(rng, 0), expr(rng, 0)
        return f"({a} {rng.choice(['<', '<=', '=='])} {b} {rng.choice(['<', '!=', '>='])} {c})"
    if r < 0.9:
        return f"{rng.choice(CALLS1)}({expr(rng, depth - 1)})"
    return f"{rng.choice(CALLS2)}({expr(rng, depth - 1)}, {expr(rng, depth - 1)})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--depth", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines = []
    tries = 0
    while len(lines) < args.count and tries < args.count * 200:
        tries += 1
        e = expr(rng, args.depth)
        if e in INTS or e in FLOATS or e in COMPLEX or e in SEQS:
            continue  # a bare operand tests little
        try:
            v = guarded_eval(e)
            text = str(v)
            if len(text) > 300:
                continue
        except Exception:
            continue
        if rng.random() < 0.2 and isinstance(v, (int, float, complex, str)) and not isinstance(v, bool):
            spec = rng.choice(FORMATS)
            try:
                format(v, spec)
            except Exception:
                pass
            else:
                lines.append(f'print(f"{{{e}:{spec}}}")' if '"' not in e else f"print({e})")
                continue
        lines.append(f"print({e})")
    print(f"# Random Tier 1 expressions (gen_expr_fuzz.py --seed {args.seed} --count {args.count}"
          f" --depth {args.depth}): each evaluates without error under CPython with every int in"
          " int64;\n# fastjit must print the same values.")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
