def step(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        step(n - 1)
    except ValueError as e:
        raise KeyError(f"level {n}") from None if n == 2 else e
step(3)
