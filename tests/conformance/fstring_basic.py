# f-strings: expressions, calls, indexing, nested quotes of the other kind, and literal braces.
x = 7
name = "fastjit"
xs = [1, 2, 3]
print(f"x={x}, x*2={x * 2}, name={name}")
print(f"{name[0]}{name[-1]} {len(xs)} {xs[1] + 10} {xs}")
print(f"{'inner'} {x if x > 5 else 0} {{braces}} {{{x}}}")
print(f"{3.5} {1 / 3} {-0.0} {1e16} {None} {True}")
print(f"")
print(F"capital F {x}")
