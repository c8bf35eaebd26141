# A JSON-lines event stream processed with io.StringIO: parse, filter, aggregate, and re-emit.
import io
import json

EVENTS = io.StringIO()
users = ["ana", "bo", "cy", "dee"]
for i in range(40):
    event = {"id": i, "user": users[i * 7 % 4], "type": ["click", "view", "buy", "view"][i % 4],
             "amount": round((i * 13 % 17) * 1.25, 2) if i % 4 == 2 else None, "tags": ["t%d" % (i % 3)] * (i % 2)}
    EVENTS.write(json.dumps(event, separators=(",", ":")) + "\n")
EVENTS.write('{"id": 99, "user": "bad"\n')
EVENTS.write("\n")
EVENTS.write('{"id": 100, "user": "eve", "type": "buy", "amount": 1e3, "tags": []}\n')
EVENTS.seek(0)

totals, counts, errors = {}, {}, []
for lineno, line in enumerate(EVENTS, 1):
    if not line.strip():
        continue
    try:
        ev = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append((lineno, e.msg, e.colno))
        continue
    counts[ev["type"]] = counts.get(ev["type"], 0) + 1
    if ev["type"] == "buy":
        totals[ev["user"]] = round(totals.get(ev["user"], 0) + ev["amount"], 2)
print(json.dumps(counts, sort_keys=True), json.dumps(totals, sort_keys=True))
print("errors:", errors)
out = io.StringIO()
for user, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    out.write(json.dumps({"user": user, "total": total, "big": total > 50}) + "\n")
print(out.getvalue(), end="")
summary = {"users": sorted(totals), "grand": sum(totals.values()), "ratio": 1 / 3, "nested": [[], {}, [{"a": [None]}]]}
text = json.dumps(summary, indent="\t")
print(text)
print(json.loads(text) == summary, json.dumps("línea\u2028sep", ensure_ascii=True), json.dumps("línea", ensure_ascii=False))
decoder = json.JSONDecoder()
obj, end = decoder.raw_decode('{"a": 1} trailing')
print(obj, end)
