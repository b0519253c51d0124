# except and except* cannot be mixed on one try.
# expect-error: line 7: SyntaxError: cannot have both 'except' and 'except*' on the same 'try'
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
