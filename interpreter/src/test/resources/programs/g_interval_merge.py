def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(x) for x in out]


def free_slots(busy, day=(9, 17)):
    slots, t = [], day[0]
    for s, e in merge(busy):
        if s > t:
            slots.append((t, min(s, day[1])))
        t = max(t, e)
    if t < day[1]:
        slots.append((t, day[1]))
    return [(a, b) for a, b in slots if a < b]


def fmt(h):
    hours, mins = divmod(round(h * 60), 60)
    return f"{hours:02d}:{mins:02d}"


busy = {"ann": [(9, 10.5), (12, 13), (15.25, 16)], "bob": [(10, 11), (12.5, 14)], "cy": [(16.5, 17), (9.5, 9.75)]}
allbusy = [iv for ivs in busy.values() for iv in ivs]
print(merge(allbusy))
for name, ivs in busy.items():
    print(name, [f"{fmt(a)}-{fmt(b)}" for a, b in free_slots(ivs)])
common = free_slots(allbusy)
print("common:", [f"{fmt(a)}-{fmt(b)} ({(b - a) * 60:.0f} min)" for a, b in common])
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (6, 8)]), merge([]), merge([(5, 5)]))


def overlap(a, b):
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo < hi else None


print(overlap((1, 5), (3, 9)), overlap((1, 2), (2, 3)), overlap((0, 10), (2, 3)))
points = sorted([(s, 1) for s, e in allbusy] + [(e, -1) for s, e in allbusy], key=lambda p: (p[0], p[1]))
depth = best = 0
for t, d in points:
    depth += d
    best = max(best, depth)
print("max concurrent:", best)
