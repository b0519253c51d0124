# A module that annotated nothing still answers __annotations__ (an empty
# dict, made on first use and kept), as CPython's module type does.
import sys
fresh = type(sys)("fresh")
first = fresh.__annotations__
first["x"] = int
print(first, fresh.__annotations__ is first, "__annotations__" in vars(fresh))
x: int = 1
print(__annotations__)
