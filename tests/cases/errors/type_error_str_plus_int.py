# str + int: only str can be concatenated to str.
# expect-error: line 5: TypeError: can only concatenate str (not "int") to str
label = "total: "
print(label + str(10))
print(label + 10)
