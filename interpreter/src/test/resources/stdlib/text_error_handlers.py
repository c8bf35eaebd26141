# str.encode/bytes.decode with registered error handlers (codecs.register_error), surrogatepass, namereplace, UTF-16 surrogate errors
import codecs
def h(e):
    return ('<%d-%d>' % (e.start, e.end), e.end)
codecs.register_error('mine', h)
print('aé€b'.encode('ascii', 'mine'))
print('aé€b'.encode('latin-1', 'mine'))
print(b'a\xffb'.decode('utf-8', 'mine') if False else '')
def d(e):
    return ('?', e.end)
codecs.register_error('dec', d)
print(b'a\xffb'.decode('utf-8', 'dec'), b'a\xffb'.decode('ascii', 'dec'))
print('aé'.encode('ascii', 'xmlcharrefreplace'), 'aé'.encode('ascii', 'namereplace'), 'a\udcff'.encode('utf-8', 'surrogateescape'))
try:
    'é'.encode('ascii', 'nosuch')
except LookupError as e:
    print(e)
print(codecs.lookup_error('strict'), codecs.lookup_error('mine') is h)
print('aé'.encode('utf-16-le', 'mine'), 'a\ud800'.encode('utf-8', 'mine'))
codecs.register_error('back', lambda e: ('', 0) if False else ('[%d]' % e.start, e.end))
print(b'ab\xff\xfecd'.decode('utf-8', 'back'), b'ab\xff\xfecd'.decode('ascii', 'back'), b'\xe2\x82'.decode('utf-8', 'back'))
print(b'a\x00\x00\xd8'.decode('utf-16-le', 'back') == 'a\ud800', b'\x00\x00\x11\x00'.decode('utf-32-le', 'back'))
codecs.register_error('bytes', lambda e: (b'##', e.end))
print('aé€b'.encode('ascii', 'bytes'), 'a\ud800b'.encode('utf-8', 'bytes'))
codecs.register_error('nonascii', lambda e: ('é', e.end))
for enc in ('ascii', 'latin-1', 'utf-8'):
    try:
        print(('a€\ud800b' if enc == 'utf-8' else 'a€b').encode(enc, 'nonascii'))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
codecs.register_error('bad', lambda e: 'x')
try:
    'é'.encode('ascii', 'bad')
except TypeError as e:
    print(e)
try:
    b'\xff'.decode('ascii', 'bad')
except TypeError as e:
    print(e)
codecs.register_error('far', lambda e: ('', 99))
try:
    b'\xff'.decode('ascii', 'far')
except IndexError as e:
    print(e)
codecs.register_error('neg', lambda e: ('<>', -1))
print(b'\xffab'.decode('ascii', 'neg'))
print('é'.encode('ascii', 'surrogatepass') if False else 'x\ud800'.encode('utf-8', 'surrogatepass'))
for enc in ('utf-8', 'utf-16', 'utf-16-be', 'utf_32_le', 'UTF-32BE'):
    b = 'a\ud800b\udfff'.encode(enc, 'surrogatepass')
    print(enc, b, b.decode(enc, 'surrogatepass') == 'a\ud800b\udfff')
try:
    'a\ud800'.encode('latin-1', 'surrogatepass')
except UnicodeEncodeError as e:
    print(e)
try:
    'aé'.encode('ascii', 'surrogatepass')
except UnicodeEncodeError as e:
    print(e)
print('\u4e00\U0001f600\x80\u0378\U000e0080'.encode('ascii', 'namereplace'))
codecs.register_error('back', lambda e: ('[%d-%d:%s]' % (e.start, e.end, e.reason), e.end))
for b in (b'a\x00\x00\xd8', b'a\x00\x00\xdc', b'a\x00\x00\xd8b\x00', b'\x3d\xd8\x00\xde', b'\x3d\xd8\x00', b'a\x00b'):
    for enc in ('utf-16-le',):
        print(b, b.decode(enc, 'back'), b.decode(enc, 'replace'), b.decode(enc, 'ignore'))
print(b'\xd8\x3d\xde\x00'.decode('utf-16-be'), b'\xff\xfe\x3d\xd8\x00\xde'.decode('utf-16'))
try:
    b'\x00\xdc'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e)
