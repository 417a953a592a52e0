s = 'it''s' "\x41\u00e9\U0001F600\101\n" r'\d+' '''multi
line''' u"x"
w, p = 10, 3
print(f"{s!r:>{w}.{p}}", f'{w=}', f"{{}}{w:_^20,}", f"{3.14159:.5e}", "{} {}".format(1, 2))
x = 0x_ff + 0o17 + 0b101 + 1_000.5e-3 + 2j + .5 + 5.
assert x != 0, "nonzero"
while w > 0:
    w -= 1
else:
    print(w if w else "zero", sep='', end="\n")
