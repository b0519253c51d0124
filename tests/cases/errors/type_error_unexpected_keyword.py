# An unknown keyword argument.
# expect-error: line 8: TypeError: greet() got an unexpected keyword argument 'salutation'
def greet(name, greeting="Hello"):
    return greeting + " " + name


print(greet("Ann", greeting="Hi"))
print(greet("Bob", salutation="Yo"))
