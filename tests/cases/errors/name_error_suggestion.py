# A mistyped name: the uncaught NameError suggests the closest local,
# global or builtin name, as CPython 3.11's excepthook does.
# expect-error: line 9: NameError: name 'totl' is not defined. Did you mean: 'total'?
def add_all(values):
    total = 0
    for value in values:
        total += value
    print("sum so far", total)
    return totl


add_all([1, 2, 3])
