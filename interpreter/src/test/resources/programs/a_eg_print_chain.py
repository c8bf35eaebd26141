# Exception groups in __cause__/__context__ chains, and leaves with chained exceptions.
def leaf_with_cause():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("converted") from e


def leaf_with_context():
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while indexing")


def make_group():
    errors = []
    for f in (leaf_with_cause, leaf_with_context):
        try:
            f()
        except Exception as e:
            errors.append(e)
    return ExceptionGroup("chained leaves", errors)


def main():
    try:
        raise make_group()
    except ExceptionGroup as eg:
        raise SystemError("wrapping a group") from eg


try:
    main()
except SystemError as e:
    print("caught", e, "cause:", e.__cause__)

try:
    raise ValueError("first")
except ValueError:
    raise ExceptionGroup("during handling", [TypeError("t")])
