# copy and pickle hand back the Ellipsis and NotImplemented singletons
# themselves (through their __reduce__).
import copy
import pickle

for v in (Ellipsis, NotImplemented):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, copy.deepcopy([v, (v,)])[0] is v)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.loads(pickle.dumps(v, proto)) is v)
