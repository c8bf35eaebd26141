import string

DIGITS = set(string.digits)


class ParseError(Exception):
    pass


def tokenize(text):
    pos = 0
    out = []
    text = text.strip()
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        if ch in DIGITS:
            end = pos
            while end < len(text) and (text[end] in DIGITS or text[end] == "."):
                end += 1
            num = text[pos:end]
            out.append(("num", float(num) if "." in num else int(num)))
            pos = end
        elif ch.isalpha():
            out.append(("name", ch))
            pos += 1
        else:
            out.append(("op", ch))
            pos += 1
    out.append(("end", None))
    return out


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v = self.take()
        if v != value:
            raise ParseError(f"expected {value!r}, got {v!r}")

    def expr(self):
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            _, op = self.take()
            right = self.factor()
            if op == "*":
                left *= right
            elif op == "/":
                left /= right
            else:
                left %= right
        return left

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
        kind, v = self.take()
        if kind == "num":
            return v
        if kind == "name":
            try:
                return self.env[v]
            except KeyError:
                raise ParseError(f"unknown variable {v}") from None
        if v == "(":
            val = self.expr()
            self.expect(")")
            return val
        raise ParseError(f"unexpected {v!r}")


def evaluate(text, **env):
    p = Parser(tokenize(text), env)
    val = p.expr()
    if p.peek()[0] != "end":
        raise ParseError(f"trailing {p.peek()[1]!r}")
    return val


tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + x",
         "2.5 * (y - 1)", "((7))", "1 +", "3 $ 4", "z * 2", "(1 + 2", "4 4", "1 / 0"]
for t in tests:
    try:
        print(f"{t:14} => {evaluate(t, x=5, y=0.5)!r}")
    except ParseError as e:
        print(f"{t:14} => ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{t:14} => {type(e).__name__}: {e}")
