import gc
import weakref

class Bus:
    def __init__(self):
        self.handlers = weakref.WeakSet()
        self.methods = []

    def subscribe(self, obj):
        self.handlers.add(obj)
        self.methods.append(weakref.WeakMethod(obj.on_event))

    def publish(self, msg):
        out = []
        for wm in self.methods:
            m = wm()
            if m is not None:
                out.append(m(msg))
        return out

class Listener:
    def __init__(self, name):
        self.name = name
    def on_event(self, msg):
        return f"{self.name} got {msg}"

bus = Bus()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for l in (a, b, c):
    bus.subscribe(l)
print(bus.publish("start"), len(bus.handlers))
del b
gc.collect()
print(bus.publish("after-del"), len(bus.handlers))
cache = weakref.WeakValueDictionary()
cache["a"] = a
cache["c"] = c
del c
gc.collect()
print(sorted(cache), cache.get("c") is not None)
notes = []
fin = weakref.finalize(a, notes.append, "a finalized")
print(fin.alive)
del a
gc.collect()
print(fin.alive, notes)
