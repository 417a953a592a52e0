# A compiled function returns its for-loop variable after a loop that ran zero times:
# UnboundLocalError, as in CPython, after many calls where the loop ran.
def last(n):
    for i in range(n):
        pass
    return i


for k in range(1, 300):
    last(k)
print(last(5))
print(last(0))
