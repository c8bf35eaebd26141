e = ValueError("bad", 42)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(isinstance(e, Exception), ValueError.__mro__, issubclass(KeyError, LookupError), BaseException.__subclasses__ is not None)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print(m, m.code, m.args, type(m).__name__, m.__traceback__ is not None)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print(r, repr(r.__cause__), r.__suppress_context__, repr(r.__context__))
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during")
except TypeError as t:
    print(t, repr(t.__context__), t.__cause__)
si = StopIteration(5)
print(si.value, SystemExit(3).code)
print(AttributeError("msg", name="n", obj=1).name, NameError("x", name="y").name)
n = NotImplementedError()
n.add_note("a note")
print(n.__notes__)
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(eg, eg.exceptions, repr(eg.split(ValueError)[0]))
class Odd(Exception):
    def __str__(self):
        return "odd str"
print(Odd(), repr(Odd("x")))
raise MyErr(99)
