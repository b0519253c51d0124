# logging: basicConfig with a stream and format, levels, the logger hierarchy and propagation, handlers, formatters with threadName/processName, %-args.
import io
import logging
import threading

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("hidden %d", 1)
logging.info("shown %d", 2)
logging.warning("warn %s", "x")
log = logging.getLogger("app.db")
log.error("db error %r", {"a": 1})
print(log.name, log.parent is logging.getLogger("app") or log.parent.name, log.getEffectiveLevel())
app = logging.getLogger("app")
print(log.parent is app, app.parent is logging.getLogger(), logging.getLogger() is logging.root)
app.setLevel(logging.ERROR)
log.warning("filtered by app level")
log.critical("critical one")

other = io.StringIO()
h = logging.StreamHandler(other)
h.setFormatter(logging.Formatter("[%(threadName)s %(processName)s] %(levelname)-8s %(name)s - %(message)s"))
worker = logging.getLogger("worker")
worker.addHandler(h)
worker.propagate = False
worker.setLevel(logging.DEBUG)


def job(n):
    worker.debug("job %d done", n)


t = threading.Thread(target=job, args=(1,), name="Worker-1")
t.start()
t.join()
job(0)
worker.removeHandler(h)
worker.info("no handler, not propagated")
logging.log(logging.ERROR, "via log()")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5))
print(repr(logging.getLogger("app")), logging.getLogger("app").isEnabledFor(logging.INFO))
try:
    logging.getLogger("x").setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
print(buf.getvalue(), end="")
print(other.getvalue(), end="")
