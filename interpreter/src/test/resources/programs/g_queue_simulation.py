import random
from collections import deque


class Customer:
    __slots__ = ("id", "arrival", "service")

    def __init__(self, id, arrival, service):
        self.id, self.arrival, self.service = id, arrival, service

    def __repr__(self):
        return f"C{self.id}"


def simulate(n_customers, n_tellers, seed):
    rng = random.Random(seed)
    t = 0
    arrivals = []
    for i in range(n_customers):
        t += rng.randint(1, 4)
        arrivals.append(Customer(i, t, rng.randint(2, 9)))
    queue = deque()
    tellers = [None] * n_tellers
    busy_until = [0] * n_tellers
    waits = []
    clock = 0
    pending = deque(arrivals)
    max_queue = 0
    while pending or queue or any(tellers):
        while pending and pending[0].arrival <= clock:
            queue.append(pending.popleft())
        for k in range(n_tellers):
            if tellers[k] and busy_until[k] <= clock:
                tellers[k] = None
            if tellers[k] is None and queue:
                c = queue.popleft()
                tellers[k] = c
                busy_until[k] = clock + c.service
                waits.append(clock - c.arrival)
        max_queue = max(max_queue, len(queue))
        clock += 1
    return clock, waits, max_queue


for tellers in (1, 2, 3):
    end, waits, mq = simulate(30, tellers, seed=7)
    avg = sum(waits) / len(waits)
    print(f"tellers={tellers} end={end:4d} avg_wait={avg:6.2f} max_wait={max(waits):3d} max_queue={mq}")
rng = random.Random(42)
print([rng.randint(1, 6) for _ in range(10)], rng.choice("abcdef"), round(rng.random(), 6))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.sample(range(100), 5), rng.uniform(1, 2) < 2)
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d, list(reversed(d)), d.count(4))
d.extendleft([9, 8])
print(d, d.popleft(), d.pop(), len(d))
