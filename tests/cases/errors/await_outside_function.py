# await at module level is a SyntaxError.
# expect-error: line 3: SyntaxError: 'await' outside function
await something()
