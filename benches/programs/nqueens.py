# Benchmark: generators and sets, in the spirit of pyperformance's "nqueens",
# written for minipy. Counts the solutions of the n-queens puzzle by trying
# every permutation of columns and rejecting those with a shared diagonal.
from itertools import permutations


def solutions(n):
    columns = range(n)
    for placement in permutations(columns):
        if n == len(set(placement[i] + i for i in columns)) == len(set(placement[i] - i for i in columns)):
            yield placement


count = 0
first = None
for board in solutions(9):
    if first is None:
        first = board
    count += 1
print(count, first)
