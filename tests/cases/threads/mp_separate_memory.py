# Processes do not share memory: a child changing a global or a list leaves
# the parent's copies untouched; only messages come back.
import multiprocessing

counter = 0
items = ["parent"]


def child(q):
    global counter
    counter += 100
    items.append("child")
    q.put((counter, list(items)))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print("child saw:", q.get())
    p.join()
    print("parent still has:", counter, items)
