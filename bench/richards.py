"""Richards-like scheduling: a small OS kernel simulation with tasks exchanging packets."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = True
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = False
        return p

    def receive(self, packet):
        """Adds a packet to this task's queue; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            if self.priority > self.scheduler.current.priority and not self.held:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return self.scheduler.current


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.waiting = False
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return self.scheduler.current
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 2000 + ident, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < 4:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        self.waiting = True
        return self.scheduler.current


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 4000 + ident, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return self.scheduler.current
            p = self.pending
            self.pending = None
            return self.scheduler.send(p)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def send(self, packet):
        target = self.table[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        return target.receive(packet)

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            if self.current.runnable():
                packet = self.current.take_packet() if self.current.waiting and self.current.queue is not None else None
                self.current = self.current.run(packet)
            else:
                self.current = self.current.link


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    s.schedule()
    return s.queue_count, s.hold_count


def main(loops):
    total_q = total_h = 0
    for _ in range(loops):
        q, h = run_once(10000)
        total_q += q
        total_h += h
    print(total_q, total_h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
