# Replacing sys.stdout: print and sys.stdout.write go to the replacement
# (io.StringIO, a class with write, contextlib.redirect_stdout), and to the
# real stream again once it is restored.
import sys
import io
import contextlib

buffer = io.StringIO()
saved = sys.stdout
sys.stdout = buffer
print("captured", 1, 2, sep="-")
print("second line")
sys.stdout = saved
print("captured text:", repr(buffer.getvalue()))


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)

    def flush(self):
        pass


recorder = Recorder()
with contextlib.redirect_stdout(recorder):
    print("inside", end="!")
    print()
print(recorder.pieces)
with contextlib.redirect_stdout(io.StringIO()) as inner:
    print("hidden")
print(inner.getvalue().upper(), end="")
print(sys.stdout is sys.__stdout__)
