import sys

print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print()
print("", end="")
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=" | ")
sys.stdout.write("written directly\n")
n = sys.stderr.write("err direct\n")
print("wrote", n, "chars to stderr")
print("x" * 3, "tab\there", "quote's", 'dq"', sep="\n")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("flush", flush=True)
print("multi\nline\noutput")
print(repr("multi\nline"), ascii("ü"), "ü", "日本語", "emoji 🎉")
print("%s %s" % ("percent", "style"), "{} {}".format("format", "style"), f"{'f'}-string")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("last line to stderr", file=sys.stderr)
sys.stdout.flush()
