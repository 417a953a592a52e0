# Hot functions called with strings, lists and tuples: concatenation, repetition, indexing,
# slicing, len and `in`, with results that are strings or lists of the same shapes CPython gives.
def twice(a):
    return a + a


def frame(s, k):
    return s[0] * k + s + s[-1] * k


def has(seq, v):
    return v in seq


def middle(seq):
    return seq[1:len(seq) - 1]


for k in range(300):
    t = twice(k)
print(t, twice(1.5), twice("ab"), twice([1, None]), twice((1, "x")))
print(frame("abc", 2), frame([[1], [2]], 1), frame(((0.5,),), 3))
print(has("hello", "ll"), has([1, 2.5, "x"], "x"), has((1, 2), 3), has(range(10), 7), has([[1]], [1]))
print(middle("abcdef"), middle([1, 2, 3, 4]), middle((1,)), middle(""))
