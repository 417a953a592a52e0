# Functions mixing typed and untyped values (compiled with boxed values in jit mode): str work, mixed
# return types, a list whose storage changes through an alias, globals written by a function,
# keyword arguments, generic loops, and typed kernels called from such a function.
import math

counter = 0
log = []


def bump(by):
    global counter
    counter = counter + by
    log.append(counter)
    return counter


def describe(x):
    if x is None:
        return "nothing"
    if x > 10:
        return x * 1.5
    return x


def kernel(values):
    s = 0
    for v in values:
        s += v * v
    return s


def alias_switch(a):
    b = a
    b[0] = 0.5
    total = 0
    for i in range(len(a)):
        total = total + a[i]
    return total, a


def words(text, sep):
    out = []
    w = ""
    for ch in text + sep:
        if ch == sep:
            if w:
                out.append(w + "!")
            w = ""
        else:
            w += ch
    return " ".join(out)


def main(n):
    vals = list(range(n))
    print("kernel", kernel(vals), kernel([1.5, 2.5]))
    for x in [None, 3, 12, True]:
        print(repr(describe(x)), end="; ")
    print()
    print(alias_switch([1, 2, 3]))
    for k in range(3):
        bump(k + 1)
    print("counter", counter, log)
    print(words("a,,bc,d", ","), words("x y", " "))
    label = "n=" + str(n)
    label += f" sqrt={math.sqrt(n):.4f} {n:>4}|{label!r}"
    print(label, len(label), label[2:5], label[::-3])
    total = 0
    for i, ch in enumerate("abc"):
        total += i * ord(ch)
    pairs = sorted(zip([3, 1, 2], "xyz"), reverse=True)
    print(total, pairs, 2 in vals, "z" not in "abc", (1, "a") < (1, "b"))
    a, b = "pq"
    print(a, b, sep="-", end=".\n")


main(10)
main(3)
