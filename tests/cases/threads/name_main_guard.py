# __name__ is "__main__" in the script that is run, so the guarded block
# runs exactly once even when child processes are started.
import multiprocessing

print("module level runs in the parent")


def hello(q):
    q.put("hello from " + multiprocessing.current_process().name)


if __name__ == "__main__":
    print("__name__ is", __name__)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=hello, args=(q,), name="child-1")
    p.start()
    print(q.get())
    p.join()
