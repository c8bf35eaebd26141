TOKENS = []


def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("name", src[i:j]))
            i = j
        elif c in "+-*/()^,":
            out.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    out.append(("end", None))
    return out


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return self.env[val](*args)
            return self.env[val]
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise SyntaxError(f"unexpected {val!r}")


ENV = {"pi": 3.14159, "x": 7, "max": max, "min": min, "abs": abs, "sq": lambda v: v * v}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + 10", "max(1, x, 3) * 2", "sq(3) / 4",
            "abs(-2.5) + min(4, 2)", "10 / 4", "7 - 2 - 1", "2 * pi", "1 +", "3 $ 4", "(1", "1 / 0"]:
    try:
        print(f"{src!r:>24} = {Parser(tokenize(src), ENV).expr()!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{src!r:>24} ! {type(e).__name__}: {e}")
