# async with in a plain function is a SyntaxError.
# expect-error: line 4: SyntaxError: 'async with' outside async function
def f(lock):
    async with lock:
        pass
