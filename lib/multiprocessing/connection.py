# multiprocessing.Pipe: two Connection objects joined by two kernel queues
# (one per direction) whose items are deep-copied messages.
#
# As with a real pipe, the reader sees end-of-file (EOFError, after
# everything sent before) only when *every* process holding the other end
# has closed it: each end counts its holders in a kernel semaphore. A
# Process started with a Connection among its arguments holds one more
# reference, dropped when that process ends; the last close() sends the
# end-of-file marker.

import _minipy_thread as _t
import _minipy_mp as _mp

_DATA = 0
_EOF = 1


class Connection:
    def __init__(self, incoming, outgoing, readable=True, writable=True):
        self._in = incoming
        self._out = outgoing
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._holders = _mp.sem_new(1, False)

    def _add_holder(self):
        if not self._closed:
            _mp.sem_release(self._holders, 1)

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _t.queue_put(self._out, (_DATA, obj), True, None)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        if size is None:
            size = len(data) - offset
        if offset < 0 or offset > len(data):
            raise ValueError("offset out of bounds")
        if size < 0 or offset + size > len(data):
            raise ValueError("size out of bounds")
        _t.queue_put(self._out, (_DATA, data[offset:offset + size]), True, None)

    def _take(self):
        kind, obj = _t.queue_get(self._in, True, None)
        if kind == _EOF:
            # Leave the marker for the next reader too.
            _t.queue_put(self._in, (_EOF, None), True, None)
            raise EOFError()
        return obj

    def recv(self):
        self._check_closed()
        self._check_readable()
        return self._take()

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        data = self._take()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        if _t.queue_qsize(self._in) > 0:
            return True
        if timeout is not None and timeout <= 0:
            return False
        try:
            item = _t.queue_get(self._in, True, timeout)
        except _t.Empty:
            return False
        # Put it back at the front: drain the rest behind it, then restore.
        rest = [item]
        while _t.queue_qsize(self._in) > 0:
            rest.append(_t.queue_get(self._in, False, None))
        for x in rest:
            _t.queue_put(self._in, x, True, None)
        return True

    def close(self):
        if not self._closed:
            self._closed = True
            _mp.sem_acquire(self._holders, False, None)
            if self._writable and _mp.sem_value(self._holders) == 0:
                _t.queue_put(self._out, (_EOF, None), True, None)

    def fileno(self):
        self._check_closed()
        raise OSError("minipy connections have no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()

    def __repr__(self):
        return "<multiprocessing.connection.Connection object>"


def Pipe(duplex=True):
    a_to_b = _t.queue_new(0, True)
    b_to_a = _t.queue_new(0, True)
    if duplex:
        return Connection(b_to_a, a_to_b), Connection(a_to_b, b_to_a)
    # (reader, writer)
    return Connection(a_to_b, b_to_a, True, False), Connection(b_to_a, a_to_b, False, True)
