# `raise exc` of an exception that was raised before continues its
# traceback: the new frames first, then the old ones (CPython prints both),
# and the same exception raised again keeps growing it.
import traceback


def inner():
    raise ValueError("first")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    saved = e


def raise_again():
    raise saved


for attempt in range(2):
    try:
        raise_again()
    except ValueError:
        print(traceback.format_exc())

try:
    try:
        raise saved
    finally:
        print("finally ran")
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-1])

try:
    raise saved from KeyError("cause")
except ValueError as e:
    print(type(e.__cause__).__name__, len(traceback.format_tb(e.__traceback__)))
