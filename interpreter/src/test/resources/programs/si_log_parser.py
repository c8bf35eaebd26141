# Parses web-server access log lines with a verbose regular expression and reports traffic statistics.
import re
from io import StringIO

LOG = """\
192.168.1.10 - - [21/Nov/2026:09:15:02 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.0.7 - alice [21/Nov/2026:09:15:04 +0000] "POST /api/login HTTP/1.1" 302 0 "https://ex.com/" "curl/8.1"
192.168.1.10 - - [21/Nov/2026:09:16:11 +0000] "GET /static/app.js HTTP/1.1" 200 48213 "-" "Mozilla/5.0"
172.16.4.2 - - [21/Nov/2026:09:16:12 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Wget/1.21"
10.0.0.7 - alice [21/Nov/2026:09:17:40 +0000] "GET /api/items?page=2&size=50 HTTP/1.1" 200 9001 "-" "curl/8.1"
garbage line that does not parse
192.168.1.11 - bob [21/Nov/2026:09:18:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 77 "-" "python-requests/2.31"
10.0.0.7 - alice [21/Nov/2026:09:19:59 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "curl/8.1"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) \s (?P<tz>[+-]\d{4})\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-) \s+ "(?P<ref>[^"]*)" \s+ "(?P<agent>[^"]*)"
""", re.VERBOSE)

by_status, by_ip, bytes_by_path, bad = {}, {}, {}, []
for n, line in enumerate(StringIO(LOG), 1):
    m = LINE.match(line.rstrip("\n"))
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    by_ip.setdefault(d["ip"], []).append(d["method"] + " " + d["path"])
    bytes_by_path[d["path"]] = bytes_by_path.get(d["path"], 0) + int(d["size"])
    if d["query"]:
        params = dict(re.findall(r"(\w+)=([^&]*)", d["query"]))
        print(f"line {n}: query {params} user={d['user']!r} agent={d['agent'].split('/')[0]}")

print("status:", sorted(by_status.items()))
for ip in sorted(by_ip, key=lambda k: tuple(int(p) for p in k.split("."))):
    print(f"{ip:>15} {len(by_ip[ip])} {by_ip[ip]}")
top = sorted(bytes_by_path.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top paths:", top)
print("unparsed lines:", bad)
errors = [m.group("path") for m in LINE.finditer(LOG) if m.group("status").startswith(("4", "5"))]
print("errors:", errors)
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
