def match_here(pat, text):
    if not pat:
        return True
    if len(pat) > 1 and pat[1] == "*":
        return match_star(pat[0], pat[2:], text)
    if len(pat) > 1 and pat[1] == "?":
        return (bool(text) and pat[0] in (".", text[0]) and match_here(pat[2:], text[1:])) or match_here(pat[2:], text)
    if pat == "$":
        return not text
    if text and pat[0] in (".", text[0]):
        return match_here(pat[1:], text[1:])
    return False


def match_star(c, pat, text):
    i = 0
    while True:
        if match_here(pat, text[i:]):
            return True
        if i < len(text) and c in (".", text[i]):
            i += 1
        else:
            return False


def search(pat, text):
    if pat.startswith("^"):
        return match_here(pat[1:], text)
    return any(match_here(pat, text[i:]) for i in range(len(text) + 1))


cases = [("abc", "xxabcxx"), ("^abc", "xxabc"), ("a.c", "abc"), ("ab*c", "ac"), ("ab*c", "abbbbc"), ("colou?r", "color"),
         ("colou?r", "colour"), ("^.*$", ""), ("x$", "box"), ("x$", "xbox "), ("a*a*a*b", "aaaaaaaaaa"), ("^$", "a")]
for pat, text in cases:
    print(f"{pat!r:12} {text!r:14} {search(pat, text)}")
