# Benchmark: function calls. Naive recursive Fibonacci, fib(27): about
# 630,000 calls, each doing a compare, two subtractions and an addition.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(27))
