# Two expressions side by side in a call are a SyntaxError (perhaps a forgotten comma).
print("a" "b" 1)
