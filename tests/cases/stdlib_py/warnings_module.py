# warnings: filters (ignore, error, always, default, once), catch_warnings
# with record=True, categories and their hierarchy. Shown warnings go to
# stderr; these checks print what was recorded or raised.
import warnings

print(issubclass(FutureWarning, Warning), issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print([c.__name__ for c in (UserWarning, SyntaxWarning, ResourceWarning, BytesWarning, UnicodeWarning, EncodingWarning)])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(FutureWarning("as an instance"))
    warnings.warn("first")
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("repeated")
    print(len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip")
    warnings.simplefilter("always", append=True)
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", category=DeprecationWarning)
    warnings.simplefilter("always", category=UserWarning)
    warnings.warn("old", DeprecationWarning)
    warnings.warn("new", UserWarning)
    print([w.category.__name__ for w in caught])

for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3).strip())
