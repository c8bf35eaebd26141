def configure(host, port=80, *, secure=False):
    return f"{host}:{port} secure={secure}"
print(configure("a"))
print(configure("b", 81, True))
