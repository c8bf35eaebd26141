data = [3, 7, 7, 2, 9, 4, 7, 1, 3, 8, 8, 5, 6, 2, 7, 4, 9, 9, 1, 5, 6, 7, 3]
counts = {}
for d in data:
    counts[d] = counts.get(d, 0) + 1
peak = max(counts.values())
for level in range(peak, 0, -1):
    print(f"{level:2d} |" + "".join(" # " if counts.get(v, 0) >= level else "   " for v in range(1, 10)))
print("   +" + "---" * 9)
print("    " + "".join(f" {v} " for v in range(1, 10)))
for v in sorted(counts):
    bar = "█" * counts[v] + "▌" * (v % 2)
    print(f"{v}: {bar:<8} {counts[v] / len(data):6.1%}")
buckets = [(lo, lo + 3) for lo in range(0, 10, 3)]
print({f"[{lo},{hi})": sum(lo <= d < hi for d in data) for lo, hi in buckets})
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / len(data)
mode = max(sorted(counts), key=counts.get)
print(f"n={len(data)} mean={mean:.3f} var={var:.3f} sd={var ** 0.5:.3f} mode={mode} median={sorted(data)[len(data) // 2]}")
spark = "▁▂▃▄▅▆▇█"
print("".join(spark[(d - 1) * (len(spark) - 1) // 8] for d in data))
