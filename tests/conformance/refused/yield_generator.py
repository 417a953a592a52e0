# A generator function (yield) is refused.
# refused: 'yield' expressions (generators) are not supported by fastjit
# at: 7:9
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(3)))
