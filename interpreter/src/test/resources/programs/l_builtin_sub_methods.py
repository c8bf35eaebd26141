# Methods of Python subclasses of list, dict, str and float: LOAD_METHOD specializes to
# LOAD_METHOD_WITH_VALUES (CPython 3.11 gives these types a managed dict); an instance attribute
# shadows a method of the class.
class Plan(list):
    def total(self):
        return sum(self)


class D(dict):
    def get2(self, k):
        return self.get(k, 0)


class S(str):
    def up(self):
        return self.upper()


class F(float):
    def half(self):
        return self / 2


p = Plan([1, 2, 3])
d = D(a=1)
s = S("x")
x = F(3.0)
t = 0
for i in range(200):
    t += p.total() + d.get2("a") + len(s.up()) + x.half()
    if i == 150:
        p.attr = 5
print(t, p.attr, sorted(vars(p)))

s2 = S("y")
s2.up = lambda: "shadowed"
x2 = F(1.0)
x2.half = lambda: "shadowed too"
for i in range(20):
    r = (s2.up(), x2.half(), s.up(), x.half())
print(r)
