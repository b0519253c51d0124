# A closing parenthesis with no opener.
# expect-error: line 4: SyntaxError: unmatched ')'
print("this line must not run")
x = 1)
