import sys
def handler():
    try:
        raise ValueError("inner problem")
    except ValueError as e:
        print("handling", e, file=sys.stderr)
        raise
handler()
