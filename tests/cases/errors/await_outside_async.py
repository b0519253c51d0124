# await in a plain function is a SyntaxError.
# expect-error: line 5: SyntaxError: 'await' outside async function
import_ok = 1
def f():
    return await g()
