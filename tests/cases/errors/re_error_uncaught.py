# An uncaught re.error is shown with its module's name, like any exception class defined in a module.
# expect-error: line 4: re.error: no pattern here at position 2
import re
raise re.error("no pattern here", "abc", 2)
