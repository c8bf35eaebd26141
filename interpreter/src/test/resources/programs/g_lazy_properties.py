class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Dataset:
    loads = 0

    def __init__(self, n):
        self.n = n

    @cached_property
    def values(self):
        Dataset.loads += 1
        print(f"  loading {self.n} values")
        return [i * i % 17 for i in range(self.n)]

    @cached_property
    def stats(self):
        v = self.values
        return {"min": min(v), "max": max(v), "mean": round(sum(v) / len(v), 3)}


d = Dataset(40)
print(d.stats)
print(d.stats is d.stats, d.values[:5], Dataset.loads)
del d.values
print(sum(d.values), Dataset.loads, sorted(vars(d)))
print(type(Dataset.__dict__["values"]).__name__, Dataset.values.name)
e = Dataset(5)
e.values = [1, 2, 3]
print(e.values, e.stats, Dataset.loads)
