# One name bound twice in a single pattern.
# expect-error: line 5: SyntaxError: multiple assignments to name 'a' in pattern
print("this line must not run")
match [1, [2]]:
    case [a, [a]]:
        pass
