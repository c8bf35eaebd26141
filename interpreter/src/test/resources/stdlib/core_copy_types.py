# needs: Lib
import copy, types, reprlib, numbers, contextvars
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return 'P(%r, %r)' % (self.a, self.b)
x = P([1, 2], {'k': [3]})
s = copy.copy(x); d = copy.deepcopy(x)
print(s, d, s.a is x.a, d.a is x.a, d.b['k'] is x.b['k'])
lst = [1, [2, 3]]; lst.append(lst); dc = copy.deepcopy(lst); print(dc[2] is dc, dc[1] is lst[1])
class Q:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return 'deep'
print(copy.copy(Q()), copy.deepcopy([Q()]))
from collections import deque, OrderedDict, defaultdict
print(copy.deepcopy(deque([[1]], maxlen=3)), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, a=[1])))
print(copy.deepcopy((1, 'a', None, 2.5, frozenset([1]))), copy.copy(range(3)), copy.deepcopy({1: {2: 3}}))
ns = types.SimpleNamespace(a=1, b=2); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), types.FunctionType, types.BuiltinFunctionType, type(len) is types.BuiltinFunctionType)
print(types.MappingProxyType({'a': 1})['a'], type(int | str) is types.UnionType, types.GenericAlias(list, (int,)))
M = types.new_class('M', (object,), {}, lambda ns: ns.update({'x': 5})); print(M.x, M.__name__)
print(types.MethodType(lambda self: self.x, M())(), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr({i: i for i in range(10)}))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3, 4]), r.repr(set(range(10))))
class Rec:
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Rec(%r)' % self.items
rr = Rec(); rr.items = [rr]; print(repr(rr))
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number))
print(issubclass(int, numbers.Rational), isinstance(2.5, numbers.Rational), numbers.Integral.__abstractmethods__ >= {'__int__'})
v = contextvars.ContextVar('v', default=0)
def inner():
    v.set(v.get() + 10)
    return v.get()
ctx = contextvars.copy_context(); print(ctx.run(inner), v.get(), ctx[v])
