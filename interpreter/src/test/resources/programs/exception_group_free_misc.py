def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    if v < 0:
        raise ValueError(f"negative: {v}")
    return v
results = []
for v in [1, -2, "3", 4.0, 5]:
    try:
        results.append(check(v))
    except (TypeError, ValueError) as e:
        results.append(f"{type(e).__name__}({e})")
print(results)
errors = []
for exc in (ValueError("a"), KeyError("b"), IndexError("c")):
    try:
        raise exc
    except LookupError as e:
        errors.append(("lookup", str(e)))
    except Exception as e:
        errors.append(("other", str(e)))
print(errors)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
