# IndexError in a top-level loop over a list of floats, after output printed before the loop.
values = [0.5 * k for k in range(5)]
print(values)
total = 0.0
for i in range(8):
    total += values[i]
print("never", total)
