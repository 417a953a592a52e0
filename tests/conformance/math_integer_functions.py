# math.isqrt, gcd and factorial on small, zero, negative (gcd) and large int64 arguments.
import math
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 18), math.isqrt(9223372036854775807))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(17, 5), math.gcd(2 ** 40, 6 ** 20))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20))
