def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        print(pad + "{")
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}  {k!r}:")
                dump(v, indent + 2)
            else:
                print(f"{pad}  {k!r}: {v!r}")
        print(pad + "}")
    elif isinstance(obj, list):
        print(pad + "[")
        for v in obj:
            dump(v, indent + 1)
        print(pad + "]")
    else:
        print(pad + repr(obj))
dump({"name": "x", "tags": ["a", "b"], "meta": {"n": 1, "f": 1.5, "none": None, "ok": True}})
