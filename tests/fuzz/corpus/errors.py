def f(a=1, b):
    return
x = (1 2)
if x = 1:
  pass
 y = 2
return 5
f(a=1, a=2) = 3
print "x"
s = f"{x!z}" "\x4"
0777 + 1__0 + 0b12
