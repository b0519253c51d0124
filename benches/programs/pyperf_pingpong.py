# Benchmark: pyperformance's "pingpong": two processes bounce a counter
# back and forth over a pair of multiprocessing Pipes (inter-process
# message latency). Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_pingpong/ (MIT License, Copyright (c) 2017 Python Software
# Foundation).
# The pyperf.Runner harness is replaced by a fixed number of rounds, and
# the program prints how the exchange ended so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.

import sys
from multiprocessing import Pipe, Process

SMALL = sys.argv[1:] == ["small"]
COUNT = 200 if SMALL else 1000
ROUNDS = 1 if SMALL else 5


def ping(in_p, out_p, n):
    out_p.send(n)
    while True:
        got = in_p.recv()
        got -= 1
        out_p.send(got)
        if got < 0:
            break
    in_p.close()
    out_p.close()


def pong(in_p, out_p):
    while True:
        got = in_p.recv()
        if got < 0:
            break
        out_p.send(got)
    in_p.close()
    out_p.close()


def pingpong(n):
    in_p0, out_p0 = Pipe()
    in_p1, out_p1 = Pipe()
    p0 = Process(target=ping, args=(in_p1, out_p0, n))
    p1 = Process(target=pong, args=(in_p0, out_p1))
    p0.start()
    p1.start()
    p0.join()
    p1.join()
    return p0.exitcode, p1.exitcode


if __name__ == "__main__":
    for _ in range(ROUNDS):
        codes = pingpong(COUNT)
    print("pingpong", COUNT, "messages each way; exit codes", codes)
