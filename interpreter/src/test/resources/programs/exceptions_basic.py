def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    if n == 4:
        return undefined_name
    if n == 5:
        return int("abc")
    if n == 6:
        return None.attr
    if n == 7:
        return "a" + 1
    return n
for i in range(9):
    try:
        print("ok", risky(i))
    except (ValueError, ZeroDivisionError) as e:
        print("A", type(e).__name__, e)
    except LookupError as e:
        print("B", type(e).__name__, e, e.args)
    except Exception as e:
        print("C", type(e).__name__, e)
try:
    raise KeyError("x")
except KeyError as e:
    print(repr(e), str(e))
finally:
    print("finally")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
e = None
try:
    pass
except Exception:
    pass
else:
    print("else ran")
