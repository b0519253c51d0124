# Exceptions inside loops: retry with a counter, skipping bad records with
# continue, stopping with break from except, and else on success.
attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"


for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("success:", result, "after", attempts, "attempts")
        break
records = ["10", "x", "30", "", "50"]
total = 0
skipped = []
for r in records:
    try:
        total += int(r)
    except ValueError:
        skipped.append(r)
        continue
    finally:
        print("processed", repr(r))
print(total, skipped)
data = {"a": 1, "b": 2}
for key in ["a", "b", "c", "d"]:
    try:
        print(key, data[key])
    except KeyError:
        print("stopping at missing key", key)
        break
i = 0
while True:
    try:
        i += 1
        if i > 2:
            raise StopIteration("enough")
    except StopIteration as e:
        print("loop ended:", e)
        break
