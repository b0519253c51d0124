# doctest: run the interactive examples written in docstrings and check
# that they print what the docstring says.
#
# An example is a `>>> ` line (with `... ` continuation lines) followed by
# its expected output, up to a blank line or the next example. Each example
# is compiled in "single" mode (so a bare expression shows its value) and
# run in a copy of the module's globals with sys.stdout captured; the text
# it printed, or the last line of the exception it raised, is compared with
# the expectation.

import sys
import io
import traceback

__all__ = ["testmod", "run_docstring_examples", "TestResults", "Example", "DocTest", "DocTestParser",
           "DocTestFinder", "DocTestRunner", "ELLIPSIS", "NORMALIZE_WHITESPACE", "DONT_ACCEPT_TRUE_FOR_1",
           "DONT_ACCEPT_BLANKLINE", "IGNORE_EXCEPTION_DETAIL", "SKIP", "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE",
           "FAIL_FAST", "BLANKLINE_MARKER"]

DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
REPORT_UDIFF = 64
REPORT_CDIFF = 128
REPORT_NDIFF = 256
REPORT_ONLY_FIRST_FAILURE = 512
FAIL_FAST = 1024
_FLAG_NAMES = {"DONT_ACCEPT_TRUE_FOR_1": 1, "DONT_ACCEPT_BLANKLINE": 2, "NORMALIZE_WHITESPACE": 4, "ELLIPSIS": 8,
               "SKIP": 16, "IGNORE_EXCEPTION_DETAIL": 32, "REPORT_UDIFF": 64, "REPORT_CDIFF": 128,
               "REPORT_NDIFF": 256, "REPORT_ONLY_FIRST_FAILURE": 512, "FAIL_FAST": 1024}
BLANKLINE_MARKER = "<BLANKLINE>"
_RULE = "*" * 70


class TestResults(tuple):
    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def __repr__(self):
        return "TestResults(failed=%d, attempted=%d)" % self


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = source if source.endswith("\n") else source + "\n"
        self.want = want if not want or want.endswith("\n") else want + "\n"
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = options or {}


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.globs = globs
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.docstring = docstring

    def __repr__(self):
        return "<DocTest %s from %s:%s (%d examples)>" % (self.name, self.filename, self.lineno,
                                                         len(self.examples))


def _indent_of(line):
    return len(line) - len(line.lstrip(" "))


