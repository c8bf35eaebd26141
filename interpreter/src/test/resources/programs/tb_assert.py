def validate(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
validate(1)
validate(-3)
