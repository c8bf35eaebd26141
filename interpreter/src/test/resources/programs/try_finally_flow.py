def f1():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("x")
    finally:
        print("cleanup before propagate")
try:
    f3()
except ValueError as e:
    print("caught", e)
def f4():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            print("loop finally", x)
print(f4())
def f5():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        return repr(e)
print(f5())
def f6():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else-return"
    finally:
        print("f6 finally")
print(f6())
