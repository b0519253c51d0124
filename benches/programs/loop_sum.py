# Benchmark: the bare eval loop. A while loop summing small ints and a for
# loop over a range, about 6 million simple bytecodes.
total = 0
i = 0
while i < 1000000:
    total += i
    i += 1
for j in range(1000000):
    total -= j & 7
print(total)
