from collections import deque

WORDS = """cold cord card ward warm worm word wore core bore bard barm harm hard held head heal teal tell tall
tale male mall mail sail said slid slim slam clam cram crab drab draw drew brew blew bled bead beam seam""".split()


def neighbors(word, pool):
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                cand = word[:i] + c + word[i + 1:]
                if cand in pool:
                    yield cand


def ladder(start, goal):
    pool = set(WORDS)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(neighbors(w, pool)):
            if n not in prev:
                prev[n] = w
                q.append(n)
    return None


for a, b in [("cold", "warm"), ("card", "head"), ("tall", "mail"), ("cold", "beam"), ("drab", "brew"), ("word", "zzzz")]:
    path = ladder(a, b)
    print(f"{a}->{b}:", " > ".join(path) if path else "no ladder", f"({len(path) - 1} steps)" if path else "")
degree = {w: len(list(neighbors(w, set(WORDS)))) for w in WORDS}
best = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(best, sum(degree.values()) // 2)
