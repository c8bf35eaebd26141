SOURCE = '''
def greet(name, times=2):
    """Say hello."""
    for i in range(times):  # loop
        print(f"hi {name}", i * 2.5)
    return name.upper() if name else None
'''
KEYWORDS = {"def", "for", "in", "return", "if", "else", "None"}


def tokens(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in " \t":
            i += 1
        elif ch == "\n":
            yield ("NL", "\\n")
            i += 1
        elif ch == "#":
            j = src.find("\n", i)
            yield ("COMMENT", src[i:j])
            i = j
        elif src.startswith('"""', i):
            j = src.index('"""', i + 3) + 3
            yield ("DOCSTRING", src[i:j])
            i = j
        elif ch in "\"'" or (ch == "f" and src[i + 1:i + 2] in "\"'"):
            start = i
            if ch == "f":
                i += 1
            q = src[i]
            j = src.index(q, i + 1) + 1
            yield ("STRING", src[start:j])
            i = j
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield ("NUMBER", src[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KEYWORD" if word in KEYWORDS else "NAME", word)
            i = j
        else:
            yield ("OP", ch)
            i += 1


toks = list(tokens(SOURCE))
counts = {}
for kind, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(len(toks), dict(sorted(counts.items())))
print([v for k, v in toks if k == "NAME"])
print([v for k, v in toks if k in ("STRING", "NUMBER", "DOCSTRING", "COMMENT")])
line = []
for kind, v in toks:
    if kind == "NL":
        if line:
            print(" ".join(line))
        line = []
    else:
        line.append(v if kind != "KEYWORD" else v.upper())
