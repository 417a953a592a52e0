#!/usr/bin/env python3
"""Static check that a conformance program stays inside Tier 1 of SUBSET.md.

The suite is only meaningful if every program it expects fastjit to run is a valid Python 3.11
program inside Tier 1: a program that strays outside (a dict display, a try statement, a lambda,
`*args`, slice assignment, a nested def, an attribute Tier 1 does not list) would demand behaviour
fastjit is supposed to refuse. This script walks each program's `ast` and reports every node that
Tier 1 does not allow, as `file:line:col: construct`. record.py runs it before recording, so a
program outside the subset never gets an expectation; it is also how refused/ programs are checked
to contain at least one construct outside the subset, and that the position a refused/ program's
`# at:` directive names lies inside that construct.

It is deliberately conservative (it does not know types): it allows any method name Tier 1 lists on
any receiver. It does not check run-time values (int64 range); record.py does a cheap dynamic check.

    check_subset.py FILE.py...        exit 0 if all are inside Tier 1, else print violations, exit 1
    check_subset.py --suite           the whole suite: every program and sample inside Tier 1 with
                                      its recorded expectation, every refused/ program outside it
                                      (cheap, no fastjit needed: the `conformance.suite_sane` ctest)
"""
import ast
import builtins
import sys

sys.setrecursionlimit(20000)  # long operator chains (a 400-term sum) make deep trees

MODULES = {
    "math": {"sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "atan2", "sinh", "cosh", "tanh", "floor", "ceil", "trunc", "fabs", "hypot", "pow",
             "copysign", "fmod", "isnan", "isinf", "isfinite", "isqrt", "gcd", "factorial", "pi",
             "e", "tau", "inf", "nan"},
    "time": {"time", "perf_counter", "perf_counter_ns", "monotonic"},
    "random": {"seed", "random", "randint", "randrange", "uniform", "choice", "shuffle", "gauss"},
    "sys": {"argv", "exit"},
}
BUILTINS = {"print", "len", "range", "abs", "min", "max", "sum", "int", "float", "complex", "bool",
            "str", "repr", "round", "divmod", "pow", "enumerate", "zip", "reversed", "sorted", "list",
            "tuple", "isinstance", "hex", "bin", "ord", "chr"}
# Python builtins that Tier 1 does not list (dict, set, map, format, id, ...): using one is outside
# the subset. Undefined names that are not builtins are fine (NameError programs use them).
OTHER_BUILTINS = set(dir(builtins)) - BUILTINS - {
    "True", "False", "None", "__name__", "int", "float", "complex", "bool", "str", "list", "tuple",
    "range"}
METHODS = {"append", "extend", "insert", "pop", "index", "count", "reverse", "sort", "copy", "clear",
           "join", "format", "conjugate", "is_integer"}
ATTRS = {"real", "imag", "__name__"}
ALLOWED_STMTS = (ast.Expr, ast.Assign, ast.AugAssign, ast.If, ast.While, ast.For, ast.Break,
                 ast.Continue, ast.Pass, ast.Return, ast.FunctionDef, ast.Global, ast.Assert,
                 ast.Import, ast.ImportFrom, ast.Delete)
ALLOWED_EXPRS = (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call, ast.Constant,
                 ast.Name, ast.Attribute, ast.Subscript, ast.Slice, ast.List, ast.Tuple,
                 ast.ListComp, ast.JoinedStr, ast.FormattedValue)
NAMES = {ast.ClassDef: "class", ast.Try: "try", ast.With: "with", ast.Raise: "raise",
         ast.Lambda: "lambda", ast.Yield: "yield", ast.YieldFrom: "yield from", ast.Dict: "dict display",
         ast.Set: "set display", ast.DictComp: "dict comprehension", ast.SetComp: "set comprehension",
         ast.GeneratorExp: "generator expression", ast.Starred: "starred expression",
         ast.Nonlocal: "nonlocal", ast.NamedExpr: "walrus", ast.AnnAssign: "annotated assignment",
         ast.AsyncFunctionDef: "async def", ast.Await: "await", ast.Match: "match"}


