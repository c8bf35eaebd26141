x = "module"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().method(), A.z)
def f():
    x = "function"
    class B:
        print("B body sees", x)
        w = x
    return B.w
print(f())
class C:
    items = [1, 2, 3]
    total = sum(items)
print(C.total)
