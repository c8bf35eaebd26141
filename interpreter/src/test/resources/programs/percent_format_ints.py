# printf-style formatting of ints (machine-size and big, every integer conversion and flag) and of non-BMP text
vals = [0, 1, -1, 7, -255, 2**63-1, -2**63, 2**64+5, -(2**70), True, 3.7, -2.5]
fmts = ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%+08x", "%#010x", "%#-8o|", "%10.4d"]
for f in fmts:
    out = []
    for v in vals:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__)
    print(f, out)
print("v%d" % 5, "%s-%r" % ("é😀", "😀x"), "%5s|%-6s|%.2s" % ("😀a", "ab😀", "😀😀😀"), "%c%c" % (65, 0x1F600))
print("%(a)s %(b)05.1f" % {"a": "😀", "b": 2.25}, "%%%s%%" % 1, "%3c|" % "😀")
