def add(a, b):
    return tuple(x + y for x, y in zip(a, b))
print("vectors:", __name__, __package__)
