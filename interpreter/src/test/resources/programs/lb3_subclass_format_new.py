# format() of int/float/str subclasses with an empty spec is str(obj); int.__new__ through a mixin class; IntEnum __format__
import enum
print(int.__format__ is int.__format__, getattr(enum.IntEnum, '__format__') is int.__format__)
class NS(enum.IntEnum):
    first = 1
    def __str__(self): return self.name.upper()
print(format(NS.first), NS.__format__)
class A(int): pass
class B: pass
try:
    class C(B, A): pass
    print(int.__new__(C, 5))
except TypeError as e: print(e)
class F(float): pass
class Mix(F, enum.Enum):
    X = 1.5
print(Mix.X, type(Mix.X.value))
class S(str):
    def __str__(self): return 'S!'
print(format(S('x')), format(S('x'), '>3'), f'{S("y")}', format(True), format(True, 'd'), format(1.5), f'{True}')
class I(int):
    def __str__(self): return 'I!'
print(format(I(3)), f'{I(3)}', f'{I(3):d}', str(I(3)), '{}'.format(I(4)), '%s' % I(5))
class D(B, A): pass
print(D.__base__.__name__, C.__base__.__name__, int.__new__(D, 7))
import collections
class Q(B, collections.deque): pass
print(Q.__base__.__name__, collections.deque.__new__(Q))
