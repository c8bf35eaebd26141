people = [
    {"name": "Zoe", "age": 31, "city": "Oslo", "score": 88.5},
    {"name": "adam", "age": 25, "city": "Lima", "score": 92.0},
    {"name": "Bea", "age": 31, "city": "Lima", "score": 88.5},
    {"name": "carl", "age": 19, "city": "Oslo", "score": 75.25},
    {"name": "Dina", "age": 25, "city": "Cairo", "score": 92.0},
]
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (-p["score"], p["age"], p["name"]))])
print([p["name"] for p in sorted(sorted(people, key=lambda p: p["name"]), key=lambda p: p["city"])])
print([(p["city"], p["name"]) for p in sorted(people, key=lambda p: (p["city"], -p["age"]), reverse=True)])
from operator import itemgetter
print([p["name"] for p in sorted(people, key=itemgetter("age", "score"))], max(people, key=itemgetter("score"))["name"])
groups = {}
for p in sorted(people, key=itemgetter("city")):
    groups.setdefault(p["city"], []).append(p["name"])
print(groups)
ranked = sorted(people, key=lambda p: p["score"], reverse=True)
rank, prev = 0, None
for i, p in enumerate(ranked, 1):
    if p["score"] != prev:
        rank, prev = i, p["score"]
    print(rank, p["name"], p["score"])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.casefold), sorted(set(map(str.lower, words))), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, -1, -4, 2], key=abs), sorted("Hello World", key=lambda c: (c.isupper(), c)), sorted([[2, 1], [1, 2], [1]]))
