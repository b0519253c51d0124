# An error raised in a process worker comes back with the worker's
# traceback as its cause (multiprocessing.pool.RemoteTraceback,
# concurrent.futures.process._RemoteTraceback); thread pools re-raise the
# exception itself, with no such cause.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import Pool


def work(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * x


def describe(error):
    cause = error.__cause__
    print(repr(error), type(cause).__module__ + "." + type(cause).__name__)
    text = str(cause)
    print(text.startswith('\n"""\nTraceback (most recent call last):\n'), text.endswith('ValueError: bad 3\n"""'))
    # The worker's own frames (the pool's differ between implementations).
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith(", in work"))
    print(lines[at].split(", ", 1)[1])
    print(lines[at + 1])


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(work, range(3)))
        try:
            pool.apply_async(work, (3,)).get()
        except ValueError as e:
            describe(e)
        try:
            pool.map(work, range(5))
        except ValueError as e:
            describe(e)
    with ProcessPoolExecutor(2) as ex:
        describe(ex.submit(work, 3).exception())
        try:
            list(ex.map(work, range(5)))
        except ValueError as e:
            describe(e)
    with ThreadPoolExecutor(2) as ex:
        e = ex.submit(work, 3).exception()
        print(repr(e), e.__cause__)
