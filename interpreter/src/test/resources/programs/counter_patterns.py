text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>5}: {'#' * n}")
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in matrix:
    print(" ".join(f"{v:3}" for v in row))
print([sum(col) for col in zip(*matrix)])
