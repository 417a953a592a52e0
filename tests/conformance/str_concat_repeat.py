# String concatenation with + and +=, repetition with * (also by zero, negative and bool), in loops.
s = "ab" + "cd"
s += "ef"
print(s, s * 2, 3 * "xy", "z" * 0, "z" * -3, "q" * True, repr("" * 5))
acc = ""
for i in range(5):
    acc += str(i)
print(acc)
t = "-"
t *= 4
print(t)
