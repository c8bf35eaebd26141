print(repr(1), repr(1.5), repr("s"), repr([1, "a", None]), repr({"a": (1, 2.5)}), repr(set()), repr(()))
print(repr(True), repr(None), repr(b"bytes"), repr(-0.0), repr(1e100), repr(float("nan")), repr(1j) if False else "")
print(str(1e22), str(1e15), str(123.456e-10), 0.1 * 3, 100.0, 2.5e-5)
print([0.1, 0.2], (1.0,), {1.5: 2.5})
