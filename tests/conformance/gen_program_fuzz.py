#!/usr/bin/env python3
"""Generates random structured Tier 1 programs for differential testing (a tool, not a program).

Where gen_expr_fuzz.py stresses single expressions, this one writes whole programs of the shape
the JIT specializes: several functions with int, float, bool and list locals, range and while
loops with break/continue, if/elif/else, augmented assignments, list appends, indexing with
wrapped indices (`a[i % len(a)]`), calls between functions with arguments of varying types
(so one function sees several signatures and unions such as `x = 0` then `x += 0.5`), globals,
and prints of intermediate and final values. Divisors are guarded (`(d or 1)`), lists never
become empty and ints are kept small with `% M`, so programs run without exceptions; a candidate
is kept only if python3 runs it cleanly with every int inside int64 (record.py's check), else the
next candidate is tried. The same seed always gives the same program.

    gen_program_fuzz.py --seed 1 > tests/conformance/fuzz_program_seed1.py
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)

    def num(self):
        r = self.rng
        return r.choice(["0", "1", "2", "3", "7", "-1", "-5", "10", "0.5", "1.5", "-2.25", "0.1",
                         "True", "False", "100", "1e-3"])

    def atom(self, ints, floats, lists):
        r = self.rng
        choices = [self.num()]
        if ints:
            choices += [r.choice(ints)] * 2
        if floats:
            choices += [r.choice(floats)] * 2
        if lists:
            lst = r.choice(lists)
            idx = r.choice(ints) if ints else str(r.randint(0, 5))
            choices.append(f"{lst}[int({idx}) % len({lst})]")
            choices.append(f"len({lst})")
        return r.choice(choices)

    def expr(self, ints, floats, lists, depth=2):
        r = self.rng
        if depth == 0 or r.random() < 0.3:
            return self.atom(ints, floats, lists)
        a = self.expr(ints, floats, lists, depth - 1)
        b = self.expr(ints, floats, lists, depth - 1)
        op = r.choice(["+", "-", "*", "+", "-", "*", "/", "//", "%", "min", "max", "abs", "cmp", "ifexp"])
        if op in ("/", "//", "%"):
            return f"({a} {op} ({b} or 1))"
        if op in ("min", "max"):
            return f"{op}({a}, {b})"
        if op == "abs":
            return f"abs({a})"
        if op == "cmp":
            return f"({a} {r.choice(['<', '<=', '==', '!=', '>'])} {b})"
        if op == "ifexp":
            return f"({a} if {b} else {self.atom(ints, floats, lists)})"
        return f"({a} {op} {b})"

    def bounded(self, e):
        # Keeps ints small; floats pass through (x % M of a float is a float).
        return f"({e}) % {self.rng.choice([97, 1009, 10007, 1000003])}"

    def block(self, depth, ints, floats, lists, budget, in_loop):
        r = self.rng
        for _ in range(r.randint(1, 4)):
            if budget <= 0:
                break
            budget -= 1
            k = r.random()
            assignable = [v for v in ints if v != "k" and not v.startswith("i")]
            if k < 0.3 and assignable:
                v = r.choice(assignable)
                self.emit(depth, f"{v} = {self.bounded(self.expr(ints, floats, lists))}")
            elif k < 0.45 and floats:
                v = r.choice(floats)
                self.emit(depth, f"{v} {r.choice(['+=', '-=', '*='])} {self.expr(ints, floats, lists, 1)}")
                self.emit(depth, f"{v} = {v} % 1000.5")
            elif k < 0.55 and lists:
                lst = r.choice(lists)
                if r.random() < 0.5:
                    self.emit(depth, f"{lst}.append({self.bounded(self.expr(ints, floats, lists, 1))})")
                    self.emit(depth, f"if len({lst}) > 12:")
                    self.emit(depth + 1, f"{lst}.pop(0)")
                else:
                    idx = r.choice(ints) if ints else "0"
                    self.emit(depth, f"{lst}[int({idx}) % len({lst})] = {self.bounded(self.expr(ints, floats, lists, 1))}")
            elif k < 0.7 and depth < 3:
                self.emit(depth, f"if {self.expr(ints, floats, lists, 1)}:")
                budget = self.block(depth + 1, ints, floats, lists, budget, in_loop)
                if r.random() < 0.5:
                    self.emit(depth, "else:")
                    budget = self.block(depth + 1, ints, floats, lists, budget, in_loop)
            elif k < 0.82 and depth < 3:
                it = f"i{depth}"
                self.emit(depth, f"for {it} in range({r.choice(['3', '5', '8', '1', '0'])}):")
                budget = self.block(depth + 1, ints + [it], floats, lists, budget, True)
            elif k < 0.88 and in_loop:
                self.emit(depth, f"if {self.expr(ints, floats, lists, 1)}:")
                self.emit(depth + 1, r.choice(["break", "continue"]))
            else:
                self.emit(depth, f"print({self.expr(ints, floats, lists)})")
        return budget

    def function(self, name, callees):
        r = self.rng
        params = ["p", "q"]
        self.emit(0, f"def {name}(p, q, xs):")
        self.emit(1, "n = 0")
        self.emit(1, "acc = 0")
        self.emit(1, "f = 0.5")
        ints = ["n", "acc"]
        floats = ["f"]
        self.emit(1, "k = 0")
        self.emit(1, f"while k < {r.randint(2, 6)}:")
        self.emit(2, "k += 1")
        self.emit(2, f"acc += {self.expr(ints + ['k'], floats + params, ['xs'], 2)}")
        self.emit(2, "acc = acc % 100003")
        self.block(2, ints + ["k"], floats + params, ["xs"], 8, True)
        if callees and r.random() < 0.7:
            c = r.choice(callees)
            self.emit(1, f"n = {c}(acc % 50, f, xs) % 1009")
        self.emit(1, "print(" + repr(name) + ", n, acc, f)")
        self.emit(1, f"return {r.choice(['n + acc', 'acc', 'n * 2 + 1', 'len(xs) + n'])}")
        self.emit(0, "")

    def program(self):
        r = self.rng
        names = [f"f{i}" for i in range(r.randint(2, 4))]
        for i, nm in enumerate(names):
            self.function(nm, names[:i])
        self.emit(0, "data = [1, 2.5, 3]")
        self.emit(0, "ints = [4, 5, 6, 7]")
        self.emit(0, "total = 0")
        self.emit(0, f"for r in range({r.randint(2, 5)}):")
        for nm in names:
            args = r.choice(["r, 0.5, data", "r * 2, r, ints", "1.5, r, data", "r, True, ints",
                             "r - 3, -0.25, ints"])
            self.emit(1, f"total = (total + {nm}({args})) % 1000003")
        self.emit(1, "print('round', r, total)")
        self.emit(0, "print('final', total, data, ints)")
        return "\n".join(self.lines) + "\n"


def clean_under_python(src):
    """True when python3 runs the program without error and keeps every int inside int64."""
    sys.path.insert(0, HERE)
    import record
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        plain = subprocess.run([sys.executable, path], capture_output=True, timeout=10)
        if plain.returncode != 0:
            return False
        chk = subprocess.run([sys.executable, "-c", record.INT64_CHECK, path], capture_output=True,
                             timeout=30)
        return b"INT64 " not in chk.stderr
    except subprocess.TimeoutExpired:
        return False
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for attempt in range(50):
        rng = random.Random(args.seed * 1000 + attempt)
        src = Gen(rng).program()
        if clean_under_python(src):
            print(f"# A random structured program (gen_program_fuzz.py --seed {args.seed}, candidate"
                  f" {attempt}): functions called\n# with varying argument types, loops, branches, list"
                  " updates; CPython runs it cleanly within int64.")
            sys.stdout.write(src)
            return 0
    print("no clean candidate found", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
