def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i


words = ["apple", "pear", "plum"]
idx = find(words, "pear")
print(idx, words[idx])
idx = find(words, "kiwi")
print(words[idx].upper())
