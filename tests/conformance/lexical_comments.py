# Comments: full-line, trailing, inside brackets, and a '#' inside a string is not a comment.
x = 1  # trailing comment
# a comment line between statements
y = [1,  # inside a list display
     2,  # another
     3]
print(x, y)  # print it
print("# not a comment", '#nor this')
    # an indented comment line is not an indentation error
print("end")
