# yield from inside an async def is a SyntaxError.
# expect-error: line 4: SyntaxError: 'yield from' inside async function
async def f():
    yield from range(3)
