def f(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            continue
        except Exception as exc:
            out.append(exc)
            break
        finally:
            out.append(None)
    with open("x") as fh:
        for line in fh:
            try:
                yield line
            finally:
                pass
    return out
