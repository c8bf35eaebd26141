import types

def kinds(*objs):
    return [type(o).__name__ for o in objs]

print(kinds(len, [].append, str.join, object.__init__, object().__str__, dict.__dict__["fromkeys"]))
print(kinds(int.__add__, (1).__add__, list.__getitem__, dict.__getitem__, set.__contains__, list.__len__))
print(kinds(types.FunctionType.__code__, types.FunctionType.__globals__, type.__dict__["__dict__"]))
print(types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(types.WrapperDescriptorType is type(object.__init__), types.MethodWrapperType is type(object().__str__))
print(types.MethodDescriptorType is type(str.join), types.ClassMethodDescriptorType is type(dict.__dict__["fromkeys"]))
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MappingProxyType)
print(object.__init__, int.__add__, str.join, dict.__dict__["fromkeys"], list.__getitem__)
print(len, types.FunctionType.__code__, types.FunctionType.__globals__)
print(str.join.__name__, str.join.__qualname__, str.join.__objclass__, object.__init__.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, dict.__dict__["fromkeys"].__name__)
print((5).__add__.__self__, (5).__add__(3), int.__add__(5, 3), str.join(",", "ab"))
print(dict.fromkeys("ab", 0), dict.__dict__["fromkeys"].__get__(None, dict)("xy"))
print([].append.__self__, [].append.__name__)
print(object().__eq__(1), object.__eq__(object(), 1), (1).__eq__(1), (1).__lt__("a"))
a = (7).__add__
print(a == (7).__add__, a != (8).__add__)
class C:
    def meth(self):
        return 1
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "s"
print(kinds(C.meth, C().meth, C.__dict__["cm"], C.__dict__["sm"], C.cm, C.sm))
print(C.cm(), C().cm(), C.sm(), C.__dict__["cm"].__func__.__name__)
try:
    str.join(5, [])
except TypeError as e:
    print(e)
try:
    object.__init__(object(), 1)
except TypeError as e:
    print(e)
int.__add__("x", 1)
