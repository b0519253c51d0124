"""importlib.machinery: module specs and the loader for source files.

minipy's import system is native and does not expose its finders; what is
here serves code that inspects how a module was found (`__spec__`,
`importlib.util.find_spec`) and code that loads a file by hand
(`spec_from_file_location` + `module_from_spec` + `loader.exec_module`).
"""

SOURCE_SUFFIXES = [".py"]
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = [".pyc"]
all_suffixes = lambda: SOURCE_SUFFIXES + BYTECODE_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname):
        return self.path.rpartition("/")[2].startswith("__init__.")

    def create_module(self, spec):
        return None

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, "exec")

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    @staticmethod
    def create_module(spec):
        import importlib
        return importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class _LibraryLoader(BuiltinImporter):
    """The loader of the library modules embedded in minipy."""


def _spec_for(name, kind, origin, package_dir):
    """The spec of a module the import system found (kind "builtin",
    "library", "file" or "namespace", as sys._find_module reports it): what
    the import statement sets as a module's __spec__ and find_spec returns."""
    if kind == "builtin":
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    if kind == "library":
        loader = _LibraryLoader()
    elif kind == "file":
        loader = SourceFileLoader(name, origin)
    else:
        loader = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    spec.has_location = origin is not None
    if kind == "file" and origin.endswith(".py"):
        # Where CPython would cache the bytecode (minipy writes none).
        head, _, tail = origin.rpartition("/")
        spec.cached = f"{head}/__pycache__/{tail[:-3]}.cpython-311.pyc" if head else f"__pycache__/{tail[:-3]}.cpython-311.pyc"
    return spec
