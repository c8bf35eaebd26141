# traceback: format_exc/format_exception/print_exc, extract_tb and StackSummary, chained exceptions,
# TracebackException, format_exception_only, exception groups and notes
import os, sys, traceback

def clean(text):
    return text.replace(__file__, 'FILE')

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end='')
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
    print(traceback.format_exception_only(et, ev))
    print([clean(s) for s in traceback.format_tb(tb)])
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(len(summary), [f.name for f in summary])

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
    print(clean(''.join(te.format(chain=False))), end='')

try:
    try:
        raise OSError(2, 'gone')
    except OSError:
        raise RuntimeError('during handling')
except RuntimeError:
    traceback.print_exc(file=sys.stdout, limit=1) if False else print(clean(traceback.format_exc(limit=1)), end='')

e = TypeError('with notes')
e.add_note('first note')
e.add_note('second note')
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(SyntaxError, SyntaxError('bad', ('f.py', 3, 5, 'x = = 1\n'))))
try:
    raise ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])
except ExceptionGroup as g:
    print(clean(''.join(traceback.format_exception(g))), end='')

def deep(n):
    if n == 0:
        return traceback.extract_stack(limit=3)
    return deep(n - 1)
print([(f.name, f.line) for f in deep(5)])
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], '|', clean(lines[-4]), '|', lines[-1])
print(traceback.format_exception_only(None, None) if False else traceback.format_exception_only(StopIteration, StopIteration()))
