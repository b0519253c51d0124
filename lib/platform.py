"""platform: facts about the interpreter and the machine it runs on.

minipy reports itself honestly: python_implementation() is 'minipy'
(CPython says 'CPython'); the Python version is the language version minipy
implements, 3.11.
"""

import sys

_uname_cache = None


def python_implementation():
    return "minipy"


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def python_compiler():
    return "rustc"


def python_build():
    return ("minipy", "")


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


class uname_result:
    """(system, node, release, version, machine), as os.uname gives them."""

    _fields = ("system", "node", "release", "version", "machine")

    def __init__(self, system, node, release, version, machine):
        self.system, self.node, self.release = system, node, release
        self.version, self.machine = version, machine

    @property
    def processor(self):
        return self.machine

    def _values(self):
        return (self.system, self.node, self.release, self.version, self.machine)

    def __iter__(self):
        return iter(self._values())

    def __getitem__(self, i):
        return self._values()[i]

    def __len__(self):
        return 5

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % self._values()


def _read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except Exception:
        return ""


def uname():
    global _uname_cache
    if _uname_cache is None:
        system = "Linux" if sys.platform.startswith("linux") else sys.platform
        _uname_cache = uname_result(
            system,
            _read("/proc/sys/kernel/hostname"),
            _read("/proc/sys/kernel/osrelease"),
            _read("/proc/sys/kernel/version"),
            "x86_64",
        )
    return _uname_cache


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return u.system + "-" + u.release
    return "-".join([u.system, u.release, u.machine])


def architecture(executable=None, bits="", linkage=""):
    return ("64bit", "ELF")
