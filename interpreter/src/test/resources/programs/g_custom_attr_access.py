class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._log.append(("set", name))
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"


r = Record(name="ada", year=1815)
print(r.name, r.year, r)
r.year = 1816
r.lang = "analytical"
del r.name
print(r, r._log, dir(r))
for attempt in (lambda: r.name, lambda: setattr(r, "_secret", 1), lambda: getattr(r, "missing")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(r, "missing", "default"), hasattr(r, "lang"), hasattr(r, "name"))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                result = attr(*a, **k)
                print(f"  {name}{a} -> {result!r}")
                return result
            return wrapped
        return attr


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.count(1), p._target, p.calls)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not (0 <= value < 150):
            raise ValueError(f"bad age {value}")
        super().__setattr__(name, value)


v = Validated()
v.age = 30
try:
    v.age = 200
except ValueError as e:
    print("ValueError:", e)
print(vars(v))


class Lazy:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)


lz = Lazy()
lz.x = 1
print(lz.magic, lz.x, getattr(lz, "magic"))
try:
    lz.nothing
except AttributeError as e:
    print("AttributeError:", e)
