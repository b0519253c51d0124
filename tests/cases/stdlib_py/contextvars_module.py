# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run, errors, threads, asyncio tasks
import contextvars as cv
v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, v.get(), v.get(5), w.get(7), type(v), repr(cv.Token.MISSING))
t = w.set(5)
print(t.var is w, t.old_value is cv.Token.MISSING, w.get())
c = cv.copy_context()
print(len(c), w in c, c[w], list(c.keys()) == [w], c.get(v, "d"), type(c))
try:
    c[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
def inner():
    w.set(100)
    print("inside", w.get(), v.get())
    try:
        c.run(inner)
    except RuntimeError as e:
        print(str(e).startswith("cannot enter context: <_contextvars.Context object at 0x"))
    return "ret"
print(c.run(inner), w.get(), c[w], len(c))
w.reset(t)
try:
    w.reset(t)
except RuntimeError as e:
    print(str(e).endswith("has already been used once"), str(e).startswith("<Token used var=<ContextVar name='w' at"))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
t2 = v.set(3)
try:
    w.reset(t2)
except ValueError as e:
    print(str(e)[-33:])
t3 = cv.copy_context().run(lambda: v.set(9))
try:
    v.reset(t3)
except ValueError as e:
    print(str(e)[-30:])
for bad in [lambda: cv.ContextVar(1), lambda: cv.Context(1), lambda: cv.Token(), lambda: v.reset(1)]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
print(v.get(), hash(v) == hash(v), cv.Context().get(v), sorted(cv.copy_context().values()))
# threads start with an empty context
import threading
seen = []
def in_thread():
    seen.append(v.get())
    v.set(42)
    seen.append(v.get())
th = threading.Thread(target=in_thread)
th.start(); th.join()
print(seen, v.get())
# asyncio: each task runs in a copy of its creator's context
import asyncio
req = cv.ContextVar("req", default="none")
async def handler(n):
    req.set(f"req-{n}")
    await asyncio.sleep(0)
    return req.get()
async def main():
    req.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, req.get())
    task = asyncio.create_task(handler(9))
    print(await task, req.get())
    ctx = cv.copy_context()
    t = asyncio.get_running_loop().create_task(handler(7), context=ctx)
    await t
    print(ctx[req], req.get())
    out = []
    asyncio.get_running_loop().call_soon(lambda: out.append(req.get()))
    await asyncio.sleep(0)
    print(out)
asyncio.run(main())
print(req.get())
