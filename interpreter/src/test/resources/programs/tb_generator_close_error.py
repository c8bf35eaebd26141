def g():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")
it = g()
next(it)
it.close()
