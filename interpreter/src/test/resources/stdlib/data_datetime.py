# needs: Lib
# needs: Lib
import datetime as dt
d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.strftime('%Y/%m/%d %a %b %j'), d.replace(day=1), d.toordinal(), dt.date.fromordinal(738000))
print(dt.date.fromisoformat('2021-12-31'), d.isoformat(), d.ctime(), d.timetuple()[:6])
t = dt.time(13, 45, 7, 250)
print(t, repr(t), t.isoformat('minutes'), t.replace(hour=1), t.strftime('%H:%M:%S.%f'))
x = dt.datetime(2023, 12, 31, 23, 59, 30, 500000)
print(x, repr(x), x + dt.timedelta(seconds=45), x.date(), x.time(), x.isoformat(sep=' ', timespec='seconds'))
print(dt.datetime.fromisoformat('2020-05-17T08:09:10.123456'))
td = dt.timedelta(days=1, hours=25, minutes=-3, microseconds=7)
print(td, repr(td), td.total_seconds(), td * 3, td // 2, -td, abs(-td), td / dt.timedelta(hours=1))
print(dt.timedelta(seconds=-1), dt.timedelta(weeks=2, milliseconds=1.5), divmod(td, dt.timedelta(hours=7)))
utc = dt.timezone.utc
plus2 = dt.timezone(dt.timedelta(hours=2), 'CEST')
a = dt.datetime(2022, 6, 1, 12, 0, tzinfo=utc)
b = a.astimezone(plus2)
print(a, b, b.tzname(), b.utcoffset(), a == b, b - a, repr(plus2), str(dt.timezone(dt.timedelta(hours=-5, minutes=-30))))
print(a.timestamp(), dt.datetime.fromtimestamp(0, utc), dt.datetime(1970, 1, 2, tzinfo=utc).timestamp())
print(sorted([dt.date(2020, 1, 3), dt.date(2019, 5, 5), dt.date(2020, 1, 1)]))
print(hash(d) == hash(dt.date(2024, 2, 28)), {d: 1}[dt.date(2024, 2, 28)], d < dt.date(2025, 1, 1))
print(dt.date.max, dt.date.min, dt.timedelta.max, dt.datetime.min, dt.MINYEAR, dt.MAXYEAR)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.time(25), lambda: dt.timedelta(days=10**9), lambda: d - 1]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)  # messages: _datetime's (C) differ from datetime.py's
print(format(x, '%Y-%m-%d'), f'{d:%d.%m.%Y}', '{:%H}'.format(t))
