# Implicit line joining inside (), [] and call arguments, with odd indentation of the continuation lines.
total = (1 +
         2 +
    3)
items = [
    10,
        20,
  30,
]
print(total,
      items,
 sep=" | ")
def f(a,
      b,
            c=3):
    return a + b + c
print(f(1,
2))
t = (
)
print(t, len(items
))
