"""Child processes: run, call, check_call, check_output, Popen (over the
native _subprocess). shell=True runs /bin/sh -c like CPython's."""

import os
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "run",
           "CalledProcessError", "TimeoutExpired", "SubprocessError", "CompletedProcess"]

PIPE = -1
_UNSET = object()
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "CompletedProcess(%s)" % ", ".join(parts)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _mode(v, name):
    if v is None:
        return 0
    if v == PIPE:
        return 1
    if v == DEVNULL:
        return 2
    if v == STDOUT and name == "stderr":
        return 3
    raise NotImplementedError("subprocess: %s=%r is not supported by minipy (use PIPE, DEVNULL or None)"
                              % (name, v))


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, text=None, encoding=None, errors=None):
        self.args = args
        if isinstance(args, (str, bytes)) or hasattr(type(args), "__fspath__"):
            argv = [os.fspath(args) if not isinstance(args, bytes) else args.decode()]
        else:
            argv = [os.fspath(a) if not isinstance(a, bytes) else a.decode() for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if executable is not None:
            argv[0] = os.fspath(executable)
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        pairs = None if env is None else [(str(k), str(v)) for k, v in env.items()]
        if cwd is not None:
            cwd = os.fspath(cwd)
        err_mode = _mode(stderr, "stderr")
        if err_mode == 3 and stdout == PIPE:
            # One pipe for both streams, in the order the child wrote them:
            # std::process cannot share a pipe, so a shell joins them.
            argv = ["/bin/sh", "-c", 'exec "$@" 2>&1', "sh"] + argv
            err_mode = 0
        self._handle, self.pid = _subprocess.spawn(argv, cwd, pairs, _mode(stdin, "stdin"),
                                                   _mode(stdout, "stdout"), err_mode)
        self.returncode = None
        self._merged = stderr == STDOUT
        # Which streams are pipes; their file objects are made on first use
        # (_UNSET until then), so a plain communicate() keeps the native
        # path that drains stdout and stderr together.
        piped = (stdin == PIPE, stdout == PIPE, stderr == PIPE)
        self._files = [_UNSET if p else None for p in piped]
        self._bufsize = bufsize

    def _stream(self, which):
        f = self._files[which]
        if f is _UNSET:
            fd = _subprocess.take_pipe(self._handle, which)
            mode = "wb" if which == 0 else "rb"
            if fd is None:
                f = None
            elif self.text_mode:
                f = open(fd, mode[0], encoding=self.encoding, errors=self.errors)
            else:
                f = open(fd, mode)
            self._files[which] = f
        return f

    def _set_stream(self, which, value):
        self._files[which] = value

    stdin = property(lambda self: self._stream(0), lambda self, v: self._set_stream(0, v))
    stdout = property(lambda self: self._stream(1), lambda self, v: self._set_stream(1, v))
    stderr = property(lambda self: self._stream(2), lambda self, v: self._set_stream(2, v))

    def _communicate_files(self, input, timeout):
        # Some stream is a file object already: finish through the files.
        files = [self._stream(i) for i in range(3)]
        if files[0] is not None and not files[0].closed:
            if input:
                try:
                    files[0].write(input.decode(self.encoding, self.errors) if self.text_mode else input)
                except BrokenPipeError:
                    pass
            try:
                files[0].close()
            except BrokenPipeError:
                pass
        # Read one after the other: a helper thread would not share results
        # in process mode. A child writing more than a pipe's buffer to
        # stderr before closing stdout would block here (CPython reads both
        # at once); the plain communicate() path has no such limit.
        results = [None, None]
        for slot, f in ((0, files[1]), (1, files[2])):
            if f is not None:
                results[slot] = f.read()
                f.close()
        r = _subprocess.communicate(self._handle, None, timeout)
        if r is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = r[0]
        return results[0], results[1]

    def _decode(self, b):
        if b is None or not self.text_mode:
            return b
        return b.decode(self.encoding, self.errors).replace("\r\n", "\n")

    def communicate(self, input=None, timeout=None):
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(self.encoding, self.errors)
        if any(f is not _UNSET and f is not None for f in self._files):
            return self._communicate_files(input, timeout)
        r = _subprocess.communicate(self._handle, input, timeout)
        if r is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode, out, err = r
        # As CPython, the pipes communicate() read are closed files now.
        for i in range(3):
            if self._files[i] is _UNSET:
                f = open(os.devnull, "r" if self.text_mode else "rb")
                f.close()
                self._files[i] = f
        return self._decode(out), self._decode(err)

    def wait(self, timeout=None):
        if self.returncode is None:
            # As CPython, wait() leaves the pipes unread: what the child
            # wrote stays for p.stdout.read() after the wait.
            for i in (1, 2):
                self._stream(i)
            r = _subprocess.communicate(self._handle, None, timeout)
            if r is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = r[0]
        return self.returncode

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self._handle)
        return self.returncode

    def send_signal(self, sig):
        _subprocess.kill(self._handle, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for i in range(3):
            f = self._files[i]
            if f is not _UNSET and f is not None:
                f.close()
        self.wait()

    def __repr__(self):
        return "<Popen: returncode: %s args: %r>" % (self.returncode, self.args)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.communicate()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except TimeoutExpired:
            p.kill()
            p.wait()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data
