# A module with a PEP 562 __dir__: what dir(module) lists.
visible = 1


def __dir__():
    return ["zeta", "visible", "alpha"]
