def dumps(obj, indent=None, _level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
                else:
                    out.append(f"\\u{code:04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, _level + 1, sort_keys) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = sorted(obj.items()) if sort_keys else obj.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                if isinstance(k, (int, float, bool)) or k is None:
                    k = dumps(k)
                else:
                    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            parts.append(pad + dumps(str(k)) + ": " + dumps(v, indent, _level + 1, sort_keys))
        return "{" + sep.join(parts) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


doc = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b\\c", "tab\there"], "stock": None,
       "active": True, "dims": (1, 2.5, -3), "nested": {"z": [], "a": {}, "unicode": "héllo ☃ 𝄞"}, 7: "int key"}
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=False))
print(dumps([1, [2, [3, [4]]]], indent=1))
for bad in [{"x": float("nan")}, {(1, 2): 3}, [object()], {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(doc["nested"]), str(doc["dims"]), repr([None, True, 1.0, "q'uote", 'd"q', "both'\""]))
print(repr({"a": [1, {"b": (2,)}], "c": {3, 4} if False else frozenset()}), repr([[], [[]], ()]), repr((1,)))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(rec, d, repr(rec))
