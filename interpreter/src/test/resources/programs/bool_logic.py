print(True and False, True or False, not True, 1 and 2, 0 and 2, 1 or 2, 0 or 0.0 or "" or [] or "last")
print(None or "default", [] and "x", "x" if [] else "y")
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(True == 1, False == 0, True is True, isinstance(True, int), True + 0.5)
