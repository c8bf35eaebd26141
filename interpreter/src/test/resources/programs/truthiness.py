class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, Empty(), Full(), Falsy()]:
    print(type(v).__name__, bool(v), "yes" if v else "no")
