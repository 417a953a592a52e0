# ValueError: pow() 3rd argument cannot be 0.
print(pow(2, 3, 5))
print(pow(2, 3, 0))
