# An error raised inside a module-level hot loop after many iterations: the traceback names the
# module line (and the function's when raised in a callee), and the output printed before it is
# complete.
def ratio(a, b):
    return a / b


xs = [5, 4, 3, 2, 1, 0, 1]
t = 0.0
for rounds in range(100):
    for k in range(5):
        t += ratio(k, xs[k])
print(t)
total = 0
i = 0
while i < 7:
    total += 100 // xs[i]
    print(i, total)
    i += 1
