from collections import Counter, defaultdict
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""

words = re.findall(r"[a-z]+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in freq.most_common(6):
    print(f"{w:>8} {n:2d} {'#' * n}")
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
anagrams = defaultdict(set)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams["".join(sorted(w))].add(w)
print(sorted(sorted(g) for g in anagrams.values() if len(g) > 1))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(3), letters["z"], sum(letters.values()) == letters.total())
print((freq - Counter({"it": 100})).most_common(2), (freq & Counter(was=2, of=9)))
