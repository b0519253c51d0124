# Benchmark: random numbers, float maths and tuples, in the spirit of
# pyperformance's "chaos" (a chaos-game fractal), written for minipy.
import random

random.seed(1234)
corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.8660254)]
weights = [0.5, 0.5, 0.5]
size = 64
grid = [[0] * size for _ in range(size)]
x, y = 0.3, 0.3
for _ in range(500000):
    k = random.randrange(3)
    cx, cy = corners[k]
    w = weights[k]
    x = x + (cx - x) * w
    y = y + (cy - y) * w
    grid[int(y * (size - 1))][int(x * (size - 1))] += 1
filled = sum(1 for row in grid for cell in row if cell)
print(filled, max(max(row) for row in grid))
