#!/usr/bin/env python3
# Generates cases.inc for run_test.cpp: each case is a small program run by python3 (the oracle)
# here, at generation time; its stdout, the last line of its stderr (the exception line) and its
# exit status become the expectations. Re-run after adding a case:
#   python3 tests/unit/interp/gen_cases.py > tests/unit/interp/cases.inc
import subprocess, sys, os

CASES = {}
def case(name, src):
    CASES[name] = src

case("arith_basic", """
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1)
print(1.5 + 2, 3 - 0.5, 2 * 2.5, 7.0 // 2, -7.0 % 3)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
print(-2 ** 2, (-2) ** 2, ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3)
""")
case("compare_chain", """
def f(v):
    print("eval", v)
    return v
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(f(1) < f(2) < f(0) < f(5))
i, n = 3, 10
if 0 <= i < n:
    print("in range")
print(1 == 1.0, 2 ** 53 + 1 > 2.0 ** 53, 0.1 + 0.2 == 0.3)
""")
case("and_or_values", """
print(0 or "a", 1 and [], None or 0 or 2, [] and 1, 3 and 4)
x = 0
y = x or 5
print(y, not y, not 0)
def t(v):
    print("t", v)
    return v
r = t(0) and t(1)
r2 = t(1) or t(2)
print(r, r2)
print(1 if x else 2, "yes" if y > 3 else "no")
""")
case("scoping_globals", """
count = 0
def bump():
    global count
    count += 1
def read():
    return count * 10
bump(); bump()
print(count, read())
def shadow():
    count = 99
    return count
print(shadow(), count)
""")
case("unbound_local", """
x = 1
def f():
    print("before")
    print(x)
    x = 2
f()
""")
case("name_error", """
print("start")
print(undefined_name)
""")
case("comprehension_scope", """
x = "outer"
ys = [x for x in range(3)]
print(ys, x)
def f(n):
    i = -1
    sq = [i * i for i in range(n) if i % 2 == 0]
    return sq, i
print(f(7))
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([x for x in x])
""")
case("range_rebound", """
def range(n):
    return [10, 20, 30][:n]
for i in range(2):
    print(i)
total = 0
for i in range(3):
    total += i
print(total)
""")
case("range_loops", """
for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5, 2):
    print("never")
else:
    print("else ran")
for i in range(2, 20, 5):
    if i > 10:
        break
    print(i)
else:
    print("no")
print(i)
""")
case("range_float_arg", """
for i in range(2.5):
    print(i)
""")
case("range_zero_step", """
for i in range(1, 5, 0):
    print(i)
""")
case("while_else_continue", """
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print(n)
else:
    print("not reached")
m = 3
while m:
    m -= 1
else:
    print("done", m)
""")
case("functions_defaults_kw", """
def f(a, b=2, c=[1]):
    return a + b + len(c)
print(f(1), f(1, 5), f(1, c=[1, 2, 3]), f(b=1, a=2))
d = 5
def g(x=d):
    return x
d = 6
print(g(), g.__name__)
h = g
print(h(3), h.__name__)
def apply(fn, v):
    return fn(v)
print(apply(abs, -3), apply(g, 7))
""")
case("recursion_fib", """
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
""")
case("recursion_998_ok", """
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(997))
print(depth(998))
""")
case("recursion_limit", """
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print("go")
print(depth(999))
""")
case("unpacking", """
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
p, q, r = "abc"
print(p, q, r)
[s, t] = range(2)
print(s, t)
""")
case("unpack_too_few", """
a, b, c = [1, 2]
""")
case("unpack_too_many", """
a, b = (1, 2, 3)
""")
case("unpack_non_iterable", """
a, b = 5
""")
case("fstrings", """
x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f} {n:5d} {n:<5}| {s!r} {s:>4} {n:x} {x:e}")
w = 8
print(f"[{n:{w}}] [{x:{w}.{2}f}]")
print(f"{[1, 2]} {(1,)} {None} {True} {1.0} {2j}")
print(f"{n=}", f"{1 + 1}")
""")
case("lists_alias_subscripts", """
a = [1, 2, 3]
b = a
b[0] = 100
a[-1] += 5
print(a, b, a is b)
grid = [[0] * 3] * 2
grid[0][1] = 7
print(grid)
m = [[0.0] * 2 for i in range(2)]
m[1][0] = 2.5
print(m)
del a[1]
print(a, a[::-1], a[1:], "hello"[1:4], (1, 2, 3)[-2])
xs = []
for i in range(5):
    xs.append(i * i)
print(xs, len(xs), sum(xs), 9 in xs, 10 not in xs)
xs[2] = "two"
print(xs)
""")
case("index_error_traceback", """
def get(xs, i):
    return xs[i]
def outer():
    return get([1, 2, 3], 5)
print("before")
outer()
""")
case("zero_division", """
x = 0
print(1.5)
print(10 // x)
""")
case("assert_msg", """
assert 1 + 1 == 2, "fine"
x = 5
assert x < 3, f"x is {x}"
""")
case("assert_plain", """
assert [], 
""".replace(", \n", "\n"))
case("sys_exit", """
import sys
print("bye")
sys.exit(3)
print("not here")
""")
case("main_guard_imports", """
import math
from math import sqrt, pi as PI
import random
def main():
    print(math.floor(2.5), sqrt(16.0), round(PI, 3))
    random.seed(1)
    print(random.random(), random.randint(1, 100))
if __name__ == "__main__":
    main()
print(__name__)
""")
case("docstring_and_pass", """
\"\"\"Module docstring.\"\"\"
def f():
    \"\"\"Function docstring.\"\"\"
    pass
print(f())
""")
case("iterate_containers", """
for ch in "abc":
    print(ch, end="")
print()
for t in (1, 2.5, "x"):
    print(t, end=" ")
print()
for i, v in enumerate([10, 20]):
    print(i, v)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for v in reversed([1, 2, 3]):
    print(v, end=" ")
print()
xs = [1, 2, 3]
for v in xs:
    if v == 1:
        xs.append(4)
    print(v, end=" ")
print()
""")
case("complex_numbers", """
z = 1 + 2j
c = -0.5 + 0.25j
n = 0
while n < 10 and abs(z) < 2:
    z = z * z + c
    n += 1
print(n, z.real, z.imag, z.conjugate(), -2j)
""")
case("bool_and_none", """
print(True + True, True * 3.0, None is None, [] is not None, x is None if False else 0)
x = None
if not x:
    print("falsy")
print(bool([]), bool([0]), bool(""), bool(0.0))
""")
case("nested_functions_calls", """
def add(a, b):
    return a + b
def compose(f, g, x):
    return f(g(x, 1), 2)
print(compose(add, add, 10))
print(max(3, 7, 1), min([4, 2, 8]), sorted([3, 1, 2]), abs(-2.5))
print(str(12) + "!", repr("q"), int("42") + 1, float("1.5"), list(range(3)), tuple([1, 2]))
""")
case("type_error_message", """
x = 1 + "a"
""")
case("str_methods_format", """
print(", ".join(["a", "b"]), "{} and {:.1f}".format(1, 2.25), "ab" * 3)
print([1] * 3 + [2], (1, 2) + (3,))
""")
case("print_sep_end", """
print(1, 2, 3, sep="-", end="!\\n")
print("a", "b", sep="")
print()
""")
case("loop_var_after", """
def f():
    for i in range(0):
        pass
    return i
print(f())
""")
case("module_level_loops", """
total = 0
for i in range(1000):
    total += i * i
print(total, i)
acc = 0.0
k = 0
while k < 100:
    acc += k * 0.5
    k += 1
print(acc)
""")

def main():
    out = sys.stdout
    out.write("// Generated by gen_cases.py from python3 runs; do not edit by hand.\n")
    for name, src in CASES.items():
        p = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
        err_lines = p.stderr.strip().splitlines()
        last = err_lines[-1] if err_lines else ""
        def lit(s):
            return 'R"PYX(' + s + ')PYX"'
        out.write("{%s, %s, %s, %s, %d},\n" % (
            '"' + name + '"', lit(src), lit(p.stdout), lit(last), p.returncode))

main()
