def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"bad key {k!r}") from None
lookup({}, "x")
