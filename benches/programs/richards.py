# Benchmark: object-oriented dispatch, in the spirit of pyperformance's
# "richards" (an operating-system scheduler simulation), written for minipy.
# Tasks of four kinds pass packets through a scheduler; every step is a
# method call on a small object and an attribute update.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.waiting = self.queue is not None and False
        return packet

    def receive(self, packet):
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = False
            return self.priority > self.scheduler.current.priority
        self.queue = packet.append_to(self.queue)
        return False


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.device = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            work = self.work
            if work.count < 4:
                if self.device is not None:
                    device = self.device
                    self.device = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        self.waiting = True
        return None


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return None
            packet, self.pending = self.pending, None
            return self.scheduler.send(packet)
        self.pending = packet
        self.scheduler.hold_count += 1
        self.held = True
        return None


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
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        target = self.table[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        if target.receive(packet):
            return target
        return self.current

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                self.current = task
                packet = None
                if task.queue is not None and not task.waiting:
                    packet = task.queue
                    task.queue = packet.link
                elif task.queue is not None:
                    packet = task.queue
                    task.queue = packet.link
                    task.waiting = False
                following = task.step(packet)
                task = following if following is not None else task.link
            else:
                task = task.link


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(s, handler, 2000 + handler, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


for _ in range(5):
    result = simulate(10000)
print(result)
