# multiprocessing.Process sends results back through a multiprocessing.Queue;
# exitcode is 0 after a clean exit and None before start.
import multiprocessing


def square_all(numbers, out):
    for n in numbers:
        out.put((n, n * n))
    out.put(None)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=square_all, args=([1, 2, 3, 4, 5], q))
    print("exitcode before start:", p.exitcode)
    p.start()
    results = []
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item)
    p.join()
    print(results)
    print("exitcode:", p.exitcode, "alive:", p.is_alive())
