# The _json accelerator: the C scanner/encoder paths json takes when _json exists.
import json, _json
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}, "c": []}'))
print(json.dumps({"a": [1, 2.5, float('inf'), True, None, "é\n😀"], 1: 2, None: 3}))
print(json.dumps({"a": [1, 2.5, "é\n😀"]}, ensure_ascii=False, sort_keys=True))
for bad in ['{"a" 1}', '[1,', '"abc', '{"a":1,}', '[1 2]', '', 'nul', '"\\x"', '"\\u12"', '01']:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print('err', e)
print(_json.scanstring('"a\\"b"', 1))
print(_json.encode_basestring_ascii('a\x01é😀'), _json.encode_basestring('a\x01é😀"'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('1.5', parse_float=str), json.loads('{"a":1}', object_pairs_hook=list))
try:
    a = []; a.append(a); json.dumps(a)
except ValueError as e:
    print(e)
class D:
    pass
print(json.dumps({'x': D()}, default=lambda o: 'D!'))
try:
    json.dumps({(1,2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))

print(_json.make_scanner.__module__, _json.scanstring.__module__, type(json.scanner.make_scanner(json.decoder.JSONDecoder())))
try:
    _json.make_encoder(1, None, None, None, ': ', ', ', False, False, False)
except TypeError as e:
    print(e)
enc = _json.make_encoder(None, str, lambda s: 1, None, ': ', ', ', False, False, False)
try:
    enc('spam', 0)
except TypeError as e:
    print(e)
print(json.loads('{"k": 1, "k": 2, "a\\u0041": [1e5, 0.1, -0, 12345678901234567890]}'))
print(json.dumps([1.0, 1e100, -0.0, 2**70, 'x' * 3, {'nested': {'deep': [[], {}]}}], separators=(',', ':')))
import re
print(re.match('x', 'x').re.groupindex, re.compile('(?P<n>a)').groupindex)
try:
    re.Match()
except TypeError as e:
    print(e)
s = bytearray(b'abcdefgh'); m = re.search(b'[e-h]+', s); s[:] = b'xyz'; print(m.group(), re.sub(b'y', bytearray(b'a'), bytearray(b'xyz')))
