class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    repr(BadRepr())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print([BadRepr()])
except RuntimeError as e:
    print("in list:", e)
class BadEq:
    def __eq__(self, o):
        raise ValueError("no eq")
    __hash__ = object.__hash__
try:
    BadEq() in [1, 2, BadEq()]
except ValueError as e:
    print("eq raised", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
