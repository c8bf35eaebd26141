import operator
from operator import itemgetter, attrgetter
import string
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.itemgetter(1)([7, 8]))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)), itemgetter(0, 1)(pairs[0]))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter("n"))])
print(string.ascii_lowercase, string.digits, string.punctuation[:5], string.capwords("hello big world"))
print(operator.eq(1, 1), operator.lt(2, 1), operator.contains([1], 1), operator.truth(0))
from functools import reduce
print(reduce(operator.add, ["a", "b", "c"]), reduce(operator.mul, range(1, 6)))
