lines = ["12", " 7 ", "4.5", "x"]
total = 0
for raw in lines:
    try:
        total += int(raw)
    except ValueError:
        total += int(float(raw))
    print("running total", total)
