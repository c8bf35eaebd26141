from __future__ import annotations
import typing
def f(a: int, b: list[str] | None = None, *c: typing.Any, d: "x" = 1, **e: dict[str, int]) -> tuple[int, ...]:
    x: int = 1
    return a
class C:
    attr: typing.Optional[C] = None
    other: Callable[[int], str]
v: int = 3
w: a.b[c] | d
