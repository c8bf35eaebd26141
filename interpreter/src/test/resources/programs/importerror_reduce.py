# ImportError's __reduce__ keeps name and path (pickle and copy of ImportError and ModuleNotFoundError)
import copy, pickle
for kwargs in ({}, {"name": "somename"}, {"path": "somepath"}, {"name": "n", "path": "p"}):
    orig = ImportError("test", **kwargs)
    r = orig.__reduce__()
    print(r[0].__name__, r[1:])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        exc = pickle.loads(pickle.dumps(orig, proto))
        assert (exc.args, exc.msg, exc.name, exc.path) == (("test",), "test", orig.name, orig.path), proto
    for c in (copy.copy, copy.deepcopy):
        exc = c(orig)
        print(c.__name__, exc.args, exc.msg, exc.name, exc.path)
e = ImportError("m", name="x"); e.extra = 5
print(e.__reduce__()[2] == {"extra": 5, "name": "x"}, copy.copy(e).extra)
m = ModuleNotFoundError("no", name="mod")
print(type(copy.copy(m)).__name__, copy.copy(m).name, pickle.loads(pickle.dumps(m)).name)
