# A class pattern names something that is not a class.
# expect-error: line 8: TypeError: called match pattern must be a type
print("runs first")
point = (1, 2)
match point:
    case (1, 2) if False:
        pass
    case len():
        pass
