def f():
    try:
        a()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        b()
    finally:
        c()

def g():
    try:
        return 1
    finally:
        print("x")

def h():
    for i in range(3):
        try:
            continue
        finally:
            break

def star():
    try:
        a()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass

def w(path):
    with open(path) as f, open(path) as g:
        return f.read()
    with lock:
        pass

def r():
    raise ValueError("x") from None
