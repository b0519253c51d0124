# An async generator cannot return a value.
# expect-error: line 5: SyntaxError: 'return' with value in async generator
async def numbers():
    yield 1
    return 2
