class Employee:
    def __init__(self, name, title, salary, manager=None):
        self.name, self.title, self.salary = name, title, salary
        self.reports = []
        self.manager = manager
        if manager:
            manager.reports.append(self)

    def __iter__(self):
        yield self
        for r in self.reports:
            yield from r

    def chain(self):
        e, out = self, []
        while e:
            out.append(e.name)
            e = e.manager
        return " <- ".join(out)

    def depth(self):
        return 0 if self.manager is None else 1 + self.manager.depth()

    def total_cost(self):
        return self.salary + sum(r.total_cost() for r in self.reports)

    def __repr__(self):
        return f"{self.name} ({self.title})"


ceo = Employee("Grace", "CEO", 300)
cto = Employee("Linus", "CTO", 250, ceo)
cfo = Employee("Ada", "CFO", 240, ceo)
devs = [Employee(n, "Engineer", s, cto) for n, s in [("Ken", 150), ("Barbara", 160), ("Guido", 155)]]
intern = Employee("Tim", "Intern", 40, devs[1])
acct = Employee("Luca", "Accountant", 120, cfo)
for e in ceo:
    print("  " * e.depth() + f"- {e!r} ${e.salary}k")
print(intern.chain(), intern.depth(), len(list(ceo)))
print({e.name: e.total_cost() for e in ceo if e.reports})
by_title = {}
for e in ceo:
    by_title.setdefault(e.title, []).append(e.name)
print(dict(sorted(by_title.items())))
print(max(ceo, key=lambda e: len(e.reports)), sorted((e for e in ceo), key=lambda e: -e.salary)[:3])
print(sum(e.salary for e in ceo if e.depth() == 2), [e.name for e in ceo if not e.reports])
