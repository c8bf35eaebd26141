def f(x):
    if x in {1, 2, 3}:
        return 1
    if x in {"a", "b", "c", "d"}:
        return 2
    if x not in {1.5, 2.5}:
        return 3
    if x in {(1, 2), (3, 4)}:
        return 4
    for y in {5, 6, 7}:
        print(y)
    return x in {False, True, "mixed", 3, 2.5, (1, "t")}
