#!/usr/bin/env python3
"""Records CPython 3.11's verdict on small programs for the frontend unit tests.

Each case is compiled with python3's compile(); the exception class, message, line and column it
reports (or acceptance) are written to syntax_cases.inc, which syntax_errors_test.cpp includes and
checks fastjit's frontend against. Run it again after adding cases:
    python3 tests/unit/frontend/gen_syntax_cases.py
Cases marked NO_COL are checked for class, message and line only: there CPython's column comes from
its PEG parser's internals, or (inside f-strings) is relative to the replacement field's text,
and fastjit reports a nearby column in the file.
"""
import os
import sys

NO_COL = {"f(a=1, 2)\n", 'y = f"{a b}"\n', 'y = f"{a +}"\n'}

CASES = r'''
x = $
====
a <> b
====
x = 1 ! 2
====
0777
====
0o78
====
0b12
====
0x
====
1_
====
1__0
====
1e
====
1a
====
0xg
====
1.5_
====
x = €
====
if x:
pass
====
if x:
    a
  b
====
  a
====
if x:
	a
        b
====
x = (1,
====
x = [1)
====
x = [1,
2)
====
x = )
====
"abc
====
"""abc

====
x = \ y
====
x = 1 \
====
f"{}"
====
f"{x!z}"
====
f"{x"
====
f"}"
====
f"{x#}"
====
f"{'\n'}"
====
f"{x:{y:{z:{w}}}}"
====
f"{x!}"
====
f"{=}"
====
"\x4"
====
"\u12"
====
ur"x"
====
x = 1 if 2
====
return 1
====
break
====
continue
====
def f():
    x = 1
    global x
====
def f(a=1, b): pass
====
def f(a, a): pass
====
f(a=1, a=2)
====
f(a=1, 2)
====
1 = x
====
f() = 1
====
"a" = 1
====
x + 1 = 2
====
(a, 1) = 2
====
None = 1
====
True = 1
====
del f()
====
a, b += 1
====
f() += 1
====
for 1 in x: pass
====
[x for 1 in y]
====
x = 1 +
====
if x
    pass
====
while True:
    pass
else:
    break
====
x = 1
global x
====
def f():
    x += 1
    global x
====
def f():
    print(x)
    global x
====
def f(x):
    global x
====
def f(): pass
global f
====
def f():
    [y for y in x]
    global x
====
f(1=2)
====
f(x+1=2)
====
a < b = 1
====
not a = 1
====
x if y else z = 1
====
[x for x in y] = 1
====
f"{x}" = 1
====
x = f() = 1
====
del x + 1
====
del (a[0], f())
====
x = 1 if 2 else
====
if x:
    pass
  else:
    pass
====
for x in y
    pass
====
def f:
    pass
====
def f(a b): pass
====
x = (1 2)
====
x = [a b]
====
print "hello"
====
x = [1, 2
y = 3
====
if True:
    x = 1
        y = 2
====
from math import sqrt,
====
a, b = = 1
====
x = 1,,
====
x.1
====
if x = 1: pass
====
while x = 1: pass
====
x = 5 if
====
else: pass
====
elif x: pass
====
x = a[]
====
x = 1 not 2
====
x = not
====
x = 1 is not not 2
====
x = a not in
====
1 +
====
a = 1 = 2
====
while True:
    def f():
        break
====
for x in y:
    pass
else:
    continue
====
def f():
    pass
return
====
x = (yield)
====
x = 1e400
====
x = 99999999999999999999999999999999
====
x = -9223372036854775808
====
x = a if b else c if d else e
====
x = [i*j for i in range(3) if i for j in range(i) if j > 1 if j < 5]
====
x = a[1:2:3], a[::], a[:], a[::-1], a[1:], a[:2]
====
a, (b, [c, d]) = 1, (2, [3, 4])
====
x = f(1, 2, sep='', end="\n")
====
def f(a, b=1, c=[1, 2]):
    """doc"""
    return
====
import math, time as t, random, sys
====
from math import (sqrt as s, pi,)
====
x = r'\d+\'' + R"a\nb" + u'x'
====
x = f'{a!r}{b:>{w}.{p}f}{{}}' f"{x=}" f'{x = !s:>5}'
====
x = 1; y = 2;
====
if x: y = 1
elif z: y = 2
else: y = 3
====
x = 1 \
  + 2
====
x = 1_000_000 + 0x_ff + 0o_17 + 0b_101 + 1_0.5e1_0 + 3j + .5 + 5. + 1E5 + 00 + 0_0 + 09.5 + 1.e5j
====
def f():
    global x
    x = 1
global y
====
if x:
    pass
 # comment

y = 2
====
x = [
1,
   2]
====
x = 'a' \
    'b'
====
while x:
    if y:
        continue
    else:
        break
else:
    pass
====
x = not a in b is not c
====
del a[0], b[1:2][0]
====
f(x for x in y, )
====
f(c, x for x in y)
====
f(k=1, x for x in y)
====
nonlocal x
====
for i in x:
 for i in x:
  for i in x:
   for i in x:
    for i in x:
     for i in x:
      for i in x:
       for i in x:
        for i in x:
         for i in x:
          while y:
           while y:
            while y:
             while y:
              while y:
               while y:
                while y:
                 while y:
                  while y:
                   while y:
                    if z:
                     while y:
                      pass
====
for i in x:
 for i in x:
  for i in x:
   for i in x:
    for i in x:
     for i in x:
      for i in x:
       for i in x:
        for i in x:
         for i in x:
          for i in x:
           for i in x:
            for i in x:
             for i in x:
              for i in x:
               for i in x:
                for i in x:
                 for i in x:
                  for i in x:
                   for i in x:
                    pass
                   else:
                    for j in y:
                     pass
====
if 0 <= i < j and not row[j]   else:
    pass
====
while x y:
    pass
====
for x in y z:
    pass
====
if x:
    pass
else
    pass
====
def f() x:
    pass
====
from math impo sqrt
====
x = 1 + yield
====
x = 1 + lambda: 2
====
y = f"{a b}"
====
y = f"{a +}"
====
if x:
    y = 1
  z = (
====
x = (1 +
y = 2 $
====
x = 1 +
y = (
====
if x:
    pass
        y = 1
z = (
====
x = 1 +
y = 0777
====
class A:
    pass
x = 1 +
====
try:
    pass
x = 1
====
try:
    pass
====
try:
    x = 1
except E:
    pass
x = 5e+a
====
x = '\uE000'
x = 
'''.strip("\n").split("\n====\n")


def c_string(s):
    delim = "py"
    while ")" + delim + '"' in s:
        delim += "x"
    return 'R"' + delim + "(" + s + ")" + delim + '"'


def main():
    out = []
    for case in CASES:
        src = case + "\n" if not case.endswith("\n") else case
        try:
            compile(src, "t.py", "exec")
            out.append("{%s, nullptr, nullptr, 0, 0}," % c_string(src))
        except SyntaxError as e:
            col = -1 if src in NO_COL else e.offset
            out.append('{%s, "%s", %s, %d, %d},' % (c_string(src), type(e).__name__,
                                                    c_string(e.msg), e.lineno, col))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "syntax_cases.inc"), "w") as f:
        f.write("// Generated by gen_syntax_cases.py from CPython %d.%d's compile(); do not edit.\n"
                % sys.version_info[:2])
        f.write("// {source, exception class or null if accepted, message, line, column (-1: not checked)}\n")
        f.write("\n".join(out) + "\n")


main()
