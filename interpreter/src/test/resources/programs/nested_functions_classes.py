def factory(kind):
    class Dyn:
        label = kind
        def describe(self):
            return f"I am {self.label}"
    return Dyn
A = factory("alpha")
B = factory("beta")
print(A().describe(), B().describe(), A.__qualname__, A is B)
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__qualname__)
