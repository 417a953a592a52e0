#!/usr/bin/env python3
"""Records CPython's behaviour as the conformance suite's expectations.

For every program (or those named), runs python3 (3.11, the oracle) and writes
expected/<name>.out (stdout, byte for byte) and expected/<name>.status (exit status, exception
class, CPython's last stderr line); samples get samples/expected/<name>.out/.status at their
`# test-args:` size; syntax/ programs get the class and line of CPython's SyntaxError.
Before recording it checks what an expectation cannot show by itself:
  - the program is inside Tier 1 (check_subset.py) and, by a second run in which every operator
    and call result is checked, never computes an int outside int64 (except `# expect:
    OverflowError` programs, whose point is to leave it);
  - a refused/ program is valid Python, is outside the subset, and its `# at:` position lies inside
    a construct the checker finds outside Tier 1 (the directive names the token fastjit should
    point at, e.g. the 'class' keyword, the '{' of a dict, the name in `import os`); nothing is
    written for refused/ programs;
  - a syntax/ program really is a SyntaxError/IndentationError for python3.
Expectations are never edited by hand: fix the program, re-run this.

    record.py [--python python3] [--check] [name-or-path ...]     (default: every program)
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import check_subset
import programs as P

INT64_CHECK = r'''
# Runs the program with every arithmetic result and call result passed through a check, so an int
# outside int64 anywhere in the program's own expressions (not only in stored variables) is found.
import ast, sys
LO, HI = -2**63, 2**63 - 1
bad = []
def __fastjit_int64_check(v, line):
    if type(v) is int and not (LO <= v <= HI) and not bad:
        bad.append(f"INT64 line {line}: a result outside int64 ({v})")
    return v
class Wrap(ast.NodeTransformer):
    def wrap(self, node):
        self.generic_visit(node)
        call = ast.Call(ast.Name("__fastjit_int64_check", ast.Load()), [node, ast.Constant(node.lineno)], [])
        return ast.copy_location(call, node)
    visit_BinOp = visit_UnaryOp = visit_Call = wrap
    def visit_AugAssign(self, node):
        self.generic_visit(node)
        target = ast.parse(ast.unparse(node.target), mode="eval").body
        check = ast.Expr(ast.Call(ast.Name("__fastjit_int64_check", ast.Load()), [target, ast.Constant(node.lineno)], []))
        return [node, ast.copy_location(check, node)]
path = sys.argv[1]
sys.argv = sys.argv[1:]
with open(path, encoding="utf-8") as f:
    tree = Wrap().visit(ast.parse(f.read(), path))
code = compile(ast.fix_missing_locations(tree), path, "exec")
env = {"__name__": "__main__", "__file__": path, "__fastjit_int64_check": __fastjit_int64_check}
try:
    exec(code, env)
except BaseException:
    pass
sys.stdout.flush()
sys.stderr.write("\n".join(bad))
'''


def run_python(python, name, extra=None, timeout=300):
    path = P.source_path(name)
    cmd = [python] + (extra or []) + [path] + P.program_args(name)
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    try:
        return subprocess.run(cmd, cwd=os.path.dirname(path), capture_output=True, env=env,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        # Reported as a failed run: a program of the suite must finish quickly under python3.
        return subprocess.CompletedProcess(cmd, 124, b"", f"INT64 timed out after {timeout} s".encode())


def write(path, data, check):
    """Writes (or with check, compares) a file; returns an error string or None."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if check:
        try:
            with open(path, "rb") as f:
                return None if f.read() == data else f"{path} is out of date"
        except FileNotFoundError:
            return f"{path} is missing"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return None


def record(python, name, check):
    """Returns a list of problems (empty when recorded fine)."""
    k = P.kind(name)
    path = P.source_path(name)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    d = P.directives(name)
    if k == "syntax":
        proc = run_python(python, name)
        cls, last = P.exception_of(proc.stderr.decode("utf-8", "replace"))
        if proc.returncode != 1 or cls not in ("SyntaxError", "IndentationError", "TabError"):
            return [f"{name}: python3 did not raise a SyntaxError ({last!r})"]
        try:
            compile(src, path, "exec")
            return [f"{name}: compiles in this process"]
        except SyntaxError as e:
            line = e.lineno
        st = P.format_status(1, cls, last, line)
        return [e for e in [write(P.expected_base(name) + ".status", st, check)] if e]
    try:
        problems = check_subset.check_source(src, path)
    except SyntaxError as e:
        return [f"{name}: not valid Python: {e}"]
    if k == "refused":
        errs = []
        if not problems:
            errs.append(f"{name}: check_subset finds nothing outside Tier 1")
        if "refused" not in d or "at" not in d:
            errs.append(f"{name}: needs '# refused:' and '# at:' directives")
        else:
            at = tuple(int(x) for x in d["at"].split(":"))
            spans = check_subset.check_spans(src, path)
            if not any((l, c) <= at <= (el, ec) for l, c, _, el, ec in spans):
                errs.append(f"{name}: '# at: {d['at']}' is not inside a construct check_subset "
                            f"finds ({', '.join(f'{l}:{c} {t}' for l, c, t in problems)})")
        return errs
    if problems:
        return [f"{name}:{l}:{c}: outside Tier 1: {t}" for l, c, t in problems]
    proc = run_python(python, name)
    stderr = proc.stderr.decode("utf-8", "replace")
    errs = []
    expect = d.get("expect")
    if expect:
        if proc.returncode != 0:
            errs.append(f"{name}: '# expect: {expect}' programs must run to completion under "
                        f"python3 (the overflow is their last statement); got exit {proc.returncode}")
        msg = "OverflowError: integer overflow" if expect == "OverflowError" else None
        st = P.format_status(1, expect, msg)
    else:
        cls = None
        last = None
        if "Traceback (most recent call last):" in stderr:
            cls, last = P.exception_of(stderr)
        st = P.format_status(proc.returncode, cls, last)
        chk = run_python(python, name, ["-c", INT64_CHECK])
        marks = [l for l in chk.stderr.decode("utf-8", "replace").splitlines() if l.startswith("INT64 ")]
        if marks:
            errs.append(f"{name}: {marks[0][6:]} (only '# expect: OverflowError' "
                        "programs may leave int64)")
    if errs:
        return errs
    base = P.expected_base(name)
    for e in (write(base + ".out", proc.stdout, check), write(base + ".status", st, check)):
        if e:
            errs.append(e)
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default="python3")
    ap.add_argument("--check", action="store_true",
                    help="verify the recorded files are up to date instead of writing them")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = [P.normalize(n) for n in args.names] or P.all_names()
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda n: (n, record(args.python, n, args.check)), names))
    bad = 0
    for name, errs in results:
        for e in errs:
            print(e)
        bad += bool(errs)
    print(f"{'checked' if args.check else 'recorded'} {len(names) - bad}/{len(names)} programs"
          + (f", {bad} with problems" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
