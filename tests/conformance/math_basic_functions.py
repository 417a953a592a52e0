# math.sqrt, exp, log (natural and with base), log2, log10 on ordinary and exact values.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-300), math.sqrt(9007199254740993))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(709), math.exp(-1000), math.exp(1e-10))
print(math.log(1), math.log(math.e), math.log(10), math.log(8, 2), math.log(1000, 10), math.log(100, 10), math.log(2, 0.5))
print(math.log2(8), math.log2(10), math.log2(1024), math.log10(1000), math.log10(2), math.log10(0.001))
print(math.log(9223372036854775807), math.log2(9223372036854775807), math.log10(10 ** 18))
