def f(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        raise ValueError("bad") from e
    except (TypeError, KeyError):
        pass
    else:
        print("else")
    finally:
        print("finally")

def g():
    try:
        try:
            pass
        finally:
            return 2
    except:
        raise

def h():
    for i in range(3):
        try:
            continue
        finally:
            break
    assert i == 0, "msg"
