scores = {
    "ana": {"math": 92, "physics": 85, "art": 78},
    "ben": {"math": 67, "physics": 72, "art": 95, "music": 88},
    "cai": {"math": 88, "physics": 91},
    "dee": {"math": 45, "physics": 58, "art": 62, "music": 70},
}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


subjects = sorted({s for per in scores.values() for s in per})
print(f"{'name':<5}" + "".join(f"{s:>9}" for s in subjects) + f"{'avg':>8}")
for name, per in sorted(scores.items()):
    avg = sum(per.values()) / len(per)
    cells = "".join(f"{per[s]:>6} {letter(per[s])} " if s in per else f"{'-':>9}" for s in subjects)
    print(f"{name:<5}{cells}{avg:>8.2f}")
for s in subjects:
    vals = [(per[s], n) for n, per in scores.items() if s in per]
    hi, lo = max(vals), min(vals)
    print(f"{s:>8}: n={len(vals)} top={hi[1]}({hi[0]}) low={lo[1]}({lo[0]}) mean={sum(v for v, _ in vals) / len(vals):.1f}")
ranking = sorted(scores, key=lambda n: -sum(scores[n].values()) / len(scores[n]))
print(ranking, {n: letter(sum(p.values()) / len(p)) for n, p in scores.items()})
failing = [(n, s) for n, p in scores.items() for s, v in p.items() if letter(v) == "F"]
print(failing, all(len(p) >= 2 for p in scores.values()), any("music" in p for p in scores.values()))
curve = {n: {s: min(100, round(v * 1.1)) for s, v in p.items()} for n, p in scores.items()}
print(curve["dee"], sum(len(p) for p in curve.values()))
