import heapq
import itertools

class Scheduler:
    def __init__(self):
        self._queue = []
        self._counter = itertools.count()
        self.log = []

    def submit(self, priority, name, cost):
        heapq.heappush(self._queue, (priority, next(self._counter), name, cost))

    def run(self, budget):
        clock = 0
        while self._queue and clock < budget:
            prio, seq, name, cost = heapq.heappop(self._queue)
            step = min(cost, 3)
            clock += step
            remaining = cost - step
            self.log.append((clock, name, prio, remaining))
            if remaining:
                self.submit(prio + 1, name, remaining)
        return clock

s = Scheduler()
for i, (p, n, c) in enumerate([(2, "backup", 7), (1, "email", 2), (3, "report", 5), (1, "deploy", 4), (2, "tests", 6)]):
    s.submit(p, n, c)
end = s.run(20)
for entry in s.log:
    print("t=%2d %-7s prio=%d left=%d" % entry)
print("stopped at", end, "pending", sorted(n for _, _, n, _ in s._queue))
print(heapq.nsmallest(3, [(c, n) for n, c in [("a", 5), ("b", 1), ("c", 3), ("d", 2)]]))
print(list(heapq.merge([1, 5, 9], [2, 6], [0, 10])))
