import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, len(t), type(t).__name__, t[:3])
print(time.gmtime(0), time.gmtime(-86400 * 366)[:8], time.gmtime(2**33)[:6], time.gmtime(1.99)[5])
print(time.struct_time((2024, 3, 5, 14, 7, 9, 1, 65, 0)))
for f in ['%a %A %b %B %p %c', '%x %X %D %F %T %R %r', '%d %e %j %H %I %k %l %M %S %y %Y %C', '%U %W %u %w %G %g %V',
          '%% %n%t %q', '%h %P']:
    print(repr(time.strftime(f, (2024, 3, 5, 14, 7, 9, 1, 65, 0))))
for y, m, d in [(2021, 1, 1), (2020, 12, 31), (2024, 12, 30), (2027, 1, 3), (2015, 12, 31)]:
    st = time.strptime if False else None
    secs = (time.mktime((y, m, d, 12, 0, 0, 0, 1, -1)))
    g = time.gmtime(secs)
    print(time.strftime('%Y-%m-%d %a %j %U %W %G-W%V-%u', g))
print(time.asctime((2024, 3, 5, 4, 7, 9, 1, 65, 0)), time.asctime(time.gmtime(0)))
print(time.strftime('%Y-%m-%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime('%Y', (12, 1, 1, 0, 0, 0, 0, 1, 0))))
for bad in [lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime(float('nan')),
            lambda: time.struct_time((1, 2)), lambda: time.mktime((1, 2)), lambda: time.sleep(-1),
            lambda: time.strftime('%Y', [1] * 9), lambda: time.asctime((2024, 1, 1, 25, 0, 0, 0, 1, 0))]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
a = time.time(); b = time.time_ns(); c = time.perf_counter(); d = time.monotonic(); e = time.process_time()
print(type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 5, time.perf_counter() >= c, time.monotonic() >= d,
      time.process_time() >= e, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0.001)
info = time.get_clock_info('monotonic')
print(info.monotonic, info.adjustable, time.get_clock_info('time').adjustable)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000, time.mktime(time.localtime(0)) == 0, isinstance(time.timezone, int), len(time.tzname))
print(time.localtime(1700000000)[:6] == time.gmtime(1700000000 - time.timezone)[:6] or time.daylight)
print(time.ctime(0) == time.asctime(time.localtime(0)))
