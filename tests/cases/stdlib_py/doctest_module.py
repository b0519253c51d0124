# doctest: examples in module __test__ strings run in the module's globals;
# passing examples print nothing, failures are reported as CPython reports
# them; expression values, printed output, exceptions, ELLIPSIS and
# NORMALIZE_WHITESPACE, and the TestResults counts.
import doctest


def square(x):
    return x * x


__test__ = {
    "passing": """
>>> square(3)
9
>>> for i in range(3):
...     print(i, end=" ")
0 1 2
>>> int("x")
Traceback (most recent call last):
  ...
ValueError: invalid literal for int() with base 10: 'x'
>>> list(range(20))  # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
a b
>>> x = 5
>>> x + 1
6
>>> print("")
<BLANKLINE>
""",
    "failing": """
>>> square(2)
5
>>> None
>>> print("extra")
""",
}

import contextlib
import io

report = io.StringIO()
with contextlib.redirect_stdout(report):
    results = doctest.testmod()
print(report.getvalue().replace(__file__, "FILE"), results)
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> 1 + 1\n2\n>>> print('a')\n... \na\n")
print([(e.source, e.want, e.lineno) for e in examples])
runner = doctest.DocTestRunner(verbose=False)
test = parser.get_doctest(">>> 2 * 21\n42\n", {}, "inline", "inline.txt", 0)
print(runner.run(test), runner.summarize(verbose=False))
