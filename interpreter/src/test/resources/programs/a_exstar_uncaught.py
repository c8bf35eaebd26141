# Unhandled parts of an except* propagate; printed as nested boxed exception groups.
def validate(item):
    if not isinstance(item, int):
        raise TypeError(f"bad type {type(item).__name__}")
    if item < 0:
        raise ValueError(f"negative {item}")
    return item


def collect(items):
    errors = []
    for item in items:
        try:
            validate(item)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


def process():
    try:
        collect([1, -2, "x", -4, 5.5])
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "value errors")


process()
