class VMError(Exception):
    pass


PROGRAM = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    push 2
    divmod
    print
    print
    halt
"""


def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(arg, arg)) for op, arg in code]


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.steps = 0
        self.trace = trace
        self.out = []

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, limit=10_000):
        ops = {
            "add": lambda a, b: a + b,
            "sub": lambda a, b: a - b,
            "mul": lambda a, b: a * b,
            "div": lambda a, b: a // b,
        }
        while True:
            if self.steps >= limit:
                raise VMError("step limit exceeded")
            op, arg = self.code[self.pc]
            self.pc += 1
            self.steps += 1
            match op:
                case "push":
                    self.stack.append(int(arg))
                case "load":
                    try:
                        self.stack.append(self.vars[arg])
                    except KeyError:
                        raise VMError(f"undefined variable {arg!r}") from None
                case "store":
                    self.vars[arg] = self.pop()
                case "add" | "sub" | "mul" | "div":
                    b, a = self.pop(), self.pop()
                    self.stack.append(ops[op](a, b))
                case "divmod":
                    b, a = self.pop(), self.pop()
                    self.stack.extend(divmod(a, b))
                case "jz":
                    if self.pop() == 0:
                        self.pc = arg
                case "jmp":
                    self.pc = arg
                case "print":
                    self.out.append(self.pop())
                case "halt":
                    return self.out
                case _:
                    raise VMError(f"bad opcode {op!r}")


code = assemble(PROGRAM)
print(len(code), code[:6])
vm = VM(code)
print(vm.run(), vm.steps, vm.vars)
for src in ["push 1\nadd\nhalt", "load x\nhalt", "push 1\npush 0\ndiv\nhalt", "frob\nhalt", "l:\njmp l"]:
    try:
        print(VM(assemble(src)).run(limit=50))
    except VMError as e:
        print("VMError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
