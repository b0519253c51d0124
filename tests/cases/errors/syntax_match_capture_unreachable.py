# A bare capture pattern before other cases makes them unreachable: compile-time error.
# expect-error: line 6: SyntaxError: name capture 'other' makes remaining patterns unreachable
print("this line must not run")
def f(x):
    match x:
        case other:
            return other
        case 1:
            return 1
