import json

data = {
    "name": "quicken",
    "version": [3, 11, 7],
    "features": {"specialize": True, "jit": None, "ratio": 1.25},
    "tags": ["pep659", "jfr", "é", "日本"],
    "nested": [{"a": 1}, {"b": [1, 2, {"c": "d"}]}],
}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["tags"][2], type(back["features"]["ratio"]).__name__)
print(json.loads('[1, 2.5, "x", true, false, null, {"k": [1e3, -0.0, 1E-2]}]'))
print(json.dumps([float("inf"), -float("inf")]), json.dumps("tab\tnew\nline\"q\" \\ \u0001"))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.dumps({1: "int key", True: "bool", None: "n"}))


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(o):
    if isinstance(o, Money):
        return {"__money__": o.cents}
    raise TypeError(f"not serializable: {type(o).__name__}")


def decode(d):
    if "__money__" in d:
        return Money(d["__money__"])
    return d


txt = json.dumps({"price": Money(1999), "qty": 3}, default=encode)
print(txt)
obj = json.loads(txt, object_hook=decode)
print(obj["price"].cents, obj["qty"])
for bad in ['{"a": 1,}', "[1, 2", "{'single': 1}", "tru", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos)
try:
    json.dumps({"x": Money(1)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps((1, 2)), json.dumps(12345678901234567890), json.dumps(0.1), json.dumps(1e100))
