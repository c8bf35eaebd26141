tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: len(5),
    lambda: (lambda: 5)()(),
    lambda: (lambda: None)()[0],
    lambda: {}[[1]],
    lambda: int(None),
    lambda: "a" * "b",
    lambda: 1 < "a",
    lambda: iter(5),
    lambda: -"a",
    lambda: [1, 2].index(3),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(y=1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
