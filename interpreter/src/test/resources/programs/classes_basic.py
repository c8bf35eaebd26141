class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return self.name
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
a = Animal("generic")
d = Dog("rex")
print(a.speak(), d.speak(), a.kind, d.kind, Animal.count)
print(repr(d), str(d), [d], isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__mro__, Dog.__bases__, d.__dict__)
d.age = 3
print(d.age, getattr(d, "age"), hasattr(d, "nope"), getattr(d, "nope", "default"))
setattr(d, "color", "brown"); print(d.color)
delattr(d, "color"); print(hasattr(d, "color"))
print(Dog.speak(d), Animal.speak(d))
class Empty: pass
e = Empty(); e.x = 1; print(e.x, type(e).__qualname__, Empty.__name__)
