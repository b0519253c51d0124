# A module with a PEP 562 __getattr__: computed names on demand.
defined = "defined"


def __getattr__(name):
    if name.startswith("computed_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")
