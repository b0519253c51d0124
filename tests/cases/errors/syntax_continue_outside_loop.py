# continue after the loop has ended.
# expect-error: line 5: SyntaxError: 'continue' not properly in loop
for i in range(3):
    continue
continue
