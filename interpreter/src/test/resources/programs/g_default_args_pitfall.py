def append_bad(x, acc=[]):
    acc.append(x)
    return acc
def append_good(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_good(1), append_good(2), append_bad.__defaults__)
import time
def stamp(t=len("fixed")):
    return t
print(stamp(), stamp(9))
