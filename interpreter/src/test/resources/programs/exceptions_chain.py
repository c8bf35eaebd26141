def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
def b():
    try:
        a()
    except ValueError as e:
        print("cause:", repr(e.__cause__), e.__suppress_context__)
        raise RuntimeError("wrapped")
try:
    b()
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))
b()
