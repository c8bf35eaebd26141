DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def day_of_year(y, m, d):
    return sum(days_in(y, k) for k in range(1, m)) + d


def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7


def days_between(a, b):
    def ordinal(y, m, d):
        y1 = y - 1
        return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + day_of_year(y, m, d)
    return ordinal(*b) - ordinal(*a)


def month_calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), " ".join(d[:2] for d in DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
print(DAYS[weekday(2024, 1, 1)], DAYS[weekday(1969, 7, 20)], DAYS[weekday(2000, 2, 29)])
print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1), days_between((2000, 1, 1), (2024, 6, 15)))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays = [(y, m) for y in range(2023, 2025) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13th:", fridays)
age = days_between((1990, 5, 17), (2024, 5, 16))
print(age, divmod(age, 365), f"{age / 365.2425:.3f}")
