text = "the rain in spain stays mainly in the plain"
freq = {}
for ch in text.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ch} {'=' * n} {n}")
print(len(freq), sum(freq.values()), "".join(sorted(freq, key=freq.get, reverse=True))[:5])
