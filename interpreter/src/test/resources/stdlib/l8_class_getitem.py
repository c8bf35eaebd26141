# cls[args] of the native generic types is types.GenericAlias(cls, args), as in CPython 3.11
# (Py_GenericAlias), whether or not a program imported types first
import collections
import functools
import re

for alias in (collections.deque[int], functools.partial[str], re.Pattern[str], re.Match[bytes],
              collections.deque[int, str], list[int]):
    print(alias, type(alias).__name__, alias.__origin__.__name__, alias.__args__)
print(collections.deque[int] == collections.deque[int], collections.deque[int] == collections.deque[str])
d = collections.deque[int]([1, 2])
print(type(d).__name__, d)
