# A mapping pattern may not check the same literal key twice (1 and 1.0 are one key).
# expect-error: line 5: SyntaxError: mapping pattern checks duplicate key (1.0)
print("this line must not run")
match {}:
    case {1: a, 1.0: b}:
        pass
