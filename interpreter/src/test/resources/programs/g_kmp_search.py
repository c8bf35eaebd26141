def prefix_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t


def kmp(text, pat):
    if not pat:
        return list(range(len(text) + 1))
    t, k, hits = prefix_table(pat), 0, []
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = t[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits


def naive(text, pat):
    return [i for i in range(len(text) - len(pat) + 1) if text[i:i + len(pat)] == pat]


text = "abababcabababcababab"
for pat in ["abab", "abc", "b", "zzz", "abababcabababcababab", "babc"]:
    r = kmp(text, pat)
    print(f"{pat!r:24} {r} {r == naive(text, pat)} {prefix_table(pat)}")
print(kmp("aaaa", ""), kmp("", "a"), text.find("abc"), text.count("abab"), text.index("cab"))
dna = "ACGTACGTTAGACGTACGA" * 3
print(len(kmp(dna, "ACG")), kmp(dna, "TAGA"), dna.count("ACG"))


def rabin_karp(text, pat, base=256, mod=1_000_003):
    n, m = len(text), len(pat)
    if m > n:
        return []
    h = pow(base, m - 1, mod)
    ph = th = 0
    for i in range(m):
        ph = (ph * base + ord(pat[i])) % mod
        th = (th * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if ph == th and text[i:i + m] == pat:
            out.append(i)
        if i < n - m:
            th = ((th - ord(text[i]) * h) * base + ord(text[i + m])) % mod
    return out


print(rabin_karp(text, "abab") == kmp(text, "abab"), rabin_karp("hello", "ll"), rabin_karp("a", "ab"))
