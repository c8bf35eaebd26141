# derive(): split and subgroup build parts through derive, so subclasses can keep their type.
class Plain(ExceptionGroup):
    pass


class Keeps(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
        self.code = code

    def derive(self, excs):
        return Keeps(self.message, excs, self.code)


class Broken(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m))
k = Keeps("keeps", [ValueError(1), TypeError(2)], code=7)
m, r = k.split(ValueError)
print(type(m).__name__, m.code, type(r).__name__, r.code, m.args)
print(repr(k.derive([KeyError()])))
print(repr(p.derive([KeyError()])), type(p.derive([KeyboardInterrupt()])).__name__)
b = Broken("broken", [ValueError(1), TypeError(2)])
try:
    b.split(ValueError)
except TypeError as e:
    print("TypeError:", e)
print(b.split(Exception)[0] is b)
try:
    p.derive()
except TypeError as e:
    print("TypeError:", e)
try:
    raise k
except* ValueError as e:
    print("except* part:", type(e).__name__, e.code, repr(e.exceptions))
except* TypeError as e:
    print("except* part:", type(e).__name__, e.code, repr(e.exceptions))
