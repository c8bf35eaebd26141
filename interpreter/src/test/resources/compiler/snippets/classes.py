class A:
    "doc"
    x: int = 1
    y: str
    def m(self):
        return super().m()
    def __private(self):
        return self.__attr
    @property
    def p(self):
        return __class__

class B(A, metaclass=type, **{}):
    class Inner:
        def f(self):
            return Inner
    def g(self):
        def h():
            return self
        return h

class C(*bases):
    pass

x: int = 3
y: list
z.attr: int = 4
w[0]: int
