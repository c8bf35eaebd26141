from collections import deque


class Request:
    def __init__(self, t, src, dst):
        self.t, self.src, self.dst = t, src, dst

    def __repr__(self):
        return f"R({self.t}:{self.src}->{self.dst})"


class Elevator:
    def __init__(self, floors):
        self.floor = 0
        self.floors = floors
        self.riders = []
        self.direction = 0
        self.log = []
        self.delivered = 0

    def step(self, t, waiting):
        leaving = [r for r in self.riders if r.dst == self.floor]
        for r in leaving:
            self.riders.remove(r)
            self.delivered += 1
            self.log.append(f"t={t} drop {r} at {self.floor}")
        boarding = [r for r in waiting if r.src == self.floor]
        for r in boarding:
            waiting.remove(r)
            self.riders.append(r)
            self.log.append(f"t={t} pick {r} at {self.floor}")
        targets = [r.dst for r in self.riders] + [r.src for r in waiting]
        if not targets:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            self.direction = (nearest > self.floor) - (nearest < self.floor)
        ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if not ahead and self.direction:
            self.direction = -self.direction
        self.floor = max(0, min(self.floors - 1, self.floor + self.direction))


reqs = deque([Request(0, 0, 5), Request(1, 3, 1), Request(2, 6, 0), Request(4, 2, 7), Request(9, 7, 3), Request(9, 1, 2)])
elev = Elevator(8)
waiting = []
for t in range(40):
    while reqs and reqs[0].t <= t:
        waiting.append(reqs.popleft())
    elev.step(t, waiting)
    if not reqs and not waiting and not elev.riders:
        print("idle at", t)
        break
print("\n".join(elev.log))
print(elev.delivered, elev.floor)
