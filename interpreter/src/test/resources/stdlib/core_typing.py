# needs: Lib
import typing
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Literal
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int](3).v, List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], T)
print(typing.get_args(Dict[str, int]), typing.get_origin(List[int]), typing.get_type_hints(Box.__init__))
class TD(TypedDict):
    k: int
print(TD(k=1), TD.__required_keys__)
@typing.runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(3, Closer), Literal['a', 'b'], Any, typing.cast(int, 'x'))
def f(a: 'int', b: Optional[str] = None) -> List[int]:
    return [a]
print(typing.get_type_hints(f), typing.TYPE_CHECKING, typing.Tuple[int, ...])
