"""tomllib: read TOML 1.0 documents into Python values (Python 3.11's
tomllib). Tables become dicts, arrays lists, and date-times the
`datetime` module's types.

The parser walks the text once, one statement at a time: a key/value
pair, a `[table]` header or an `[[array.of.tables]]` header. What TOML
forbids redefining is remembered by key path: tables a header declared,
tables dotted keys made, and inline tables and arrays (never extended)."""

__all__ = ["loads", "load", "TOMLDecodeError"]

from ._parser import TOMLDecodeError, load, loads
TOMLDecodeError.__module__ = __name__
