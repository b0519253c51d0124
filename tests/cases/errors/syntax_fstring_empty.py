# An f-string with an empty expression.
# expect-error: line 4: SyntaxError: f-string: empty expression not allowed
print("this line must not run")
print(f"value: {}")
