def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    return missing_global
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
f()
