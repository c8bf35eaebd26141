def process(items):
    try:
        for it in items:
            print("item", 100 // it)
    finally:
        print("closing")
        raise RuntimeError("close failed")


process([5, 0, 2])
