class Widget:
    "A widget."
    count = 0
    def method(self):
        return self
print(Widget.__name__, Widget.__qualname__, Widget.__module__, Widget.__doc__, Widget.__bases__, Widget.__base__)
print(Widget.__mro__, type(Widget.__dict__).__name__, Widget.__dict__["count"], "method" in vars(Widget))
Widget.__name__ = "Gadget"
print(Widget, Widget.__name__, Widget.__qualname__, repr(Widget()).startswith("<__main__.Widget object"))
Widget.__qualname__ = "Outer.Gadget"
print(Widget, Widget.__qualname__)
Widget.__module__ = "mymod"
print(Widget, Widget.__module__)
Widget.__doc__ = "changed"
print(Widget.__doc__)
Widget.extra = 5
del Widget.count
print(Widget.extra, hasattr(Widget, "count"))
class Ann:
    x: int = 1
    y: "str"
print(Ann.__annotations__, Ann.x)
print(int.__name__, int.__qualname__, int.__module__, type.__name__)
print(type.__module__, str.__module__, len.__module__ if hasattr(len, "__module__") else "-", Widget.__class__, type(type))
for stmt in ["Widget.__name__ = 5", "Widget.__name__ = 'a\\x00b'", "del Widget.__name__", "del Widget.__qualname__",
             "int.__name__ = 'x'", "int.__qualname__ = 'y'", "int.foo = 1", "Widget.__qualname__ = 3", "object.x = 1",
             "del int.__doc__"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
print(Widget.__name__)
class Base:
    def hi(self):
        return "base"
class Der(Base):
    pass
obj = Der()
print(obj.hi())
Base.hi = lambda self: "patched"
print(obj.hi())
Der.hi = lambda self: "der"
print(obj.hi())
del Der.hi
print(obj.hi())
Der.__name__ = "Renamed"
obj.missing
