def f(path):
    with open(path) as a, open(path) as b:
        return a.read() + b.read()

def g(lock):
    with lock:
        pass
    with lock as (x, y):
        print(x, y)
