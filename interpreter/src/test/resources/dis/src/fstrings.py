name = "world"
width = 10
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{3.14159:.2f} {name:>{width}} {name!r:^20}")
print(f"{'nested' + f'{name}'}")
print(f"{name=}")
