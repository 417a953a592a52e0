# [x] * n in compiled functions: negative and zero n give empty lists; a huge n is a MemoryError.
def mk(n):
    return [0.0] * n


def mk2(n):
    return [[1, 2]] * n


for k in range(300):
    mk(k)
print(len(mk(10)), mk(-3), mk(0), len(mk2(3)), mk2(-1))
x = mk(10 ** 15)
