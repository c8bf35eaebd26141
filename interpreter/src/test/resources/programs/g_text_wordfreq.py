TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

PUNCT = ",.;:!?\"'"


def words(text):
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            yield w


freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} {n:>3} {'#' * n}")

print(len(freq), sum(freq.values()), min(freq, key=len), max(freq, key=len))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))

lines = TEXT.splitlines()
print([len(l) for l in lines])
print([l.count("it was") for l in lines], TEXT.lower().count("it was"))
print(TEXT.find("wisdom"), TEXT.rfind("was"), TEXT.index("Light"), TEXT.find("zzz"))
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps)
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT[:30].upper().center(40, "*"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a b c".split())), "snake_case_name".replace("_", " ").title().replace(" ", ""))


def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


for row in wrap(TEXT, 36)[:6]:
    print(f"|{row:<36}|")
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print(vowels, sorted(set(TEXT.lower()) - set("abcdefghijklmnopqrstuvwxyz")))
table = str.maketrans("aeiou", "AEIOU", ",.")
print(lines[0].translate(table))
print("  padded  ".strip(), "xxhixx".strip("x"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "a,b,,c".split(",", 2), "a b  c".split(), "a,b".rsplit(",", 1))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "x".isidentifier(), "3".isdecimal(), " ".isspace())
print("ß".upper(), "ǅ".lower(), "İ".lower().encode("utf-8"), "straße".casefold(), "ﬁ".upper())
