# A regular-expression tokenizer (re.Scanner style with lastgroup) and a recursive-descent calculator.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%(),=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN_RE = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at column {m.start()}")
        yield kind, m.group(), m.start()
    yield "END", "", len(src)


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r} at column {tok[2]}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "NAME" and self.tokens[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return name, value
        return None, self.expr()

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.power()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek()[1] == "**":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, text, col = self.take()
        if kind == "NUMBER":
            return float(text) if re.search(r"[.eE]", text) else int(text)
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return {"max": max, "min": min, "abs": abs}[text](*args)
            if text not in self.env:
                raise NameError(f"undefined variable {text!r} at column {col}")
            return self.env[text]
        if text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError(f"unexpected {text or 'end of input'!r} at column {col}")


env = {}
program = ["x = 3", "y = x ** 2 ** 2 - 1", "y / 4", "rate = 1.5e2", "max(x, y, 10) % 7 + -rate",
           "(1 + 2) * (3 - 4) / 5", "z + 1", "2 * (3 + ", "a = 1 $ 2", "abs(-7) * min(4, 2.5)"]
for line in program:
    print(" ".join(f"{k}:{v}" for k, v, _ in tokenize(line) if k != "MISMATCH" and k != "END") if "$" not in line else "<bad>")
    try:
        name, value = Parser(line, env).statement()
        print(f"  {line!r} -> {name + ' = ' if name else ''}{value!r}")
    except (SyntaxError, NameError) as e:
        print(f"  {line!r} -> {type(e).__name__}: {e}")
print(sorted(env.items()))
