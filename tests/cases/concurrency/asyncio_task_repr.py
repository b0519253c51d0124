# Task reprs name the coroutine as CPython's asyncio does: where it stands
# while pending, where it was defined once done. (File names are printed
# without their directory: CPython 3.11 prints the script's absolute path.)
import asyncio
import os


def short(text):
    return text.replace(os.path.dirname(__file__) + os.sep, "")


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    t = asyncio.create_task(work(1), name="w")
    print(short(repr(t)))
    await asyncio.sleep(0)
    print(short(repr(t)))
    print(await t)
    print(short(repr(t)))
    c = work(2)
    print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_frame.f_lineno)
    print(await c, c.cr_frame)


def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_code.co_name, g.gi_frame.f_lineno, g.gi_running)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, hasattr(g, "cr_code"))
asyncio.run(main())
