stock = {"bolts": 120, "nuts": 40, "washers": 300, "screws": 15, "rivets": 0}
reorder_at = {"bolts": 50, "nuts": 50, "washers": 100, "screws": 20, "rivets": 10}
lead_days = {"bolts": 3, "nuts": 5, "washers": 2, "screws": 7, "rivets": 4}
usage = {"bolts": [10, 12, 9, 14], "nuts": [5, 6, 4, 7], "washers": [20, 25, 30, 22], "screws": [3, 2, 4, 3], "rivets": [1, 0, 2, 1]}
plan = []
for item in sorted(stock):
    daily = sum(usage[item]) / len(usage[item])
    days_left = stock[item] / daily if daily else float("inf")
    need = stock[item] <= reorder_at[item] or days_left <= lead_days[item]
    qty = max(0, round(daily * 14) - stock[item]) if need else 0
    plan.append((item, daily, days_left, need, qty))
    print(f"{item:<8} stock={stock[item]:>4} daily={daily:5.2f} days_left={days_left:6.1f} reorder={'yes' if need else 'no':<3} qty={qty}")
urgent = sorted((p for p in plan if p[3]), key=lambda p: p[2])
print("urgent:", [p[0] for p in urgent], "total units:", sum(p[4] for p in plan))
print(dict(zip(stock, map(lambda k: stock[k] >= reorder_at[k], stock))))
