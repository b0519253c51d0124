# A coroutine released before it ever ran warns "coroutine '...' was never
# awaited" (RuntimeWarning, at the line that released it, once per place
# under the default filter); one closed, awaited or run as a task does not.
# The report goes to stderr, which this program captures to compare.
import asyncio
import io
import os
import sys
import warnings


async def work(n):
    return n * 2


class Box:
    async def method(self):
        return 1


def discard():
    work(1)


def in_loop():
    for i in range(3):
        work(i)


async def forgets_to_await():
    print("before")
    asyncio.sleep(0)
    print("after")
    return await work(5)


buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
discard()
in_loop()
c = work(2)
del c
Box().method()
closed = work(3)
closed.close()
del closed
print(asyncio.run(work(4)))
print(asyncio.run(forgets_to_await()))
sys.stderr = saved
print(buf.getvalue().replace(__file__, os.path.basename(__file__)))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    discard()
    discard()
for w in caught:
    print(w.category.__name__, w.message, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    discard()
print("ignored")
