# Word statistics of a multilingual text: Unicode normalization, case folding, regex words, wrapped report.
import re
import textwrap
import unicodedata

TEXT = """Le cœur a ses raisons que la raison ne connaît point. CAFÉ, café, cafe\u0301 et Café!
Die Straße ist naß; STRASSE und straße. Ελληνικά: ΣΊΣΥΦΟΣ σίσυφος. İstanbul'da ıslak ILIK.
The quick brown fox — “quoted” words, don't split contractions; e-mail, co-operate. 42 and 3.14 are numbers.
"""

def words(text):
    text = unicodedata.normalize("NFC", text)
    return re.findall(r"\b\w+(?:['’-]\w+)*\b", text)

raw = words(TEXT)
print(len(raw), raw[:12])
folded = {}
for w in raw:
    key = unicodedata.normalize("NFKD", w.casefold())
    key = "".join(c for c in key if not unicodedata.combining(c))
    folded.setdefault(key, []).append(w)
common = sorted(folded.items(), key=lambda kv: (-len(kv[1]), kv[0]))
for key, forms in common[:8]:
    print(f"{key!r:14} x{len(forms)} {sorted(set(forms))}")
numbers = [w for w in raw if re.fullmatch(r"\d+", w)]
print("numbers:", numbers, re.findall(r"\d+\.\d+", TEXT))
scripts = {}
for ch in TEXT:
    if ch.isalpha():
        name = unicodedata.name(ch, "?").split()[0]
        scripts[name] = scripts.get(name, 0) + 1
print(sorted(scripts.items()))
cats = {}
for ch in TEXT:
    cats[unicodedata.category(ch)] = cats.get(unicodedata.category(ch), 0) + 1
print(sorted(cats.items()))
summary = " ".join(f"{k}({len(v)})" for k, v in sorted(folded.items()))
print(textwrap.fill(summary, width=72, initial_indent="words: ", subsequent_indent="       "))
print(re.sub(r"(?i)stra(ss|ß)e", lambda m: m.group().upper(), TEXT.splitlines()[1]))
print([w for w in raw if re.match(r"(?i)caf", w)], [w for w in raw if re.match(r"(?ai)caf\w\b", w)])
