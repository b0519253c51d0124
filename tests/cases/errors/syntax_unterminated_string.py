# A string literal that runs to the end of the line.
# expect-error: line 4: SyntaxError: unterminated string literal (detected at line 4)
print("this line must not run")
message = "unterminated
print(message)
