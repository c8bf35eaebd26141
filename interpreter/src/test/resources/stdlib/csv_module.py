# _csv (Modules/_csv.c) through Lib/csv.py: the reader's state machine, the writer's quoting, dialects,
# the registry, field_size_limit and the exact error messages.
import _csv
import csv
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def read(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))


def read_lines(lines, **kw):
    return list(csv.reader(lines, **kw))


def write(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


# reading: quoting, doublequote, escapechar, skipinitialspace, strict, newlines
attempt('simple', lambda: read('a,b,c\r\n1,2,3\r\n'))
attempt('empty lines', lambda: read_lines(['', 'a', '', 'b,']))
attempt('quoted', lambda: read('"a,b","c""d",e\n'))
attempt('multi-line', lambda: read('"one\ntwo",x\r\n"a\r\nb"\n'))
attempt('quote mid-field', lambda: read('ab"c"d,e\n'))
attempt('after quote', lambda: read('"ab"cd,e\n'))
attempt('strict after quote', lambda: read('"ab"cd,e\n', strict=True))
attempt('no doublequote', lambda: read('"a""b"\n', doublequote=False))
attempt('escapechar', lambda: read('a\\,b,c\\\\d\n', escapechar='\\'))
attempt('escape in quotes', lambda: read('"a\\"b",c\n', escapechar='\\', doublequote=False))
attempt('escaped newline', lambda: read_lines(['a\\\n', 'b,c\n'], escapechar='\\'))
attempt('escape at eol', lambda: read_lines(['a\\', 'b'], escapechar='\\'))
attempt('skipinitialspace', lambda: read('a, b,  "c"\n', skipinitialspace=True))
attempt('no skip', lambda: read('a, b, "c"\n'))
attempt('QUOTE_NONE', lambda: read('"a",b\n', quoting=csv.QUOTE_NONE))
attempt('QUOTE_NONNUMERIC', lambda: read('1,"2",3.5,-1e3\n', quoting=csv.QUOTE_NONNUMERIC))
attempt('QUOTE_NONNUMERIC bad', lambda: read('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
attempt('delimiter tab', lambda: read('a\tb\t"c\td"\n', delimiter='\t'))
attempt('excel-tab', lambda: read('a\tb\n', dialect='excel-tab'))
attempt('quotechar', lambda: read("'a,b',c\n", quotechar="'"))
attempt('unterminated', lambda: read('"abc\n'))
attempt('unterminated strict', lambda: read('"abc\n', strict=True))
attempt('eof in field', lambda: read_lines(['a,b']))
attempt('newline in field', lambda: read_lines(['a\rb,c']))
attempt('cr only', lambda: read('a,b\rc,d\r'))
attempt('bytes line', lambda: read_lines([b'a,b']))
attempt('non-iterable', lambda: csv.reader(5))
attempt('unicode', lambda: read('\u00e9t\u00e9,\U0001F600,"\u4e2d,\u6587"\n'))
r = csv.reader(['a,"b', 'c"', 'd'])
print(next(r), r.line_num, next(r), r.line_num)
attempt('reader dialect attrs', lambda: (r.dialect.delimiter, r.dialect.quotechar, r.dialect.lineterminator,
                                        r.dialect.quoting, r.dialect.escapechar, r.dialect.doublequote,
                                        r.dialect.skipinitialspace, r.dialect.strict))

# field size limit
print(csv.field_size_limit())
print(csv.field_size_limit(5), csv.field_size_limit())
attempt('over limit', lambda: read('abcdef\n'))
attempt('at limit', lambda: read('abcde\n'))
attempt('quoted over limit', lambda: read('"abc\ndef"\n'))
csv.field_size_limit(128 * 1024)
attempt('limit str', lambda: csv.field_size_limit('10'))
attempt('limit args', lambda: csv.field_size_limit(1, 2))
attempt('limit huge', lambda: csv.field_size_limit(2 ** 70))

# writing
attempt('write minimal', lambda: write([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', None, 1, 2.5, '', True]]))
attempt('write all', lambda: write([['a', 1, None]], quoting=csv.QUOTE_ALL))
attempt('write nonnumeric', lambda: write([['a', 1, 2.5, None, True]], quoting=csv.QUOTE_NONNUMERIC))
attempt('write none', lambda: write([['a,b']], quoting=csv.QUOTE_NONE))
attempt('write none esc', lambda: write([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\'))
attempt('write noquote dq', lambda: write([['a"b']], doublequote=False))
attempt('write noquote dq esc', lambda: write([['a"b']], doublequote=False, escapechar='\\'))
attempt('write esc minimal', lambda: write([['a\\b', 'c']], escapechar='\\'))
attempt('write empty row', lambda: write([[]]))
attempt('write single empty', lambda: write([['']]))
attempt('write single None', lambda: write([[None]]))
attempt('write single empty QUOTE_NONE', lambda: write([['']], quoting=csv.QUOTE_NONE))
attempt('write lineterminator', lambda: write([['a', 'b|c']], lineterminator='|'))
attempt('write delimiter', lambda: write([['a;b', 'c']], delimiter=';'))
attempt('write not iterable', lambda: write([5]))
attempt('write unicode', lambda: write([['\u00e9', '\U0001F600,x']]))
attempt('no write method', lambda: csv.writer(5))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['x', 'y']), w.dialect.delimiter)
w.writerows([[1], (2, 3), iter(['z'])])
print(repr(out.getvalue()))

# dialects
attempt('Dialect()', lambda: vars_of(_csv.Dialect()))


def vars_of(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote, d.skipinitialspace,
            d.strict)


attempt('Dialect()', lambda: vars_of(_csv.Dialect()))
attempt('Dialect(excel)', lambda: vars_of(_csv.Dialect(csv.excel)))
attempt('Dialect(name)', lambda: vars_of(_csv.Dialect('excel-tab')))
attempt('Dialect(unknown)', lambda: _csv.Dialect('nope'))
attempt('Dialect positional', lambda: vars_of(_csv.Dialect(None, ';', False, '\\', '\n', "'", 1, True, True)))
attempt('Dialect too many', lambda: _csv.Dialect(*range(10)))
attempt('Dialect bad kw', lambda: _csv.Dialect(foo=1))
attempt('delimiter empty', lambda: _csv.Dialect(delimiter=''))
attempt('delimiter long', lambda: _csv.Dialect(delimiter='ab'))
attempt('delimiter int', lambda: _csv.Dialect(delimiter=1))
attempt('delimiter None', lambda: _csv.Dialect(delimiter=None))
attempt('quotechar int', lambda: _csv.Dialect(quotechar=1))
attempt('quotechar None', lambda: vars_of(_csv.Dialect(quotechar=None)))
attempt('quotechar None quoting', lambda: _csv.Dialect(quotechar=None, quoting=csv.QUOTE_ALL))
attempt('escapechar long', lambda: _csv.Dialect(escapechar='ab'))
attempt('quoting bad', lambda: _csv.Dialect(quoting=7))
attempt('quoting str', lambda: _csv.Dialect(quoting='1'))
attempt('quoting float', lambda: _csv.Dialect(quoting=1.0))
attempt('quoting huge', lambda: _csv.Dialect(quoting=2 ** 40))
attempt('lineterminator None', lambda: _csv.Dialect(lineterminator=None))
attempt('lineterminator int', lambda: _csv.Dialect(lineterminator=4))
d = _csv.Dialect(delimiter=';')
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=';') is d)
attempt('setattr delimiter', lambda: setattr(d, 'delimiter', ','))
attempt('setattr strict', lambda: setattr(d, 'strict', True))
attempt('pickle', lambda: d.__reduce_ex__(2))
attempt('reduce', lambda: d.__reduce__())


class Custom(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


attempt('custom read', lambda: read('a:b:"c:d"\n', dialect=Custom))
attempt('custom write', lambda: write([['a', 'b:c']], dialect=Custom()))
attempt('custom override', lambda: write([['a', 'b:c']], dialect=Custom, delimiter='|'))


class Broken(csv.Dialect):
    delimiter = ''
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


attempt('broken dialect', lambda: Broken())

# registry
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quoting)
attempt('semi write', lambda: write([['a', 1]], dialect='semi'))
csv.register_dialect('custom', Custom)
attempt('custom by name', lambda: read('x:y\n', dialect='custom'))
csv.unregister_dialect('semi')
attempt('unregister again', lambda: csv.unregister_dialect('semi'))
attempt('get unknown', lambda: csv.get_dialect('semi'))
attempt('register int', lambda: csv.register_dialect(1))
attempt('register none', lambda: csv.register_dialect())
attempt('register bad', lambda: csv.register_dialect('bad', delimiter=''))
attempt('reader none', lambda: csv.reader())
attempt('reader three', lambda: csv.reader([], 'excel', 3))
attempt('reader bad kw', lambda: csv.reader([], bogus=1))
print(sorted(csv.list_dialects()))
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.Error.__name__, _csv.__version__)
print(_csv.reader, type(csv.reader([])), _csv.Reader, _csv.Writer, _csv.Dialect)
attempt('create reader', lambda: _csv.Reader())
attempt('create writer', lambda: _csv.Writer())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

# DictReader / DictWriter / Sniffer (Python, over _csv)
rows = list(csv.DictReader(io.StringIO('name,age\r\nann,3\r\nbob,4,extra\r\ncy\r\n')))
print(rows)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'])
dw.writeheader()
dw.writerows([{'name': 'ann', 'age': 3}, {'name': 'b,c'}])
print(repr(out.getvalue()))
attempt('DictWriter extra', lambda: dw.writerow({'name': 'x', 'zzz': 1}))
sniffer = csv.Sniffer()
dialect = sniffer.sniff('a;b;c\r\n1;2;3\r\n4;5;6\r\n')
print(dialect.delimiter, repr(dialect.lineterminator), dialect.quotechar, dialect.skipinitialspace)
print(sniffer.has_header('name,age\r\nann,30\r\nbob,40\r\n'))
dialect = sniffer.sniff('"a","b"\n"c","d"\n')
print(dialect.delimiter, dialect.quotechar, dialect.doublequote)
attempt('sniff fail', lambda: sniffer.sniff(''))

# round trip with a file
import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), 't.csv')
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows([['a', 'b\nc'], ['d"', 'e']])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
os.remove(path)
