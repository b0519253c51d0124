# What the pickler (pickle.py) and the unpickler (_pickle_load.py) share:
# the opcodes, the exceptions, and the module renames between Python 2 and
# 3 that protocols 0 to 2 apply ("fix_imports").

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


# CPython's classes come from its C module _pickle, whose name tracebacks show.
class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes, as one-byte bytes values.
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """What a protocol 0-2 pickle calls (as `_codecs.encode`) to rebuild bytes."""
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = "_codecs"
_codecs_encode.__name__ = _codecs_encode.__qualname__ = "encode"

# Python 3 names -> Python 2 names, written by protocols 0-2 with fix_imports.
_BUILTIN_RENAMES = {"range": ("__builtin__", "xrange"), "chr": ("__builtin__", "unichr"),
                    "str": ("__builtin__", "unicode"), "int": ("__builtin__", "long"),
                    "zip": ("itertools", "izip"), "map": ("itertools", "imap"),
                    "filter": ("itertools", "ifilter")}
_OS_ERRORS = ("BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
              "ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError "
              "InterruptedError IsADirectoryError NotADirectoryError PermissionError "
              "ProcessLookupError TimeoutError").split()
_PY2_EXCEPTIONS = ("ArithmeticError AssertionError AttributeError BaseException BufferError "
                   "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
                   "FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning "
                   "IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError "
                   "NameError NotImplementedError OSError OverflowError PendingDeprecationWarning "
                   "ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning "
                   "SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
                   "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning "
                   "ValueError Warning ZeroDivisionError").split()

REVERSE_NAME_MAPPING = {("builtins", k): v for k, v in _BUILTIN_RENAMES.items()}
REVERSE_NAME_MAPPING.update({("builtins", n): ("exceptions", n) for n in _PY2_EXCEPTIONS})
REVERSE_NAME_MAPPING.update({("builtins", n): ("exceptions", "OSError") for n in _OS_ERRORS})
REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
REVERSE_NAME_MAPPING.update({
    ("functools", "reduce"): ("__builtin__", "reduce"), ("_functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
})
REVERSE_IMPORT_MAPPING = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
                          "reprlib": "repr", "_thread": "thread", "subprocess": "commands",
                          "collections.abc": "_abcoll", "_functools": "functools", "_pickle": "pickle",
                          "configparser": "ConfigParser", "socketserver": "SocketServer",
                          "urllib.parse": "urlparse", "urllib.request": "urllib2",
                          "http.client": "httplib"}

# Python 2 names -> Python 3 names, for reading old pickles.
NAME_MAPPING = {v: k for k, v in REVERSE_NAME_MAPPING.items() if v[0] != "exceptions"}
NAME_MAPPING.update({("exceptions", n): ("builtins", n) for n in _PY2_EXCEPTIONS})
NAME_MAPPING.update({("__builtin__", "basestring"): ("builtins", "str"),
                     ("exceptions", "StandardError"): ("builtins", "Exception"),
                     ("UserDict", "UserDict"): ("collections", "UserDict"),
                     ("socket", "_socketobject"): ("socket", "SocketType")})
IMPORT_MAPPING = {v: k for k, v in REVERSE_IMPORT_MAPPING.items()
                  if k not in ("_functools", "_pickle")}  # renames only written, never read back
IMPORT_MAPPING.update({"__builtin__": "builtins", "copy_reg": "copyreg", "exceptions": "builtins",
                       "cPickle": "pickle", "_elementtree": "xml.etree.ElementTree",
                       "cStringIO": "io", "StringIO": "io", "UserList": "collections",
                       "UserString": "collections", "whichdb": "dbm"})
