# Awaiting an int raises TypeError when the coroutine runs.
# expect-error: line 4: TypeError: object int can't be used in 'await' expression
async def f():
    return await 5
f().send(None)
