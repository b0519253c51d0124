"""Signals, as CPython's signal module, for SIGINT: a program can install
its own handler (or SIG_IGN, SIG_DFL), read it back, and raise the signal.
Handlers of other signals cannot be changed (minipy uses them to stop
worker processes); asking is a NotImplementedError. Handlers receive None
for the frame (minipy has no frame objects)."""

import _signal
import _minipy_thread
from enum import IntEnum


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65

default_int_handler = _signal.default_int_handler

_handlers = {2: default_int_handler}  # keyed by plain ints
# What CPython's start-up sets to SIG_IGN.
_ignored_at_start = {13, 25}  # SIGPIPE, SIGXFSZ

_NAMES = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
          6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
          11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock",
          15: "Terminated", 16: "Stack fault", 17: "Child exited", 18: "Continued", 19: "Stopped (signal)",
          20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)", 23: "Urgent I/O condition",
          24: "CPU time limit exceeded", 25: "File size limit exceeded", 26: "Virtual timer expired",
          27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible", 30: "Power failure",
          31: "Bad system call"}


def _number(signalnum):
    n = signalnum.__index__() if not isinstance(signalnum, int) and hasattr(signalnum, "__index__") else signalnum
    if not isinstance(n, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= n < NSIG:
        raise ValueError("signal number out of range")
    return int(n)


def getsignal(signalnum):
    """The current handler of the signal."""
    n = _number(signalnum)
    if n in _handlers:
        return _handlers[n]
    return SIG_IGN if n in _ignored_at_start else SIG_DFL


def signal(signalnum, handler):
    """Set the signal's handler (SIGINT only); return the previous one."""
    n = _number(signalnum)
    if handler is not SIG_IGN and handler is not SIG_DFL and not callable(handler):
        if not (isinstance(handler, int) and handler in (0, 1)):
            raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if _minipy_thread.get_ident() != 1:
        raise ValueError("signal only works in main thread of the main interpreter")
    if n in (Signals.SIGKILL, Signals.SIGSTOP):
        raise OSError(22, "Invalid argument")
    if n != Signals.SIGINT:
        raise NotImplementedError(f"signal.signal({Signals(n).name}) is not supported by minipy (only SIGINT)")
    old = getsignal(n)
    if isinstance(handler, int) and not isinstance(handler, Handlers) and handler in (0, 1):
        handler = Handlers(handler)
    _handlers[n] = handler
    return old


def _deliver(n):
    """Run the handler of signal n (the interpreter calls this when SIGINT
    arrives)."""
    handler = getsignal(n)
    if handler is SIG_IGN:
        return
    if handler is SIG_DFL:
        _signal.die(n)
    handler(n, None)


def raise_signal(signalnum):
    """Send the signal to the running program."""
    n = _number(signalnum)
    if n != Signals.SIGINT:
        raise NotImplementedError(f"signal.raise_signal({Signals(n).name}) is not supported by minipy (only SIGINT)")
    _deliver(n)


def strsignal(signalnum):
    """The system's description of the signal, or None."""
    n = _number(signalnum)
    return _NAMES.get(n)
