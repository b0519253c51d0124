# Complex numbers cross process boundaries: a multiprocessing queue and a
# process's arguments copy them, signs of zero and infinities included.
import multiprocessing


def worker(q, values):
    q.put([z * 2 for z in values] + [{1j: complex(-0.0, -0.0)}, (complex("inf"), -1j)])


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=worker, args=(q, [1 + 2j, -0.5j, complex(1e300, -1e-300)]))
    p.start()
    result = q.get()
    p.join()
    print(result, [type(v).__name__ for v in result])
