# timeit: run a statement many times and report how long it took.
#
# A string statement is turned into the body of a generated function (its
# setup first, then a loop around the statement) and compiled with exec, so
# the loop costs what a hand-written loop costs; a callable statement is
# called once per iteration.

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_TEMPLATE = """
def _timed(_loops, _timer{params}):
{setup}
    _start = _timer()
    for _ in _loops:
{stmt}
    _stop = _timer()
    return _stop - _start
"""


def _indented(code, spaces):
    pad = " " * spaces
    return "\n".join(pad + line for line in code.splitlines()) or pad + "pass"


def _body(part, name, namespace, spaces):
    """Source for one part (stmt or setup): a string is inlined; a callable
    is stored in the namespace and called."""
    if isinstance(part, str):
        compile(part, "<timeit-src>", "exec")  # a syntax error shows the user's code
        return _indented(part, spaces), ""
    if callable(part):
        namespace[name] = part
        return _indented(name + "()", spaces), ", " + name + "=" + name
    raise ValueError("%s is neither a string nor callable" % name.strip("_"))


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        scope = {} if globals is None else globals
        stmt_src, stmt_param = _body(stmt, "_stmt", namespace, 8)
        setup_src, setup_param = _body(setup, "_setup", namespace, 4)
        source = _TEMPLATE.format(stmt=stmt_src, setup=setup_src, params=stmt_param + setup_param)
        self.src = source
        exec(compile(source, "<timeit-src>", "exec"), scope, namespace)
        self.inner = namespace["_timed"]

    def timeit(self, number=default_number):
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # 1, 2, 5, 10, 20, 50, ... loops until one batch takes 0.2 s.
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                elapsed = self.timeit(number)
                if callback is not None:
                    callback(number, elapsed)
                if elapsed >= 0.2:
                    return number, elapsed
            scale *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
