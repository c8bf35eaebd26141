def parse_config(text):
    result = {}
    for n, line in enumerate(text.splitlines(), 1):
        key, value = line.split("=")
        result[key.strip()] = int(value)
    return result


def load():
    try:
        return parse_config("a = 1\nb = two\nc = 3")
    except ValueError:
        fallback = {}
        return fallback["default"]


print(load())
