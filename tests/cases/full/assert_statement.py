# assert: passing assertions do nothing, failing ones raise AssertionError
# with the optional message, and the message is evaluated only on failure.
def message():
    print("  building message")
    return "it failed"


assert True
assert 1 + 1 == 2, message()
print("passing assertions did not evaluate their message")
try:
    assert 1 > 2, message()
except AssertionError as e:
    print("caught:", e, "| args:", e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)


def safe_divide(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    return a / b


for b in [2, 0]:
    try:
        print(safe_divide(10, b))
    except AssertionError as e:
        print("AssertionError:", e)
