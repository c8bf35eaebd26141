readings = {
    "oslo": [-3.5, -1.0, 2.25, 8.0, 14.5, 18.0, 21.5, 19.0, 13.25, 7.0, 1.5, -2.0],
    "cairo": [14.0, 15.5, 18.0, 22.0, 25.5, 27.0, 28.0, 28.0, 26.5, 23.5, 19.0, 15.5],
    "lima": [23.0, 24.0, 23.5, 21.0, 19.0, 17.5, 17.0, 16.5, 17.0, 18.0, 19.5, 21.5],
}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


print(f"{'city':<6} {'mean':>7} {'median':>7} {'stdev':>7} {'min':>6} {'max':>6} warmest")
for city, temps in readings.items():
    hot = MONTHS[temps.index(max(temps))]
    print(f"{city:<6} {mean(temps):7.2f} {median(temps):7.2f} {stdev(temps):7.3f} {min(temps):6.1f} {max(temps):6.1f} {hot}")
swings = {c: max(t) - min(t) for c, t in readings.items()}
print(swings, min(swings, key=swings.get))
for i, month in enumerate(MONTHS):
    ranked = sorted(readings, key=lambda c: readings[c][i], reverse=True)
    if i % 3 == 0:
        print(month, " > ".join(f"{c}({readings[c][i]:g})" for c in ranked))
fahrenheit = {c: [round(t * 9 / 5 + 32, 1) for t in ts] for c, ts in readings.items()}
print(fahrenheit["oslo"][:4], fahrenheit["lima"][-2:])
below = [(c, MONTHS[i]) for c, ts in readings.items() for i, t in enumerate(ts) if t < 0]
print(below)
quarters = {c: [round(mean(ts[q * 3:q * 3 + 3]), 2) for q in range(4)] for c, ts in readings.items()}
print(quarters)
diffs = [round(b - a, 2) for a, b in zip(readings["oslo"], readings["oslo"][1:])]
print(diffs, max(diffs), MONTHS[diffs.index(max(diffs)) + 1])
print(round(mean([mean(t) for t in readings.values()]), 4), sum(map(len, readings.values())))
