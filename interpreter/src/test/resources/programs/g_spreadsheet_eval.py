class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}

    def set(self, ref, value):
        self.cells[ref] = value
        self.cache.clear()

    def get(self, ref, _stack=()):
        if ref in self.cache:
            return self.cache[ref]
        if ref in _stack:
            raise CycleError(" -> ".join(_stack + (ref,)))
        raw = self.cells.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            value = self.evaluate(raw[1:], _stack + (ref,))
        else:
            value = raw
        self.cache[ref] = value
        return value

    def evaluate(self, expr, stack):
        expr = expr.strip()
        if expr.startswith("SUM(") and expr.endswith(")"):
            start, end = expr[4:-1].split(":")
            return sum(self.get(r, stack) for r in self.span(start, end))
        if expr.startswith("MAX(") and expr.endswith(")"):
            start, end = expr[4:-1].split(":")
            return max(self.get(r, stack) for r in self.span(start, end))
        for op in "+-*/":
            left, sep, right = expr.rpartition(op)
            if sep and left:
                a, b = self.evaluate(left, stack), self.evaluate(right, stack)
                return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        if expr[0].isalpha():
            return self.get(expr, stack)
        return float(expr) if "." in expr else int(expr)

    @staticmethod
    def span(start, end):
        col0, row0 = start[0], int(start[1:])
        col1, row1 = end[0], int(end[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col0), ord(col1) + 1) for r in range(row0, row1 + 1)]

    def show(self, cols, rows):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            vals = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    vals.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
                except CycleError:
                    vals.append(f"{'#CYCLE':>10}")
                except ZeroDivisionError:
                    vals.append(f"{'#DIV/0':>10}")
            print(f"{r:>3} " + "".join(vals))


sh = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1*2", "B2": "=A2+B1", "B3": "=SUM(A1:A3)",
               "C1": "=B3/3", "C2": "=MAX(A1:B3)", "C3": "=C1-A1*2"}.items():
    sh.set(ref, v)
sh.show("ABC", range(1, 4))
sh.set("A1", "=C2")
sh.show("ABC", range(1, 4))
sh.set("A1", 1)
sh.set("D1", "=A1/0")
print(sh.get("C2"), sh.span("A1", "B2"))
try:
    sh.get("D1")
except ZeroDivisionError as e:
    print("error:", e)
sh.set("A1", "=A2")
sh.set("A2", "=A1")
try:
    sh.get("B3")
except CycleError as e:
    print("cycle:", e)
