# A parenthesis closed by a bracket.
# expect-error: line 4: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
print("this line must not run")
x = (1, 2]
