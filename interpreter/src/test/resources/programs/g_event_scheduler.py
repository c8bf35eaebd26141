import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.counter = itertools.count()
        self.log = []

    def at(self, time, name, action, *args):
        heapq.heappush(self.queue, (time, next(self.counter), name, action, args))

    def after(self, delay, name, action, *args):
        self.at(self.now + delay, name, action, *args)

    def run(self, until=None):
        while self.queue:
            time, _, name, action, args = self.queue[0]
            if until is not None and time > until:
                break
            heapq.heappop(self.queue)
            self.now = time
            self.log.append((time, name))
            action(self, *args)
        return self.now


def ping(s, n):
    print(f"t={s.now:>3} ping {n}")
    if n < 3:
        s.after(10, f"ping{n + 1}", ping, n + 1)


def report(s):
    print(f"t={s.now:>3} report: {len(s.queue)} pending")


def burst(s, k):
    for i in range(k):
        s.after(i * 2 + 1, f"burst{i}", lambda sch, i=i: print(f"t={sch.now:>3} burst item {i}"))


s = Scheduler()
s.at(0, "ping0", ping, 0)
s.at(15, "report", report)
s.at(15, "report2", report)
s.at(5, "burst", burst, 3)
print("stopped at", s.run(until=20))
print("pending", [(t, n) for t, _, n, _, _ in sorted(s.queue)])
print("finished at", s.run())
print(s.log)
print(sorted(set(n.rstrip("0123456789") for _, n in s.log)))
