import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = Counter(words)
print(counts.most_common(6))
print(len(words), len(counts), sum(counts.values()))
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[:30]:<30}| {len(line):3d} {line.count('it'):d}")
print(TEXT.title()[:40])
print(TEXT.upper().count("IT WAS"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("epoch"))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
enc = lines[0].lower().translate(caesar)
print(enc)
dec = enc.translate({v: k for k, v in caesar.items()})
print(dec == lines[0].lower())
print("-".join(sorted(set("".join(words)) - set("aeiou"))))
print(" ".join(w[::-1] for w in lines[1].split()[:5]))
print("|".join(s.center(9, "*") for s in ["a", "bb", "ccc"]))
print(repr("tab\there"), ascii("caf\u00e9"), "x".zfill(5), "-42".zfill(6), "abc".partition("b"))
print("a,b,,c".split(","), "a b  c".split(), "  pad  ".strip(), "xxhixx".strip("x"), "A1b2".swapcase())
print(words.count("it"), "".join(reversed("stressed")), "Mississippi".replace("ss", "SS", 1))
print(max(counts, key=lambda w: (counts[w], w)), min(words, key=len))
