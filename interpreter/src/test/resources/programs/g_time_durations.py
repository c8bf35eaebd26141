def hms(seconds):
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    core = f"{h:02d}:{m:02d}:{s:02d}" if isinstance(s, int) else f"{int(h):02d}:{int(m):02d}:{s:06.3f}"
    return f"{sign}{d}d {core}" if d else sign + core


def parse(text):
    total = 0
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    num = ""
    for ch in text.replace(" ", ""):
        if ch.isdigit() or ch == ".":
            num += ch
        elif ch in units:
            if not num:
                raise ValueError(f"missing number before {ch!r} in {text!r}")
            total += float(num) * units[ch] if "." in num else int(num) * units[ch]
            num = ""
        else:
            raise ValueError(f"unknown unit {ch!r}")
    if num:
        raise ValueError(f"trailing number {num!r}")
    return total


for s in [0, 59, 60, 3599, 3600, 86399, 86400, 90061, -3725, 1234567, 12.5, 3661.25]:
    print(f"{s!r:>10} -> {hms(s)}")
for t in ["1h30m", "2d 3h", "45s", "1.5h", "10m 5s", "3x", "h", "12"]:
    try:
        v = parse(t)
        print(f"{t!r:>8} = {v} s = {hms(v)}")
    except ValueError as e:
        print(f"{t!r:>8} ! {e}")
laps = [62.31, 59.8, 61.05, 58.99, 60.4]
print(hms(sum(laps)), hms(min(laps)), f"{sum(laps) / len(laps):.3f}", [round(b - a, 2) for a, b in zip(laps, laps[1:])])
