# A generator expression that is not the sole argument must be parenthesized: a SyntaxError before any refusal.
y = [1]
print(sum(x for x in y, 1))
