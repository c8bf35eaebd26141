from __future__ import annotations

x: int = 1
y: list[str]

def f(a: int, b: Foo) -> Bar:
    z: dict = {}
    return z

class K:
    field: int = 0
    other: "str"
