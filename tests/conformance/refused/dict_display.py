# A dict display is refused at its opening brace.
# refused: dict displays are not supported by fastjit
# at: 5:8
print("never printed")
ages = {"ann": 7, "bob": 9}
print(ages)
