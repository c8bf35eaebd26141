# The built-in exceptions' C members (StopIteration.value, OSError.errno, SyntaxError.lineno, ...)
# are member descriptors on the type, not entries of the instance __dict__; exceptions have a __dict__.
import copy
import pickle

for cls in [StopIteration, SystemExit, ImportError, ModuleNotFoundError, OSError, FileNotFoundError,
            NameError, UnboundLocalError, AttributeError, SyntaxError, IndentationError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, ValueError]:
    own = sorted(k for k, v in vars(cls).items() if type(v).__name__ == 'member_descriptor')
    print(cls.__name__, own)

print(StopIteration.value, OSError.errno)
e = StopIteration(5)
print(e.__dict__, e.value, vars(e))
del e.value
print(e.value, e.args)
e.value = 6
print(e.value, e.__dict__)
try:
    StopIteration.value.__get__(3)
except TypeError as ex:
    print("TypeError", ex)


class E(Exception):
    pass


x = E(1)
x.extra = 2
print(x.__dict__, vars(x), x.__reduce__())
x.__notes__ = ["n"]
print(sorted(x.__dict__))
x.__dict__ = {"k": 1}
print(x.k, x.__dict__)


class S(StopIteration):
    pass


s = S(1)
s.value = 7
print(s.__dict__, s.value, s.args)

print(OSError(2, "nf", "f").__reduce__())
print(OSError(2, "nf", "f", None, "g").__reduce__())
print(OSError(1).__reduce__())
o = OSError(2, "x")
o.a = 1
print(o.__reduce__())
p = pickle.loads(pickle.dumps(OSError(2, "nf", "f")))
print(type(p).__name__, p.errno, p.strerror, p.filename, p.args)
c = copy.copy(StopIteration(3))
print(type(c).__name__, c.value, c.args)

u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")
print(u.start, type(u.start).__name__, u.__dict__)
u.start = 1
u.end = 2
print(u)
try:
    u.start = "x"
except TypeError as ex:
    print("TypeError", ex)
try:
    del u.end
except TypeError as ex:
    print("TypeError", ex)

try:
    compile("x = (", "f.py", "exec")
except SyntaxError as se:
    print(se.msg, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, se.__dict__)
print(SyntaxError("m").lineno, SyntaxError("m").msg)
try:
    import no_such_module_here
except ImportError as ie:
    print(type(ie).__name__, ie.name, ie.path, ie.msg, ie.__dict__)
print(ImportError("a", "b").msg, ImportError("a", name="n").msg, ImportError("a", name="n").name)
try:
    undefined_name_x
except NameError as ne:
    print(ne.name, ne.__dict__)
try:
    (1).nope
except AttributeError as ae:
    print(ae.name, ae.obj, ae.__dict__)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)


def g():
    yield 1
    return 9


it = g()
next(it)
try:
    next(it)
except StopIteration as si:
    print(si.value, si.__dict__)
