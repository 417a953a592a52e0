# A list of complex numbers updated in place, then given a float and an int element; abs of each.
zs = [complex(i, -i) for i in range(4)]
for i in range(len(zs)):
    zs[i] = zs[i] * zs[i] + 1
print(zs)
zs[0] = 2.5
zs[1] = 3
print(zs, [abs(z) for z in zs])
print(sum(zs), sum([z.imag for z in zs[2:]]))
