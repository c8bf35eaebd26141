import operator

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "lt": operator.lt, "eq": operator.eq}


class VMError(Exception):
    pass


class VM:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.output = []
        self.steps = 0

    def run(self, limit=10000):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded at pc={self.pc}")
            op, *args = self.program[self.pc]
            self.pc += 1
            handler = getattr(self, "op_" + op, None)
            if handler is None:
                raise VMError(f"unknown op {op!r}")
            handler(*args)
        return self.output

    def op_push(self, v):
        self.stack.append(v)

    def op_load(self, name):
        try:
            self.stack.append(self.vars[name])
        except KeyError:
            raise VMError(f"undefined {name}") from None

    def op_store(self, name):
        self.vars[name] = self.stack.pop()

    def op_print(self):
        self.output.append(self.stack.pop())

    def op_jmp(self, target):
        self.pc = target

    def op_jz(self, target):
        if not self.stack.pop():
            self.pc = target

    def __getattr__(self, name):
        if name.startswith("op_") and name[3:] in OPS:
            fn = OPS[name[3:]]

            def binop():
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(fn(a, b))
            return binop
        raise AttributeError(name)


# factorial of 10 and a countdown
prog = [
    ("push", 1), ("store", "acc"), ("push", 10), ("store", "n"),
    ("load", "n"), ("push", 1), ("lt",), ("jz", 9), ("jmp", 18),
    ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", 4),
    ("load", "acc"), ("print",),
]
vm = VM(prog)
print(vm.run(), vm.steps, sorted(vm.vars.items()))
for bad in ([("load", "x")], [("dance",)], [("jmp", 0)]):
    try:
        VM(bad).run(limit=50)
    except VMError as e:
        print("VMError:", e)
print(VM([("push", 2), ("push", 3), ("eq",), ("print",), ("push", "a"), ("push", "b"), ("add",), ("print",)]).run())
VM([("pop",)]).op_pop()
