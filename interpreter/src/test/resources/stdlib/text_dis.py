# needs: Lib
# CPython's dis module on quicken's code objects: disassembly, Bytecode, code_info, positions, exception
# tables, and the adaptive (quickened) code after warm-up.
import dis
import io
import re
import sys

# code object addresses, type version tags and the script path differ between runs: capture and mask them
captured = io.StringIO()
sys.stdout = captured


def simple(a, b):
    return a + b * 2


def loops(items):
    total = 0
    for i, x in enumerate(items):
        if x % 2 == 0 and i > 0:
            total += x
        elif x > 100:
            break
    while total > 10:
        total -= 3
    return total


def handler(d, k):
    try:
        return d[k]
    except KeyError as e:
        return str(e)
    finally:
        d.clear()


def outer(n):
    scale = 3
    def inner(x):
        return x * scale + n
    return [inner(i) for i in range(n) if i], {k: v for k, v in zip("ab", (1, 2))}


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


for f in [simple, loops, handler, outer, Point.norm1]:
    dis.dis(f)
    print("--")
dis.dis("x = [i ** 2 for i in range(3)]\nprint(len(x))")
print(dis.code_info(loops))
for ins in dis.get_instructions(simple):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line,
          ins.is_jump_target, ins.positions)
bc = dis.Bytecode(handler)
print(bc.first_line, len(list(bc)), bc.codeobj.co_name)
print(bc.dis())
print(list(dis.findlinestarts(loops.__code__)))
print(list(simple.__code__.co_lines()), list(simple.__code__.co_positions())[:4])
print(simple.__code__.co_exceptiontable, handler.__code__.co_exceptiontable.hex())
dis.dis(simple, show_caches=True)
for _ in range(100):
    simple(1, 2)
    loops([1, 2, 3, 4, 200])
    Point(1, -2).norm1()
    outer(3)
dis.dis(simple, adaptive=True)
dis.dis(loops, adaptive=True)
dis.dis(Point.norm1, adaptive=True)
dis.dis(Point.__init__, adaptive=True, show_caches=True)
print(dis.opname[100], dis.opmap["LOAD_CONST"], dis.hasjrel[:3], dis.HAVE_ARGUMENT, dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
sys.stdout = sys.__stdout__
text = re.sub(r"at 0x[0-9a-f]+", "at 0x...", captured.getvalue())
text = re.sub(r'[^\s"]*text_dis\.py', 'text_dis.py', text)
print(re.sub(r"version: \d+", "version: N", text), end="")
