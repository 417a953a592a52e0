# Sorting lists of nested tuples and lists: lexicographic order, ties broken by later items, stability.
recs = [(3, ("b", 2)), (1, ("z", 0)), (3, ("a", 9)), (2, ("m", 1)), (1, ("a", 5))]
print(sorted(recs))
print(sorted(recs, reverse=True))
print(max(recs), min(recs), sorted([[2, [1]], [2, [0, 5]], [1, [9]]]))
