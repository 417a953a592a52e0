# Assignment expressions (:=) are refused at the ':='.
# refused: assignment expressions (':=') are not supported by fastjit
# at: 5:7
a = [1, 2, 3]
if (n := len(a)) > 2:
    print(n)
