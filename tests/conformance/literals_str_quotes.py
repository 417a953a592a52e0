# String literals: single, double, triple quotes of both kinds, quotes inside strings, adjacent concatenation.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("""triple
double""")
print('''triple
single''')
print("adjacent " 'literals ' """concatenate""")
print("""a "quoted" word and 'another'""")
print('')
print("", "", sep="|")
