sales = [
    {"region": "north", "amount": 120},
    {"region": "south", "amount": 80},
    {"region": "east"},
]
totals = {}
for row in sales:
    region = row["region"]
    totals[region] = totals.get(region, 0) + row["amount"]
    print(region, totals[region])
