# An INI-style configuration reader over io.StringIO with sections, interpolation, types and error lines.
import io
import re

SOURCE = """\
; global settings
[DEFAULT]
base = /srv/app
debug = no

[paths]
data = ${base}/data
logs = ${base}/logs   ; trailing comment
cache=${paths:data}/cache

[server]
host = example.com
port = 8443
timeout = 2.5
  # indented comment
debug = yes
motd = Welcome to
    ${server:host}, enjoy
broken line without equals
[empty]
"""

SECTION = re.compile(r"\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*(?:[;#].*)?$")
REF = re.compile(r"\$\{(?:(?P<sec>\w+):)?(?P<key>\w+)\}")


def parse(text):
    data, errors, current, last = {"DEFAULT": {}}, [], None, None
    for lineno, line in enumerate(io.StringIO(text), 1):
        line = line.rstrip("\n")
        if not line.strip() or re.match(r"\s*[;#]", line):
            continue
        if line[0].isspace() and last:
            data[current][last] += "\n" + line.strip()
            continue
        if m := SECTION.match(line):
            current = m.group("name")
            data.setdefault(current, {})
            last = None
        elif (m := OPTION.match(line)) and current:
            last = m.group("key").lower()
            data[current][last] = m.group("value")
        else:
            errors.append((lineno, line))
    return data, errors


def get(data, section, key, depth=0):
    if depth > 10:
        raise RecursionError("interpolation too deep")
    raw = data.get(section, {}).get(key, data["DEFAULT"].get(key))
    if raw is None:
        raise KeyError(f"{section}:{key}")
    return REF.sub(lambda m: get(data, m.group("sec") or section, m.group("key"), depth + 1), raw)


def typed(value):
    if re.fullmatch(r"(?i)yes|true|on", value):
        return True
    if re.fullmatch(r"(?i)no|false|off", value):
        return False
    if re.fullmatch(r"[-+]?\d+", value):
        return int(value)
    if re.fullmatch(r"[-+]?\d*\.\d+", value):
        return float(value)
    return value


data, errors = parse(SOURCE)
for section in data:
    if section == "DEFAULT":
        continue
    keys = sorted(set(data[section]) | set(data["DEFAULT"]))
    print(f"[{section}]")
    for key in keys:
        print(f"  {key} = {typed(get(data, section, key))!r}")
print("errors:", errors)
try:
    get(data, "paths", "nothing")
except KeyError as e:
    print("KeyError", e)
out = io.StringIO()
for section, values in data.items():
    out.write(f"[{section}]\n")
    for k, v in values.items():
        out.write(f"{k} = {v}\n".replace("\n    ", "\n    "))
print(len(out.getvalue().splitlines()), out.getvalue().count("${"))