class DocTestParser:
    def get_examples(self, text, name="<string>"):
        lines = text.expandtabs().split("\n")
        examples = []
        i = 0
        while i < len(lines):
            stripped = lines[i].lstrip(" ")
            if not (stripped.startswith(">>> ") or stripped.rstrip() == ">>>"):
                i += 1
                continue
            indent = _indent_of(lines[i])
            start = i
            source = [stripped[4:]]
            i += 1
            while i < len(lines) and lines[i][indent:indent + 3] == "..." and \
                    (lines[i][indent + 3:indent + 4] in (" ", "")):
                source.append(lines[i][indent + 4:])
                i += 1
            want = []
            while i < len(lines) and lines[i].strip() and not lines[i].lstrip(" ").startswith(">>>"):
                want.append(lines[i][indent:] if _indent_of(lines[i]) >= indent else lines[i].lstrip(" "))
                i += 1
            want_text = "\n".join(want)
            joined = "\n".join(source)
            if not joined.strip() or (joined.lstrip(" ").startswith("#") and "\n" not in joined):
                # CPython drops prompts holding nothing but blanks or a comment.
                continue
            exc_msg = None
            if want and (want[0].startswith("Traceback (most recent call last):") or
                         want[0].startswith("Traceback (innermost last):")):
                exc_msg = "\n".join(line for line in want[1:] if line and not line.startswith(" ")) + "\n"
            examples.append(Example("\n".join(source), want_text, exc_msg, start, indent,
                                    self._options(source[0], name, start)))
        return examples

    def _options(self, first_line, name, lineno):
        options = {}
        marker = first_line.find("# doctest:")
        if marker < 0:
            return options
        for word in first_line[marker + len("# doctest:"):].replace(",", " ").split():
            if word[0] not in "+-" or word[1:] not in _FLAG_NAMES:
                raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                 % (lineno + 1, name, word))
            options[_FLAG_NAMES[word[1:]]] = word[0] == "+"
        return options

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
        if module is None:
            module = sys.modules.get(getattr(obj, "__module__", None) or name)
        globs = dict(module.__dict__ if globs is None and module is not None else (globs or {}))
        if extraglobs:
            globs.update(extraglobs)
        filename = getattr(module, "__file__", None) if module is not None else None
        self._source_lines = _read_lines(filename)
        tests = []
        self._find(tests, obj, name, module, globs, filename, set())
        tests.sort(key=lambda t: t.name)
        return tests

    def _find_lineno(self, obj):
        # CPython's rule: a module's docstring is at line 0, a class's after
        # its `class` line, a function's after its first line; the docstring
        # is the first line from there that begins with a quote mark.
        lines = getattr(self, "_source_lines", None)
        lineno = None
        if isinstance(obj, type(sys)) and getattr(obj, "__doc__", None) is not None:
            lineno = 0
        if isinstance(obj, type):
            if lines is None:
                return None
            import re
            pat = re.compile(r"^\s*class\s*%s\b" % getattr(obj, "__name__", "-"))
            for i, line in enumerate(lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        func = getattr(obj, "__func__", obj)
        code = getattr(func, "__code__", None)
        if code is not None and getattr(func, "__doc__", None):
            lineno = code.co_firstlineno - 1
        if lineno is not None:
            if lines is None:
                return lineno + 1
            import re
            pat = re.compile(r"(^|.*:)\s*\w*(\"|')")
            for lineno in range(lineno, len(lines)):
                if pat.match(lines[lineno]):
                    return lineno
        return None

    def _belongs(self, module, obj):
        if module is None:
            return True
        owner = getattr(obj, "__module__", None)
        return owner is None or owner == module.__name__

    def _find(self, tests, obj, name, module, globs, filename, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        doc = getattr(obj, "__doc__", None)
        if doc is None:
            doc = ""
        elif not isinstance(doc, str):
            doc = str(doc)
        # As CPython: an object without a docstring is an empty test, left
        # out only with exclude_empty (testmod keeps it and reports it).
        if doc or not self._exclude_empty:
            lineno = self._find_lineno(obj)
            tests.append(self._parser.get_doctest(doc, globs, name, filename, lineno))
        if not self._recurse:
            return
        members = []
        if isinstance(obj, type(sys)):
            members = [(key, value) for key, value in vars(obj).items()
                       if (callable(value) or isinstance(value, type)) and self._belongs(module, value)]
            test_dict = vars(obj).get("__test__", {})
            for key, value in test_dict.items():
                if isinstance(value, str):
                    test = self._parser.get_doctest(value, globs, "%s.__test__.%s" % (name, key), filename, None)
                    tests.append(test)
        elif isinstance(obj, type):
            for key, value in vars(obj).items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if callable(value) or isinstance(value, (type, property)):
                    if isinstance(value, property):
                        value = value.fget
                    if value is not None and self._belongs(module, value):
                        members.append((key, value))
        for key, value in members:
            self._find(tests, value, "%s.%s" % (name, key), module, globs, filename, seen)


def _read_lines(filename):
    if not filename or filename[0] + filename[-1] == "<>":
        return None
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().splitlines(True)
    except (OSError, UnicodeDecodeError):
        return None


class _Capture(io.StringIO):
    pass


def _normalize(text):
    return " ".join(text.split())


def _ellipsis_match(want, got):
    pieces = want.split("...")
    if len(pieces) == 1:
        return want == got
    if not got.startswith(pieces[0]):
        return False
    position = len(pieces[0])
    for piece in pieces[1:-1]:
        found = got.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return got.endswith(pieces[-1]) and len(got) - len(pieces[-1]) >= position


class OutputChecker:
    def check_output(self, want, got, flags):
        if got == want:
            return True
        if not flags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not flags & DONT_ACCEPT_BLANKLINE:
            want = "\n".join("" if line == BLANKLINE_MARKER else line for line in want.split("\n"))
            got = "\n".join("" if not line.strip() else line for line in got.split("\n"))
            if got == want:
                return True
        if flags & NORMALIZE_WHITESPACE:
            got, want = _normalize(got), _normalize(want)
            if got == want:
                return True
        if flags & ELLIPSIS:
            return _ellipsis_match(want, got)
        return False


def _indent(text, spaces=4):
    return "".join(" " * spaces + line + "\n" for line in text.splitlines())


class DocTestRunner:
    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ("-v" in sys.argv) if verbose is None else verbose
        self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._outcomes = {}

    def _out(self, text):
        sys.stdout.write(text)

    def _header(self, test, example):
        if not test.filename:
            return "%s\nLine %s, in %s\n" % (_RULE, example.lineno + 1, test.name)
        if test.lineno is None or example.lineno is None:
            where = "?"
        else:
            where = test.lineno + example.lineno + 1
        return '%s\nFile "%s", line %s, in %s\n' % (_RULE, test.filename, where, test.name)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        failures = tries = 0
        flags_before = self.optionflags
        for number, example in enumerate(test.examples):
            flags = self.optionflags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            if flags & SKIP:
                continue
            tries += 1
            if self._verbose:
                self._out("Trying:\n" + _indent(example.source.rstrip("\n")) +
                          ("Expecting:\n" + _indent(example.want.rstrip("\n")) if example.want
                           else "Expecting nothing\n"))
            captured = _Capture()
            saved = sys.stdout
            sys.stdout = captured
            exception = None
            try:
                code = compile(example.source, "<doctest %s[%d]>" % (test.name, number), "single")
                exec(code, test.globs)
            except KeyboardInterrupt:
                sys.stdout = saved
                raise
            except BaseException as e:
                exception = e
            finally:
                sys.stdout = saved
            got = captured.getvalue()
            if exception is None:
                ok = self._checker.check_output(example.want, got, flags)
            else:
                got_exc = "".join(traceback.format_exception_only(type(exception), exception))
                if example.exc_msg is None:
                    ok = False
                else:
                    ok = self._checker.check_output(example.exc_msg, got_exc, flags)
                    if not ok and flags & IGNORE_EXCEPTION_DETAIL:
                        ok = example.exc_msg.split(":")[0].rsplit(".", 1)[-1] == \
                            got_exc.split(":")[0].rsplit(".", 1)[-1]
            if ok:
                if self._verbose:
                    self._out("ok\n")
                continue
            failures += 1
            self._out(self._header(test, example))
            self._out("Failed example:\n" + _indent(example.source.rstrip("\n")))
            if exception is not None and example.exc_msg is None:
                self._out("Exception raised:\n" +
                          _indent("".join(traceback.format_exception(type(exception), exception, None))))
            else:
                shown_want = example.want if exception is None else example.want
                if shown_want:
                    self._out("Expected:\n" + _indent(shown_want.rstrip("\n")))
                else:
                    self._out("Expected nothing\n")
                shown_got = got if exception is None else "".join(
                    traceback.format_exception(type(exception), exception, None))
                if shown_got:
                    self._out("Got:\n" + _indent(shown_got.rstrip("\n")))
                else:
                    self._out("Got nothing\n")
            if flags & FAIL_FAST:
                break
        self.optionflags = flags_before
        previous = self._outcomes.get(test.name, (0, 0))
        self._outcomes[test.name] = (previous[0] + failures, previous[1] + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        verbose = self._verbose if verbose is None else verbose
        passed = [(name, t) for name, (f, t) in sorted(self._outcomes.items()) if f == 0 and t > 0]
        empty = [name for name, (f, t) in sorted(self._outcomes.items()) if t == 0]
        failed = [(name, f, t) for name, (f, t) in sorted(self._outcomes.items()) if f]
        if verbose:
            if empty:
                print("%d items had no tests:" % len(empty))
                for name in empty:
                    print("    " + name)
            if passed:
                print("%d items passed all tests:" % len(passed))
                for name, tries in passed:
                    print(" %3d tests in %s" % (tries, name))
        if failed:
            print(_RULE)
            print("%d items had failures:" % len(failed))
            for name, failures, tries in failed:
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            print("%d tests in %d items." % (self.tries, len(self._outcomes)))
            print("%d passed and %d failed." % (self.tries - self.failures, self.failures))
        if self.failures:
            print("***Test Failed*** %d failures." % self.failures)
        elif verbose:
            print("Test passed.")
        return TestResults(self.failures, self.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, type(sys)):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, module=m, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test)
