# 'in' and 'not in' on strings (substring tests, empty string), and iterating over characters.
s = "hello world"
print("lo w" in s, "xyz" in s, "" in s, "" in "", "o" not in s, "h" in "H")
for ch in "abc":
    print(ch, ord(ch))
n = 0
for ch in s:
    if ch == "o":
        n += 1
print(n, len(s))
