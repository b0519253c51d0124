# The suggestion can be a builtin, including the constants True/False/None.
# expect-error: line 7: NameError: name 'Flase' is not defined. Did you mean: 'False'?
try:
    lenght
except NameError as e:
    print("str() has no suggestion:", e)
    flag = Flase
