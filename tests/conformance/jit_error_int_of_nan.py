# int() of floats in a compiled function, truncating toward zero, then int(nan): ValueError.
def conv(x):
    return int(x)


for k in range(300):
    conv(k * 0.5)
print(conv(-2.5), conv(2.9), conv(-0.0), conv(1e18))
print(conv(float("nan")))
