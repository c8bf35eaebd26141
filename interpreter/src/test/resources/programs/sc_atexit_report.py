import atexit

results = []

def report(label, *, total):
    print(f"[exit] {label}: {total} item(s): {sorted(results)}")

def goodbye():
    print("[exit] goodbye (registered last, runs first)")

atexit.register(report, "summary", total=0)
atexit.register(print, "[exit] this one is unregistered")
atexit.unregister(print)
atexit.register(goodbye)
for w in "delta alpha charlie bravo".split():
    results.append(w)
print("main done with", len(results), "results")
