# multiprocessing.Pipe (duplex and one-way, send/recv/poll/close, EOFError
# once every holder of the other end closed it) and Lock, RLock,
# Semaphore, Event, Condition, Barrier shared with child processes;
# current_process, parent_process, active_children, start methods.
import multiprocessing as mp
from multiprocessing import Process, Pipe


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()


def producer(conn, n):
    for i in range(n):
        conn.send({"i": i, "square": i * i})
    conn.close()


def wait_then_report(event, barrier, results, index):
    event.wait()
    barrier.wait()
    results.put(index)


def condition_child(cond, state):
    with cond:
        state.value = 1
        cond.notify_all()


def semaphore_child(sem, out):
    with sem:
        out.put(sem.get_value())


def describe_parent(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, parent.name, parent.pid == PARENT_PID[0]))


PARENT_PID = [None]

if __name__ == "__main__":
    here, there = Pipe()
    p = Process(target=echo, args=(there,))
    p.start()
    there.close()
    for msg in ["hi", 42, [1, 2, {"x": None}]]:
        here.send(msg)
        print(here.recv())
    print("poll before send:", here.poll(0.05))
    here.send(None)
    p.join()
    try:
        here.recv()
    except EOFError:
        print("EOFError once the child closed its end")
    here.close()
    print("echo exit code:", p.exitcode)

    reader, writer = Pipe(duplex=False)
    p = Process(target=producer, args=(writer, 4))
    p.start()
    writer.close()
    got = []
    while True:
        try:
            got.append(reader.recv())
        except EOFError:
            break
    p.join()
    print(got)
    try:
        reader.send(1)
    except OSError as e:
        print("OSError:", e)
    print("poll after EOF:", reader.poll())

    event = mp.Event()
    barrier = mp.Barrier(3)
    results = mp.Queue()
    ps = [Process(target=wait_then_report, args=(event, barrier, results, i)) for i in range(3)]
    for q in ps:
        q.start()
    print("children alive:", len(mp.active_children()) >= 1)
    event.set()
    for q in ps:
        q.join()
    print(sorted(results.get() for _ in range(3)))

    cond = mp.Condition()
    state = mp.Value("i", 0)
    with cond:
        c = Process(target=condition_child, args=(cond, state))
        c.start()
        print("notified:", cond.wait_for(lambda: state.value == 1, timeout=10))
    c.join()

    sem = mp.Semaphore(2)
    out = mp.Queue()
    c = Process(target=semaphore_child, args=(sem, out))
    c.start()
    c.join()
    print("inside child the semaphore had:", out.get(), "after:", sem.get_value())
    bs = mp.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    rlock = mp.RLock()
    with rlock:
        with rlock:
            print("re-entered RLock")
    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False), lock.release())

    PARENT_PID[0] = mp.current_process().pid
    q = mp.Queue()
    c = Process(target=describe_parent, args=(q,), name="Child-A")
    c.start()
    c.join()
    print(q.get(), mp.parent_process(), mp.current_process().name)
    print(c.pid is not None and c.pid != mp.current_process().pid)

    print(mp.get_start_method() in mp.get_all_start_methods())
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    c = ctx.Process(target=producer, args=(None, 0))
    print(type(c).__name__, isinstance(mp.cpu_count(), int))
    try:
        mp.get_context("teleport")
    except ValueError as e:
        print("ValueError:", e)
    mp.freeze_support()
    print(issubclass(mp.TimeoutError, mp.ProcessError))
