# open(): mode-string validation and binary-mode option errors, with CPython's messages.
for mode in ['rr', 'rw', 'q', 'tb', '+', 'b', 'rb+', 'xa', 'r+t', 'wbt']:
    try:
        open('/nonexistent-dir/x', mode)
    except Exception as e:
        print(mode, type(e).__name__, e)
for kw in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    try:
        open('/nonexistent-dir/x', 'rb', **kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
