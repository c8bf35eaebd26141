x = 10
name = "quicken"
print(f"{x} {x!r} {name!r} {name.upper()} {x * 2 + 1} {x:4d}|{name:>10}|{name:<10}|")
print(f"{x=}", f"{'nested'}", f"{{braces}}", f"{3.0:.3f}", f"{1000000:,}", f"{0.25:.1%}")
items = [1, 2, 3]
print(f"total={sum(items)} items={items} first={items[0]}")
w = 8
print(f"{'x':{w}}|", f"{42:0{w}}")
