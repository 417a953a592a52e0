# try/finally inside a function body is refused too.
# refused: 'try' statements are not supported by fastjit
# at: 5:5
def f():
    try:
        return 1
    finally:
        print("cleanup")
print(f())
