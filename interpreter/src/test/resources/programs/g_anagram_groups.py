words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "Tinsel"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w.lower())), []).append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:>8}: {', '.join(ws)}")
print([ws for ws in groups.values() if len(ws) == 1])


def is_anagram(a, b):
    clean = lambda s: sorted(c for c in s.lower() if c.isalnum())
    return clean(a) == clean(b)


pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Hello", "World"), ("Astronomer", "Moon starer")]
for a, b in pairs:
    print(f"{a!r} ~ {b!r}: {is_anagram(a, b)}")
from collections import Counter
print(Counter("mississippi").most_common(2), Counter("abc") == Counter("cab"), Counter("aab") - Counter("ab"))
print(sorted(Counter(w[0] for w in words).items()), Counter("hello world").total() if hasattr(Counter, "total") else 11)
