# expect: OverflowError
# Fibonacci numbers up to fib(92) fit int64 and must all print exactly; fib(93) overflows (last statement).
a = 0
b = 1
for i in range(91):
    a, b = b, a + b
    print(i + 2, b)
c = a + b
