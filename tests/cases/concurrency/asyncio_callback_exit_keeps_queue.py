# A SystemExit out of a callback leaves the rest of the loop's iteration queued,
# ahead of what the callback scheduled; a closed loop refuses call_soon.
import asyncio
loop = asyncio.new_event_loop()
out = []
def boom():
    loop.call_soon(out.append, "scheduled by boom")
    raise SystemExit("stop")
loop.call_soon(out.append, 1)
loop.call_soon(boom)
loop.call_soon(out.append, 2)
try:
    loop.run_forever()
except SystemExit as e:
    print("exit", e, out)
loop.call_soon(loop.stop)
loop.run_forever()
print(out)
loop.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError", e)
