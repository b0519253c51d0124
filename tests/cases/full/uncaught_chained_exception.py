# An uncaught exception raised from another: both tracebacks are printed and
# the last line is the outer exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(text)) from e


print(parse("12"))
print(parse("twelve"))
