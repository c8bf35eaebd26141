class AppError(Exception):
    pass
def check(v):
    if v > 2:
        raise AppError(f"value too big: {v}")
    return v
for i in range(5):
    print(check(i))
