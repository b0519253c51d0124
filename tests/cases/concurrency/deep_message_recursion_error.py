# Sending a deeply nested value through a multiprocessing Pipe raises RecursionError (as pickling does in
# CPython) instead of overflowing the native stack; the connection stays usable, from a thread too.
import multiprocessing
import threading


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def send_both(where, conn):
    try:
        conn.send(nest(5000))
        print(where, "sent")
    except RecursionError as e:
        print(where, "RecursionError:", e)
    conn.send(nest(20))


if __name__ == "__main__":
    reader, writer = multiprocessing.Pipe(duplex=False)
    send_both("main", writer)
    print("main got depth-20 value:", reader.recv() == nest(20))
    t = threading.Thread(target=send_both, args=("thread", writer))
    t.start()
    t.join()
    print("thread got depth-20 value:", reader.recv() == nest(20))
