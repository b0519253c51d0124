# The parts of `sys` that are easier to say in Python than in Rust. The
# native `sys` module imports this file the first time a program asks for
# one of these names (its module `__getattr__`), so start-up never pays.

import sys as _sys

__all__ = ["version_info", "implementation", "hexversion", "float_info", "int_info", "hash_info",
           "flags", "stdout", "stderr", "stdin", "__stdout__", "__stderr__", "__stdin__",
           "executable", "prefix", "exec_prefix", "base_prefix", "api_version",
           "dont_write_bytecode", "float_repr_style", "warnoptions", "orig_argv", "builtin_module_names",
           "gettrace", "getprofile",
           "excepthook", "__excepthook__", "displayhook", "stdlib_module_names", "copyright"]


def _struct_sequence(type_name, field_names):
    """A tuple type whose items are also named attributes, shown as
    `sys.name(field=value, ...)` (CPython's structseq)."""

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(field_names):
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                            % (type_name, len(field_names), len(values)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(field_names, self))
        return "%s(%s)" % (type_name, shown)

    namespace = {"__new__": __new__, "__repr__": __repr__, "__str__": __repr__,
                 "n_fields": len(field_names), "n_sequence_fields": len(field_names),
                 "n_unnamed_fields": 0, "_fields": tuple(field_names)}
    for position, field in enumerate(field_names):
        namespace[field] = property(lambda self, _i=position: self[_i])
    cls = type(type_name.rpartition(".")[2], (tuple,), namespace)
    cls.__module__ = "sys"
    return cls


_VersionInfo = _struct_sequence("sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"))
version_info = _VersionInfo((3, 11, 0, "final", 0))
hexversion = 0x030B00F0
api_version = 1013

_FloatInfo = _struct_sequence("sys.float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp",
                                                 "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"))
float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1))
_IntInfo = _struct_sequence("sys.int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                             "str_digits_check_threshold"))
int_info = _IntInfo((30, 4, 4300, 640))
_HashInfo = _struct_sequence("sys.hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm",
                                               "hash_bits", "seed_bits", "cutoff"))
hash_info = _HashInfo((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
_Flags = _struct_sequence("sys.flags", ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                        "no_user_site", "no_site", "ignore_environment", "verbose",
                                        "bytes_warning", "quiet", "hash_randomization", "isolated",
                                        "dev_mode", "utf8_mode", "warn_default_encoding",
                                        "safe_path", "int_max_str_digits"))
flags = _Flags((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))


class _Implementation:
    name = "minipy"
    cache_tag = None

    def __init__(self):
        self.version = version_info
        self.hexversion = hexversion

    def __repr__(self):
        return "namespace(name=%r, cache_tag=None, version=%r, hexversion=%d)" % (
            self.name, self.version, self.hexversion)


implementation = _Implementation()


class _TextStream:
    """`sys.stdout` and `sys.stderr`: text streams over minipy's own
    output (standard output shares `print`'s buffer, so order is kept)."""

    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.encoding = "utf-8"
        self.errors = "strict"
        self.closed = False

    def write(self, text):
        if self._fd == 0:
            raise OSError("not writable")
        return _sys._write(self._fd, text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        _sys._flush()

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def readline(self):
        try:
            return input() + "\n"
        except EOFError:
            return ""

    def read(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return "".join(lines)
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding='utf-8'>" % (self.name, self.mode)


stdout = __stdout__ = _TextStream(1, "<stdout>", "w")
stderr = __stderr__ = _TextStream(2, "<stderr>", "w")
stdin = __stdin__ = _TextStream(0, "<stdin>", "r")

executable = "minipy"
prefix = exec_prefix = base_prefix = ""
dont_write_bytecode = True
float_repr_style = "short"
warnoptions = []
orig_argv = list(_sys.argv)
_library = _sys._library_modules()
builtin_module_names = tuple(sorted([name for name, kind in _library if kind == "core"] + ["builtins"]))
stdlib_module_names = frozenset(name for name, kind in _library if "." not in name)
del _library
copyright = "minipy: a small Python written in Rust"


def gettrace():
    return None


def getprofile():
    return None


def excepthook(exc_type, value, tb):
    stderr.write(_sys._format_exception(value, True, True))


__excepthook__ = excepthook


def displayhook(value):
    if value is not None:
        stdout.write(repr(value) + "\n")
