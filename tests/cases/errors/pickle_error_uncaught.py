# An uncaught pickle error is shown as CPython's C module names it: _pickle.UnpicklingError.
# expect-error: line 4: _pickle.UnpicklingError: pickle data was truncated
import pickle
raise pickle.UnpicklingError("pickle data was truncated")
