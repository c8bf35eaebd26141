text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(",").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(max(words, key=len), " ".join(w.capitalize() for w in words[:6]))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.replace("times", "days")[:30])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() and c.islower() else c for c in "hello, world")
print(caesar)
print("{:-^30}".format(" centered "), "|".join(f"{w:>6}" for w in ["a", "bb", "ccc"]))
