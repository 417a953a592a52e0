# MemoryError from [0] * 10**12: an allocation that cannot succeed is an error, never a crash.
n = 10 ** 12
print("allocating")
a = [0] * n
print(len(a))
