from datetime import date, datetime, timedelta, timezone

start = datetime(2024, 1, 29, 9, 30)
meetings = []
d = start
while len(meetings) < 6:
    if d.weekday() < 5:
        meetings.append(d)
    d += timedelta(days=2)
for m in meetings:
    print(m.strftime('%a %d %b %Y %H:%M'), m.isocalendar()[1])
print('span', meetings[-1] - meetings[0], 'days until 2024-03-01:', (date(2024, 3, 1) - start.date()).days)
utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
t = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(t.astimezone(cet), t.astimezone(cet).tzname(), t.isoformat(), t.timestamp())
print(datetime.fromisoformat('2024-02-29T23:59:59') + timedelta(seconds=1))
ages = {name: (date(2024, 6, 1) - born).days // 365 for name, born in
        [('ada', date(1990, 12, 10)), ('bob', date(2001, 6, 2)), ('cy', date(1985, 1, 1))]}
print(sorted(ages.items(), key=lambda kv: kv[1]))
print(date(2024, 1, 31).replace(day=29) + timedelta(weeks=4), date.fromordinal(738000).isoformat())
