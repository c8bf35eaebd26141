# Form-field validation with precompiled regular expressions, named groups and normalized output.
import re

RULES = {
    "email": re.compile(r"(?P<local>[\w.+-]+)@(?P<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"),
    "date": re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
    "phone": re.compile(r"\+?(?P<cc>\d{1,3})?[\s.-]?\(?(?P<area>\d{3})\)?[\s.-]?(?P<num>\d{3}[\s.-]?\d{4})"),
    "zip": re.compile(r"\d{5}(?:-\d{4})?"),
    "hexcolor": re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}"),
    "ipv4": re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"),
    "password": re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\w\s]).{8,}"),
    "slug": re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*"),
}

SAMPLES = {
    "email": ["ada@example.com", "first.last+tag@sub.domain.org", "bad@", "@no.com", "x@y.z"],
    "date": ["2026-11-21", "2026-13-01", "1999-02-30", "20261121"],
    "phone": ["+1 (555) 123-4567", "555.123.4567", "5551234567", "12-34"],
    "zip": ["12345", "12345-6789", "1234", "123456"],
    "hexcolor": ["#fff", "#A1B2C3", "#abcd", "fff"],
    "ipv4": ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3"],
    "password": ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!"],
    "slug": ["hello-world", "Hello", "a--b", "x1-y2"],
}

for field, values in SAMPLES.items():
    rx = RULES[field]
    for v in values:
        m = rx.fullmatch(v)
        detail = {k: g for k, g in m.groupdict().items() if g} if m and rx.groupindex else ""
        print(f"{field:9} {v!r:32} {'ok ' if m else 'BAD'} {detail}")

def normalize_phone(text):
    m = RULES["phone"].search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group("num"))
    return f"+{m.group('cc') or '1'} ({m.group('area')}) {digits[:3]}-{digits[3:]}"

for t in ["call +44 (020) 555 0199 now", "office: 555-867-5309", "none here"]:
    print(repr(t), "->", normalize_phone(t))
text = "Contact ada@example.com or grace@navy.mil; not me@localhost."
print(RULES["email"].findall(text), [m.group("domain") for m in RULES["email"].finditer(text)])
print(re.sub(r"(?<=\w)(?=(?:\d{3})+\b)", ",", "Total: 1234567 and 89 and 1000"))
print(RULES["date"].sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", "from 2026-01-05 to 2026-12-31"))
print([p.pattern[:20] for p in RULES.values()][:3], sum(p.groups for p in RULES.values()))
