# Indentation with tabs (consistently): blocks indented by one and two tab characters.
def f(n):
	if n > 0:
		return n * 2
	return -1


for i in range(3):
	print(i, f(i))
if f(2) == 4:
	print("tabs work")
