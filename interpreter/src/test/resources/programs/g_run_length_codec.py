def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    if num:
        raise ValueError(f"dangling count {num!r}")
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "x" * 25]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(f"{len(s):3} -> {len(enc):3} {enc[:40]!r} roundtrip={dec == s}")
try:
    rle_decode("3a2")
except ValueError as e:
    print("ValueError:", e)


def caesar(text, shift):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)


msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 13)
print(enc, caesar(enc, -13) == msg, caesar("xyz", 3), caesar("ABC", -1))
freq = sorted(((enc.lower().count(c), c) for c in set(enc.lower()) if c.isalpha()), reverse=True)[:3]
print(freq)
vig_key = "LEMON"
def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text.upper():
        if ch.isalpha():
            out.append(chr((ord(ch) - 65 + sign * (ord(key[k % len(key)]) - 65)) % 26 + 65))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("attack at dawn", vig_key)
print(v, vigenere(v, vig_key, -1))
