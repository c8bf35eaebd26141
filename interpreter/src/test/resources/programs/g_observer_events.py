from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.history = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopIteration:
                results.append("stopped")
                break
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
                continue
            results.append(r)
        return results


bus = EventBus()


@bus.on("order")
def log(**p):
    return f"log {sorted(p.items())}"


@bus.on("order", priority=10)
def validate(item, qty, **_):
    if qty <= 0:
        raise ValueError("qty must be positive")
    return "valid"


@bus.on("order", priority=5)
def stock(item, qty, **_):
    if item == "unicorn":
        raise StopIteration
    return f"reserved {qty} {item}"


print(bus.emit("order", item="apple", qty=3))
print(bus.emit("order", item="pear", qty=0))
print(bus.emit("order", item="unicorn", qty=1))
print(bus.emit("refund", item="x"), bus.history, dict(bus.handlers).keys(), len(bus.handlers))
print([fn.__name__ for _, _, fn in bus.handlers["order"]])
