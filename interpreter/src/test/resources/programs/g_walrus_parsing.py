data = "name=alpha;size=12;tags=a,b,c;;broken;empty=;size=13"
fields = {}
errors = []
for chunk in data.split(";"):
    if not (chunk := chunk.strip()):
        continue
    if (eq := chunk.find("=")) < 0:
        errors.append(chunk)
        continue
    key, value = chunk[:eq], chunk[eq + 1:]
    if (n := value.isdigit() and int(value)) is not False:
        value = n
    fields.setdefault(key, []).append(value)
print(fields, errors)
numbers = [3, 8, 1, 9, 4]
if (m := max(numbers)) > 5:
    print("max", m)
while (n := len(numbers)) > 2:
    numbers.pop()
print(n, numbers)
stream = iter(["x", "yy", "", "zzz"])
while chunk := next(stream, None):
    print(len(chunk), chunk)
print([y for x in range(6) if (y := x * x) % 2 == 0], [(a := i) for i in range(3)], a)
