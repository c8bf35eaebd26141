import sys
if __name__ == "__main__":
    sys.exit(0)
try:
    import foo
except ImportError:
    foo = None
x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16, 'q': 17}
def f(*a, **k): pass
f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
s = f"{x}" f"{d!s:{x}}" "plain"
while True:
    break
for i in x:
    if i:
        continue
    pass
def r():
    for i in x:
        return i
    with open(f) as fp:
        return fp
