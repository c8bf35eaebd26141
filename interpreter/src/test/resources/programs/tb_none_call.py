def get_handler(kind):
    handlers = {"a": lambda: "A"}
    return handlers.get(kind)
print(get_handler("a")())
print(get_handler("b")())
