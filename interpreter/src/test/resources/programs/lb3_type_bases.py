class A: 
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
class D(C): pass
print(D().f(), D.__mro__)
C.__bases__ = (B,)
print(D().f(), D.__mro__, A.__subclasses__(), B.__subclasses__())
for bad in [(), [B], (1,), (D,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(e)
try:
    int.__bases__ = (object,)
except TypeError as e: print(e)
try:
    del C.__bases__
except TypeError as e: print(e)
class L(list): pass
try:
    C.__bases__ = (L,)
except TypeError as e: print(e)
