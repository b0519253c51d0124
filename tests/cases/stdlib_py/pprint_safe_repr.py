# PrettyPrinter._safe_repr (CPython's private worker behind format()) gives
# (text, readable, recursive), as pyperformance's pprint benchmark uses it.
from pprint import PrettyPrinter

p = PrettyPrinter()
print(p._safe_repr([('string', (1, 2), [3, 4], {7: 8, 5: 6})] * 3, {}, None, 0))
r = [1]
r.append(r)
print(p._safe_repr(r, {}, None, 0)[1:])
print(p._safe_repr({"b": object, "a": 1}, {}, None, 0))
print(p._safe_repr([[1, [2, [3]]]], {}, 2, 0))
