# logging: filters, extra fields, exception records, custom level names, handler levels, basicConfig errors.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(user)s"))
lg = logging.getLogger("svc.api")
lg.addHandler(h)
lg.propagate = False
lg.setLevel("DEBUG")
lg.info("hello %s and %s", "a", "b", extra={"user": "bob"})
lg.debug("dict arg %(k)s", {"k": 5}, extra={"user": "amy"})
h.setLevel(logging.WARNING)
lg.info("below handler level", extra={"user": "x"})
lg.warning("at handler level", extra={"user": "y"})
h.setLevel(logging.NOTSET)

plain = io.StringIO()
h2 = logging.StreamHandler(plain)
lg2 = logging.getLogger("filt")
lg2.addHandler(h2)
lg2.propagate = False
lg2.addFilter(logging.Filter("filt.sub"))
lg2.warning("dropped by logger filter")
lg2.removeFilter(lg2.filters[0])
h2.addFilter(lambda record: "keep" in record.getMessage())
lg2.warning("keep me")
lg2.warning("drop me")
f = logging.Filter("a.b")
rec = logging.LogRecord("a.b.c", logging.INFO, "p.py", 3, "m %d", (1,), None)
print(f.filter(rec), logging.Filter("a.bc").filter(rec), logging.Filter().filter(rec), rec.getMessage())
print(rec.levelname, rec.levelno, rec.filename, rec.module, rec.lineno, rec.args)
rec2 = logging.LogRecord("a", logging.INFO, "p.py", 3, "m %(x)s", ({"x": 2},), None)
print(rec2.getMessage(), rec2.args)

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(logging.CRITICAL))
lg2.log(25, "keep notice %d", 25)
try:
    lg2.log("25", "x")
except TypeError as e:
    print("TypeError", e)
class Grab(logging.Handler):
    def emit(self, record):
        print("grabbed", record.levelname, record.exc_info[0].__name__, record.exc_info[1], record.getMessage())


lg3 = logging.getLogger("grab")
lg3.addHandler(Grab())
lg3.propagate = False
try:
    raise KeyError("boom")
except KeyError:
    lg3.exception("failed %d", 7)
lg3.error("given", exc_info=ValueError("v"))
print(plain.getvalue(), end="")
print(out.getvalue(), end="")
print(lg.getEffectiveLevel(), logging.getLogger("svc").getEffectiveLevel(), logging.root.level)
print(lg.hasHandlers(), logging.getLogger("nothing.here").hasHandlers())
print(logging.getLogger("svc").getChild("api") is lg, logging.root.getChild("z").name)
logging.disable(logging.WARNING)
print(lg.isEnabledFor(logging.WARNING), lg.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
try:
    logging.basicConfig(bogus=1)
except ValueError as e:
    print("ValueError", e)
try:
    logging.getLogger("t").setLevel(1.5)
except TypeError as e:
    print("TypeError", e)
print(logging.WARN, logging.FATAL, logging.BASIC_FORMAT)
