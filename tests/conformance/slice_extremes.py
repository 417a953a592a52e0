# Slices with huge, negative and reversed bounds and steps larger than the sequence.
a = list(range(6))
print(a[-9223372036854775807:9223372036854775807], a[9223372036854775807:], a[::9223372036854775807])
print(a[::-9223372036854775807], a[-1:-9223372036854775807:-1], a[3:-9223372036854775807:-2])
s = "abcdef"
print(s[::-9223372036854775807], s[1:-1:100], s[-1::-100])
