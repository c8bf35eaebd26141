import re

log = """2024-01-15 10:23:45 ERROR [db] connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200 1532
2024-01-15 10:24:02 WARN [web] slow response: 2.5s for /api/users?id=42
2024-01-16 08:00:00 INFO [cron] job 'backup' finished in 35m
2024-01-16 09:15:30 ERROR [web] 500 on POST /api/orders"""

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$", re.M)
for m in LINE.finditer(log):
    print(m.group("level"), m["src"], m.span("msg"), m.groupdict()["date"])
print(LINE.groupindex["msg"], LINE.groups, LINE.flags & re.M != 0)
print(re.findall(r"/[\w/.]+", log))
print(re.findall(r"(\w+)=(\d+)", log), re.findall(r"\d+(?=m\b)", log))
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", log.splitlines()[0]))
print(re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) * 2), "a 1 b 22 c 333"))
print(re.subn(r"[aeiou]", "_", "education"), re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"))
print(re.match(r"(a+)(b*)", "aaabbbc").groups(), re.fullmatch(r"\w+", "abc!"), re.search(r"c$", "abc").start())
print(bool(re.match(r"(?i)hello", "HeLLo")), re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"(\w)\1", "aabbcd eeff"), re.sub(r"(?P<w>\w+) (?P<x>\w+)", r"\g<x> \g<w>", "hello world"))
emails = ["a.b@example.com", "bad@", "x_y+tag@sub.domain.org", "@no.com"]
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
print([bool(EMAIL.match(e)) for e in emails])
print(re.escape("a.b*c?"), re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"x*", "axxb"))
print(re.compile(r"\s+").sub(" ", "  lots   of \t space \n"), re.findall(r"[^\W\d_]+", "héllo wörld 42 _x"))
m = re.search(r"(\d+)-(\d+)?", "range 10- end")
print(m.groups(), m.groups("none"), m.lastindex, m.group(0, 1), m.expand(r"[\1]"))
print(re.findall(r"<.*?>", "<a><b></b></a>"), re.findall(r"<.*>", "<a><b>"), re.findall(r"\d{2,3}?", "12345"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.compile("a|b").pattern, repr(re.compile(r"\d")), re.I | re.M)
