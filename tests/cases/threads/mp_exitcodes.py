# A child's exitcode: 0 when the target returns, the argument of sys.exit,
# and 1 when the target raises (the child prints its traceback to stderr).
import multiprocessing
import sys


def ok():
    pass


def exits():
    sys.exit(3)


def fails():
    raise ValueError("child failed")


if __name__ == "__main__":
    for target in [ok, exits, fails]:
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, "exitcode", p.exitcode)
