def load(path):
    return parse(path.split("/"))


def parse(parts):
    return {p: validate(p) for p in parts}


def validate(part):
    if not part.isidentifier():
        raise ValueError(f"bad segment {part!r}")
    return len(part)


print(load("usr/local/bin"))
print(load("usr/local-2/bin"))
