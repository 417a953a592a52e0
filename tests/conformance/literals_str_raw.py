# Raw strings keep backslashes: r'\n' is two characters; R prefix too; raw triple-quoted strings.
print(r'\n', len(r'\n'))
print(R"C:\path\to\file")
print(r"""raw \t triple""")
print(repr(r'\d+\.\d*'))
print(r'\'', len(r'\''))
