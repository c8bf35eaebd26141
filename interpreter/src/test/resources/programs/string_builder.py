parts = []
for i in range(5):
    parts.append(str(i) * i)
s = "|".join(parts)
print(s, len(s))
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word[0].upper() + word[1:] + " "
print(acc.strip(), acc.count(" "))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate({ord("l"): None}))
print("-".join(f"{c}{n}" for c, n in zip("abc", range(3))))
lines = ["first line", "second", "third one here"]
width = max(map(len, lines))
for l in lines:
    print(l.ljust(width) + "|")
