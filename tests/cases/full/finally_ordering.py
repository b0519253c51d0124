# finally always runs: on normal exit, on return, on break and continue, on
# an exception propagating through several frames, and a return in finally
# overrides.
log = []


def with_return():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


print(with_return(), log)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def nested():
    try:
        try:
            print("inner try")
            raise ValueError("deep")
        finally:
            print("inner finally")
    finally:
        print("outer finally")


try:
    nested()
except ValueError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)


def level(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        level(n - 1)
    finally:
        print("unwinding level", n)


try:
    level(3)
except RuntimeError as e:
    print("caught after unwinding:", e)


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed the exception"


print(swallow())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
print("count", count)
