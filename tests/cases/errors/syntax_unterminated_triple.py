# A triple-quoted string that never ends is reported at its start.
# expect-error: line 4: SyntaxError: unterminated triple-quoted string literal (detected at line 6)
print("this line must not run")
doc = """starts here
and never
ends
