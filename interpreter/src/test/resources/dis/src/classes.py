class Base:
    attr = 1

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v

    @property
    def prop(self):
        return self.v * 2

    @staticmethod
    def st(a):
        return a

    @classmethod
    def cm(cls):
        return cls()


class Derived(Base, metaclass=type):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    def method(self):
        return super().method() + self.w

    class Inner:
        def deep(self):
            return __class__


d = Derived(1, 2)
print(d.method(), d.prop, Base.st(3))
