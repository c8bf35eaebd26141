from typing import List, Dict, Optional, Tuple, Any, Union, Callable, TypeVar, Generic
from abc import ABC, abstractmethod
T = TypeVar("T")
def total(xs: List[int]) -> int:
    return sum(xs)
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
print(total([1, 2, 3]), find({"a": 1}, "a"), find({}, "b"), total.__annotations__["return"])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)
class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...
    def describe(self):
        return f"area={self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
