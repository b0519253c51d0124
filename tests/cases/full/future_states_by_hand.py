# A Future made by hand: set_running_or_notify_cancel, cancel of a running
# or finished future, set_* after settling (InvalidStateError), callbacks
# added before and after the outcome.
from concurrent.futures import Future, InvalidStateError, CancelledError
f = Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), f.cancelled())
f.set_result(3)
print(f.result(), f.done(), f.cancel())
try:
    f.set_exception(ValueError("x"))
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancel(), g.cancelled(), g.set_running_or_notify_cancel())
try:
    g.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
try:
    g.result()
except CancelledError:
    print("CancelledError")
h = Future()
seen = []
h.add_done_callback(lambda x: seen.append(("cb", x.exception())))
h.set_exception(KeyError("k"))
h.add_done_callback(lambda x: seen.append(("late", type(x.exception()).__name__)))
print(seen[0][0], type(seen[0][1]).__name__, seen[1])
try:
    Future().set_running_or_notify_cancel() and h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
