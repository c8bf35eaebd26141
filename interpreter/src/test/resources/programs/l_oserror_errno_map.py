# OSError(errno, ...) picks the errno's subclass (CPython errnomap), also for os and io failures
e = OSError(2, 'No such file')
print(type(e).__name__, e.errno, e.strerror, e)
print(type(OSError(13, 'x', 'f')).__name__, OSError(13, 'x', 'f'))
print(type(OSError(True, 'x')).__name__)
print(type(OSError(2)).__name__, type(OSError(2, 'a', 'b', 'c', 'd', 'e')).__name__ if False else '')
class E(OSError): pass
print(type(E(2, 'x')).__name__)
print(type(FileNotFoundError(13, 'x')).__name__)
print(type(OSError(99999, 'x')).__name__, type(OSError(2**70, 'x')).__name__)
try:
    open('/nonexistent/zz')
except FileNotFoundError as e:
    print('fnf', e)
import os
try: os.stat('/nonexistent')
except OSError as e: print(type(e).__name__, e)
print(OSError.__new__(OSError, 2, 'x').__class__.__name__)
