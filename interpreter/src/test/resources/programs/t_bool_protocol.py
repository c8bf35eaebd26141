class T:
    def __bool__(self):
        print("bool called")
        return True
class Lenny:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(T()), bool(Lenny(0)), bool(Lenny(2)), bool(Both()), bool(object()), not T())
if Lenny(0):
    print("no")
else:
    print("empty is false")
print(T() and "and", Lenny(0) or "or", [] or {} or "last", 0 and 1, None or 0)
print(all([T(), 1]), any([Lenny(0), 0]), [x for x in (0, 1, "", "a", [], [0], None) if x])
print(bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool(()), bool((0,)), bool(range(0)), bool(b""), bool(bytearray(1)))
class BadBool:
    def __bool__(self):
        return 1
class NoneBool:
    def __bool__(self):
        return None
class HugeLen:
    def __len__(self):
        return 2 ** 70
for expr in ["bool(BadBool())", "not NoneBool()", "bool(HugeLen())", "1 if BadBool() else 0"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(True + 1, True == 1, isinstance(False, int), int(True), str(False), repr(True), True & False, True | 0, ~True)
while BadBool():
    break
