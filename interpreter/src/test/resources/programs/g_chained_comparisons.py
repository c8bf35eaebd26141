calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 > 0, "a" < "b" <= "b" < "c")
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(0) < v(9), calls)
x = 5
print(0 <= x < 10, 0 < x <= 4, x in range(10) and x not in (3, 4), not 0 < x < 3)
print(None is None is not False, [] == [] is not None, (1, 2) < (1, 3) < (2,))
print(1 < 2 == 2.0 < 3.5 != 4, "abc" < "abd" < "b", [1, 2] < [1, 2, 0] < [1, 3])
a = [1, 2]
b = a
c = [1, 2]
print(a is b is not c, a == b == c, a is not c)
print(max(1, 2) < min(5, 6) <= abs(-6))
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 < None)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(float("nan") < 1, float("nan") >= 1, float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 > 0.3, 1e308 * 10 == float("inf"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), (1, "a") < (1, "b"), (0,) < (0, 0))
print("Z" < "a", "é" > "z", "apple" < "apples", "" < "a", "10" < "9", 10 < 9)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, not {1} < {1}, {1} == {1.0}, frozenset([1]) == {1})
print(True + True, True * 3, False - 1, True / 2, 5 > True, isinstance(True, int), True == 1, (True == 1) == False)
