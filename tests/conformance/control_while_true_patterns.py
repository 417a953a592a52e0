# while True with break from several places, a counter updated on every path, and continue before break.
n = 0
events = []
while True:
    n += 1
    if n % 2 == 0:
        events.append("even")
        continue
    if n > 7:
        events.append("stop")
        break
    events.append(n)
print(n, events)
k = 100
while k:
    k //= 3
print(k)
