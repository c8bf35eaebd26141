def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


def longest_pal(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "abcba", "ab"]:
    print(f"{s!r:35} {is_pal(s)}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]:
    print(s, "->", longest_pal(s))
print([n for n in range(10, 200) if str(n) == str(n)[::-1]][:12], [n for n in range(1, 1000) if bin(n)[2:] == bin(n)[:1:-1]][:10])
nums = [n * m for n in range(90, 100) for m in range(90, 100) if str(n * m) == str(n * m)[::-1]]
print(max(nums), len(nums))
