# time.asctime/strftime argument checks as gettmarg/checktm: C int fields, zero month/day/yday, weekday arithmetic
import time
for t in [(2002, 0, 0, 0, 0, 0, 0, 0, 0), (2002, 12, 25, 1, 2, 3, -1, 359, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0), (-5, 6, 1, 0, 0, 0, 5, 0, -5), (2002, 1, 1, 0, 0, 0, -8, 1, 3)]:
    print(time.asctime(t), time.strftime('%Y %m %d %a %j %w', t))
for bad in [(2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2002, 13, 1, 0, 0, 0, 0, 1, 0), (2002, 1, 1, 0, 0, 0, -2, 1, 0), (2002, 1, 1, 0, 0, 0, 0, 367, 0), (-2**31+1000, 1, 1, 0, 0, 0, 0, 1, 0)]:
    for f in (time.asctime, lambda t: time.strftime('%Y', t)):
        try:
            print(f(bad))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
