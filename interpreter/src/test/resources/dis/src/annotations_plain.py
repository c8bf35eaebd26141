x: int = 1
y: list[str]
z: "forward"

class K:
    field: int = 0
    other: str

def f():
    local: int = 3
    return local
