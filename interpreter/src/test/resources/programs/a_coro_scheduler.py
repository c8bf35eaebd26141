# A round-robin scheduler in pure Python: tasks, sleep(0)-like yields, joining, results in order.
from collections import deque


class Yield:
    def __await__(self):
        yield ("yield", None)


class Spawn:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        task = yield ("spawn", self.coro)
        return task


class Join:
    def __init__(self, task):
        self.task = task

    def __await__(self):
        result = yield ("join", self.task)
        return result


class Task:
    counter = 0

    def __init__(self, coro):
        Task.counter += 1
        self.ident = Task.counter
        self.coro = coro
        self.done = False
        self.result = None
        self.waiters = []


class Loop:
    def __init__(self):
        self.ready = deque()
        self.log = []

    def spawn(self, coro):
        t = Task(coro)
        self.ready.append((t, None))
        return t

    def run(self, coro):
        main = self.spawn(coro)
        while self.ready:
            task, value = self.ready.popleft()
            try:
                op, arg = task.coro.send(value)
            except StopIteration as stop:
                task.done = True
                task.result = stop.value
                for w in task.waiters:
                    self.ready.append((w, stop.value))
                continue
            if op == "yield":
                self.ready.append((task, None))
            elif op == "spawn":
                self.ready.append((task, self.spawn(arg)))
            elif op == "join":
                if arg.done:
                    self.ready.append((task, arg.result))
                else:
                    arg.waiters.append(task)
        return main.result


async def worker(name, n, log):
    total = 0
    for i in range(n):
        log.append(f"{name}{i}")
        total += i
        await Yield()
    return name, total


async def main(log):
    tasks = []
    for name, n in (("a", 3), ("b", 1), ("c", 4)):
        tasks.append(await Spawn(worker(name, n, log)))
    results = []
    for t in tasks:
        results.append(await Join(t))
    return results


log = []
loop = Loop()
print(loop.run(main(log)))
print(" ".join(log))


async def producer(queue, n):
    for i in range(n):
        queue.append(i * i)
        await Yield()
    queue.append(None)


async def consumer(queue):
    seen = []
    while True:
        while not queue:
            await Yield()
        item = queue.popleft()
        if item is None:
            return seen
        seen.append(item)


async def pipeline():
    q = deque()
    p = await Spawn(producer(q, 5))
    c = await Spawn(consumer(q))
    await Join(p)
    return await Join(c)


print(Loop().run(pipeline()))
