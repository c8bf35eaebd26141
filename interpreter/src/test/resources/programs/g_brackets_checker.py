PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{<":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            opener, j = stack.pop()
            if opener != PAIRS[ch]:
                return f"mismatch {opener!r}@{j} vs {ch!r}@{i}"
    if stack:
        return "unclosed " + ", ".join(f"{c!r}@{i}" for c, i in stack)
    return "ok"


tests = ["()", "([]{})", "(]", "((()", "{[<>()]}", "a(b)c]", "", "<<>>>", "{(})", "f(x[i], {k: v})"]
for t in tests:
    print(f"{t!r:20} {check(t)}")


def max_depth(s):
    depth = best = 0
    for ch in s:
        depth += (ch == "(") - (ch == ")")
        best = max(best, depth)
    return best


print([max_depth(s) for s in ["(1+(2*3)+((8)/4))+1", "(1)+((2))+(((3)))", "", "()()()"]])


def generate(n, s="", open_=0, close=0):
    if len(s) == 2 * n:
        yield s
        return
    if open_ < n:
        yield from generate(n, s + "(", open_ + 1, close)
    if close < open_:
        yield from generate(n, s + ")", open_, close + 1)


print(list(generate(3)), [len(list(generate(k))) for k in range(1, 9)])
