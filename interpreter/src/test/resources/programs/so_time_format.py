import time

stamps = [0, 86399, 951782400, 1234567890, 1700000000, 2147483647]
for s in stamps:
    t = time.gmtime(s)
    print(f'{s:>10} {time.strftime("%Y-%m-%d %H:%M:%S %a %j W%U", t)} {time.asctime(t)}')
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t)[:3])
print(time.strftime('%d/%m/%y %I:%M %p', (2024, 2, 29, 15, 4, 5, 3, 60, 0)))
print(time.strftime('%G-W%V-%u', (2021, 1, 3, 0, 0, 0, 6, 3, 0)), time.strftime('%B %A', (2024, 12, 1, 0, 0, 0, 6, 336, 0)))
start = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(time.time(), float), time.monotonic() > 0)
try:
    time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print('ValueError', e)
