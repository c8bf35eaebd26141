# needs: Lib
# unicodedata (Unicode 14.0.0) properties, names and normalization.
import unicodedata as ud

chars = "Aa1½²٣ \t\u00a0é\u0301\u4e2d\uac00\u0627()‮€😀\u200b\U0001d400ǅ\u2167"
for c in chars:
    print("%04X" % ord(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          ud.name(c, None))
for name in ["LATIN SMALL LETTER E WITH ACUTE", "latin capital letter a", "EURO SIGN", "SNOWMAN",
             "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG", "GRINNING FACE", "NO SUCH THING"]:
    try:
        print(name, "->", repr(ud.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["é", "e\u0301", "ﬁ", "Å", "ℌ", "①", "가", "\u1100\u1161"]:
        n = ud.normalize(form, s)
        print(form, [hex(ord(x)) for x in n], ud.is_normalized(form, s))
for bad in [lambda: ud.normalize("NFX", "a"), lambda: ud.name("\n"), lambda: ud.decimal("a"),
            lambda: ud.digit("x"), lambda: ud.numeric("y"), lambda: ud.category("ab"), lambda: ud.category(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.unidata_version, ud.ucd_3_2_0.category("A"), type(ud.ucd_3_2_0).__name__)
print(sum(1 for i in range(0x3000) if ud.category(chr(i)).startswith("L")))
print(sum(ud.combining(chr(i)) for i in range(0x300, 0x370)))