class Checker(ast.NodeVisitor):
    def __init__(self):
        self.problems = []  # (line, col1, text, end_line, end_col1): 1-based, end inclusive
        self.depth = 0      # function nesting
        self.bound = set()  # program names that shadow a builtin outside Tier 1

    def bad(self, node, text, start=None):
        line, col = start or (node.lineno, node.col_offset + 1)
        self.problems.append((line, col, text, node.end_lineno, node.end_col_offset))

    def generic_visit(self, node):
        if isinstance(node, ast.stmt) and not isinstance(node, ALLOWED_STMTS):
            self.bad(node, NAMES.get(type(node), type(node).__name__) + " statement")
        elif isinstance(node, ast.expr) and not isinstance(node, ALLOWED_EXPRS):
            self.bad(node, NAMES.get(type(node), type(node).__name__))
        super().generic_visit(node)

    def visit_FunctionDef(self, node):
        if self.depth:
            self.bad(node, "nested def")
        if node.decorator_list:
            d = node.decorator_list[0]
            self.bad(node, "decorator", (d.lineno, d.col_offset))  # the '@'; spans the def
        a = node.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            self.bad(node, "parameters other than positional ones with defaults")
        if node.returns or any(x.annotation for x in a.args):
            self.bad(node, "annotation")
        self.bound.add(node.name)
        self.bound.update(x.arg for x in a.args)
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and node.id in OTHER_BUILTINS and node.id not in self.bound:
            self.bad(node, f"builtin {node.id}")
        if isinstance(node.ctx, ast.Store) and node.id in OTHER_BUILTINS:
            self.bound.add(node.id)

    def visit_Global(self, node):
        if not self.depth:
            self.bad(node, "global at module level")

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name not in MODULES or alias.asname:
                self.bad(node, f"import {alias.name}")

    def visit_ImportFrom(self, node):
        if node.module not in MODULES or node.level:
            self.bad(node, f"from {node.module} import")
            return
        for alias in node.names:
            if alias.name not in MODULES[node.module] or alias.asname:
                self.bad(node, f"from {node.module} import {alias.name}")
            self.bound.add(alias.name)

    def visit_Attribute(self, node):
        if isinstance(node.value, ast.Name) and node.value.id in MODULES:
            if node.attr not in MODULES[node.value.id]:
                self.bad(node, f"{node.value.id}.{node.attr}")
            if not isinstance(node.ctx, ast.Load):
                self.bad(node, "assignment to a module attribute")
            return
        if node.attr not in METHODS | ATTRS:
            self.bad(node, f"attribute .{node.attr}")
        if not isinstance(node.ctx, ast.Load):
            self.bad(node, "attribute assignment")
        self.visit(node.value)

    def visit_Subscript(self, node):
        if not isinstance(node.ctx, ast.Load) and isinstance(node.slice, ast.Slice):
            self.bad(node, "slice assignment or deletion")
        self.generic_visit(node)

    def visit_Delete(self, node):
        for t in node.targets:
            if not isinstance(t, ast.Subscript):
                self.bad(t, "del of something other than a[i]")
        self.generic_visit(node)

    def visit_Call(self, node):
        for kw in node.keywords:
            if kw.arg is None:
                self.bad(node, "**kwargs in a call")
        self.generic_visit(node)

    def visit_BinOp(self, node):
        if isinstance(node.op, ast.MatMult):
            self.bad(node, "'@' operator")
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        if isinstance(node.op, ast.MatMult):
            self.bad(node, "'@=' operator")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, left, right in zip(node.ops, [node.left] + node.comparators, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)):
                if not (_is_none(left) or _is_none(right)):
                    self.bad(node, "'is' not against None")
        self.generic_visit(node)

    def visit_Constant(self, node):
        v = node.value
        if isinstance(v, bytes) or v is Ellipsis:
            self.bad(node, type(v).__name__ + " literal")
        if isinstance(v, int) and not isinstance(v, bool) and v > 2**63 - 1:
            self.bad(node, "int literal outside int64")

    def visit_ListComp(self, node):
        for g in node.generators:
            if g.is_async:
                self.bad(node, "async comprehension")
        self.generic_visit(node)


def _is_none(node):
    return isinstance(node, ast.Constant) and node.value is None


def check_spans(source, filename="<program>"):
    """(line, col, text, end_line, end_col) for every construct outside Tier 1, 1-based columns,
    the end inclusive; a SyntaxError propagates."""
    tree = ast.parse(source, filename)
    c = Checker()
    c.visit(tree)
    return sorted(c.problems)


def check_source(source, filename="<program>"):
    """(line, col, text) for every construct outside Tier 1 (where CPython's ast starts it)."""
    return [p[:3] for p in check_spans(source, filename)]


def check_suite():
    import os
    import programs as P
    status = 0
    for name in P.all_names():
        path = P.source_path(name)
        kind = P.kind(name)
        if kind == "syntax":
            problems = []
        else:
            with open(path, encoding="utf-8") as f:
                src = f.read()
            try:
                problems = check_source(src, path)
            except SyntaxError as e:
                print(f"{path}: not valid Python: {e}")
                status = 1
                continue
        if kind == "refused":
            if not problems:
                print(f"{path}: a refused/ program with nothing outside Tier 1")
                status = 1
            continue
        for line, col, text in problems:
            print(f"{path}:{line}:{col}: outside Tier 1: {text}")
            status = 1
        base = P.expected_base(name)
        for ext in ((".status",) if kind == "syntax" else (".out", ".status")):
            if not os.path.exists(base + ext):
                print(f"{path}: no recorded {base + ext} (run record.py {name})")
                status = 1
    return status


def main(argv):
    if argv == ["--suite"]:
        return check_suite()
    status = 0
    for path in argv:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for line, col, text in check_source(src, path):
            print(f"{path}:{line}:{col}: outside Tier 1: {text}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
