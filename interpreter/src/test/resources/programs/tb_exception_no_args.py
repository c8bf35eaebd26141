class Quiet(Exception):
    pass
def f():
    raise Quiet()
f()
