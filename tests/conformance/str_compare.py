# String comparison is by code point: case, prefixes, non-ASCII; min, max and sorted on strings.
print("a" < "b", "a" < "B", "abc" < "abcd", "b" > "abcd", "Z" < "a", "é" > "e", "10" < "9")
words = ["pear", "Apple", "banana", "apple", "Banana", "éclair", ""]
print(sorted(words))
print(min(words), max(words))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
