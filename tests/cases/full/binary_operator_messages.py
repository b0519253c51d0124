# TypeError messages of binary operators: the operands' own type names, `** or pow()`, in-place symbols.
for e in ['"a" ** "b"', 'True @ 3', 'True + "x"', '[] - True', 'pow("a", 2)', 'x = "a"\nx **= 2', 'x = True\nx @= 2']:
    try: exec(e)
    except TypeError as t: print(t)
