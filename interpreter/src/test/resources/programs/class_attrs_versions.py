class Cfg:
    level = 1
    def get(self):
        return self.level
c = Cfg()
print(c.get())
Cfg.level = 2
print(c.get())
c.level = 3
print(c.get(), Cfg.level)
del c.level
print(c.get())
def new_get(self):
    return "patched"
Cfg.get = new_get
print(c.get())
class Sub(Cfg):
    pass
s = Sub()
print(s.level)
Cfg.level = 10
print(s.level, Sub.level)
try:
    int.x = 1
except TypeError as e:
    print(e)
