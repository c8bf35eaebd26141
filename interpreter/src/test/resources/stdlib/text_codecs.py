# needs: Lib
# codecs over _codecs: the registry, the encodings package, incremental codecs, error handlers, and json.
import codecs
import json

print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name, codecs.lookup("utf_16_le").name)
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-be", "utf-32", "cp1252", "iso8859-15", "utf-8-sig",
            "mac-roman", "cp437", "koi8-r"]:
    try:
        b = codecs.encode("héllo €", enc, "replace")
        print(enc, b, codecs.decode(b, enc))
    except (UnicodeError, LookupError) as e:
        print(enc, type(e).__name__, e)
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.utf_8_decode(b"\xc3\xa9\xc3", "strict", False), codecs.utf_8_decode(b"ab", None, True))
print(codecs.utf_16_decode(b"\xff\xfea\x00b"), codecs.latin_1_encode("é"), codecs.ascii_decode(b"ok"))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([x])) for x in "é😀".encode("utf-8")], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(errors, "aé€😀".encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError", e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"a\xffb".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
codecs.register_error("stars", lambda e: ("*" * (e.end - e.start), e.end))
print(codecs.lookup_error("stars")(UnicodeEncodeError("ascii", "ab", 0, 2, "x")))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.unicode_escape_decode(b"a\\n\\u00e9")[0], codecs.escape_decode(b"\\x41\\n")[0])
print(codecs.unicode_escape_encode("é\n\t\\")[0], codecs.raw_unicode_escape_encode("é\u20ac")[0])

data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "x": 1.5, "ok": True, "none": None, "nested": {"k": [1, {"z": []}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.5e3, "\\u00e9\\n", {"a": null}]'))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\u2603"), json.dumps(float("inf")), json.dumps({1: 2, None: 3}))
for bad in ['{"a": }', "[1, 2", '{"a" 1}', "nul", "[1,]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.loads('{"a": 1.10}', parse_float=str))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print("TypeError", e)
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads("123"), json.dumps("a\"b\\c"))
