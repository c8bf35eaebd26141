class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_t"), name)
p = Proxy([3, 1, 2])
print(p.count(1), p._t)
try:
    p.secret_x
except AttributeError as e:
    print("AttributeError:", e)
print(type(p).__name__, p.__class__.__name__)
