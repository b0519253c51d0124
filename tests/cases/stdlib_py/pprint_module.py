# pprint: one-line forms (dicts sorted), wrapping at the width for nested
# lists, dicts, tuples, sets and strings, indent/width/depth/compact/
# sort_dicts, recursion markers, collections types, saferepr/isreadable.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"zeta": [1, 2, 3], "alpha": {"nested": list(range(30)), "b": (1, 2), "a": "short"}, "mid": None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(12)) for _ in range(3)], width=30)
pprint.pprint((1,))
pprint.pprint(tuple(range(25)), width=40)
pprint.pprint(("x" * 30,), width=20)
pprint.pprint({1, 2, 3})
pprint.pprint(set(range(30)), width=30)
pprint.pprint(frozenset(range(25)), width=40)
text = "the quick brown fox jumps over the lazy dog " * 4
pprint.pprint(text)
pprint.pprint([text], width=50)
pprint.pprint({"key": text}, width=60)
pprint.pprint("line one\nline two which is rather long and keeps going on and on past the width\n", width=40)
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(defaultdict(list, {i: [i] * 3 for i in range(6)}), width=30)
pprint.pprint(Counter("abracadabra alakazam"), width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
looped = [1, 2]
looped.append(looped)
print(pprint.pformat(looped).split(" with id")[0])
print(pprint.saferepr(looped)[:30].startswith("[1, 2, <Recursion on list"), pprint.isrecursive(looped), pprint.isreadable(looped))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object()]), pprint.saferepr({"b": [1], "a": 2}))
print(pprint.pformat({"a": [1, 2, 3] * 10}, width=30))
print(pprint.pformat([[[[1, 2]]]], depth=2), pprint.pformat({1: {2: {3: 4}}}, depth=2), pprint.pformat(10**30, underscore_numbers=True))
pprint.PrettyPrinter(width=20, indent=2).pprint({"list": list(range(8)), "other": "value"})
print(pprint.PrettyPrinter(width=30).pformat([{"x": i, "y": [i] * 4} for i in range(3)]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
