s = "héllo wörld"
print(len(s), s.upper(), s[1], s[-3:], list(s[:3]))
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print(" ".join(w[::-1] for w in "hello world".split()))
count = {}
for c in "abracadabra":
    count[c] = count.get(c, 0) + 1
print(count)
print("a" < "b" < "c", "apple" > "Apple", "10" < "9", min("zebra", "apple"))
print("x".isalpha(), "1".isalpha(), "A1".isalnum(), "".isdigit(), " \t".isspace())
print("CamelCaseString".lower(), "snake_case".upper(), "Title Me".swapcase())
