class Greeter:
    def __init__(self, greeting, *, punctuation="!"):
        self.greeting = greeting
        self.punctuation = punctuation

    def greet(self, name):
        return f"{self.greeting}, {name}{self.punctuation}"


g = Greeter("Hello")
print(g.greet("Ann"))
print(Greeter("Hi", punctuation="?").greet("Bob"))
print(g.greet("Carl", "Dee"))
