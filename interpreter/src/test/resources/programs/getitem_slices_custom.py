class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(list(range(10)))
print(s[2], s[-1], s[2:5], s[::3], s[slice(1, 3)], len(s[1:]))
print(slice(1, 5, 2), slice(3).indices(10), slice(None, None, -1).indices(4))
class Matrix:
    def __getitem__(self, idx):
        r, c = idx
        return r * 10 + c
m = Matrix()
print(m[1, 2], m[3, 4])
