# hashlib wants bytes: a str must be encoded first.
# expect-error: line 5: TypeError: Strings must be encoded before hashing
import hashlib
print(hashlib.sha256(b"ok").hexdigest())
print(hashlib.sha256("not ok").hexdigest())
