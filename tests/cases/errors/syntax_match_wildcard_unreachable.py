# A wildcard in an OR pattern's first alternative makes the rest unreachable.
# expect-error: line 5: SyntaxError: wildcard makes remaining patterns unreachable
print("this line must not run")
match 3:
    case _ | 3:
        pass
