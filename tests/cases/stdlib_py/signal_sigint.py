# signal: constants, getsignal, signal(SIGINT, ...) with SIG_IGN/default_int_handler/a function, raise_signal, errors
import signal
print(repr(signal.SIGINT), signal.SIGINT, int(signal.SIGTERM), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.default_int_handler)
print(signal.NSIG, signal.Signals(2), signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.strsignal(2), signal.strsignal(15))
for args in [(99, signal.SIG_DFL), (signal.SIGINT, 5), (signal.SIGKILL, signal.SIG_IGN), ("x", 1), (0, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
for a in [99, 0]:
    try:
        signal.getsignal(a)
    except Exception as e:
        print(type(e).__name__, e)
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print("after", got)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler()
except TypeError as e:
    print(e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("raised")
import threading
def in_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread)
t.start(); t.join()
