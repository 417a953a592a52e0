# f-strings in triple quotes across lines, raw f-strings, and f-strings built in loops.
a = 1
b = 2
print(f"""a={a}
b={b}""")
print(rf"raw\n{a}", fr"\t{b}")
rows = []
for i in range(3):
    rows.append(f"{i:>2}: {i * i:<3}|")
print("\n".join(rows))
