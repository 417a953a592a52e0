# from time import perf_counter: timing a loop, printing only whether the elapsed time is sane.
from time import perf_counter, time
start = perf_counter()
x = 0
for i in range(1000):
    x += i * i
elapsed = perf_counter() - start
print(x, elapsed >= 0.0, elapsed < 100.0, time() > 0)
