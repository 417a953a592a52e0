# Adjacent string literals mixing plain, raw and f-strings are concatenated at compile time.
x = 5
s = "a" f"{x}" 'b' r"\n" f"{x * 2:>3}"
print(s, len(s))
print("multi" "ple" " " "parts")
