# The match statement is refused.
# refused: 'match' statements are not supported by fastjit
# at: 5:1
command = 1
match command:
    case 1:
        print("one")
    case _:
        print("other")
