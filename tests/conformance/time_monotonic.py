# time: only deterministic facts are printed (monotonic clocks do not go backwards, types, magnitudes).
import time
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
s = 0
for i in range(10000):
    s += i
t1 = time.time()
p1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
print(t0 > 1.5e9, t1 >= t0, p1 >= p0, n1 >= n0, m1 >= m0, s)
print(isinstance(t0, float), isinstance(p0, float), isinstance(n0, int), isinstance(m0, float))
print(p1 - p0 < 60, (n1 - n0) >= 0)
