"""unittest for minipy: TestCase with the assert methods, skips and
expected failures, suites, the loader, the text runner and main(), with
CPython 3.11's output layout. Frames inside this module are left out of
failure tracebacks, as CPython leaves out its own."""

import sys
import time
import traceback

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult", "TextTestResult", "main",
           "skip", "skipIf", "skipUnless", "expectedFailure", "SkipTest", "defaultTestLoader", "makeSuite",
           "FunctionTestCase", "IsolatedAsyncioTestCase"]

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ShouldStop(Exception):
    pass


class _Outcome:
    def __init__(self):
        self.success = True
        self.expected_failure = None
        self.unexpected_success = False


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item

    if isinstance(reason, type(skip)):
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, callable_name=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.callable_name = callable_name
        self.msg = None
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            if self.callable_name:
                self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised by %s" % (name, self.callable_name)))
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            import re

            pattern = self.expected_regex
            if isinstance(pattern, str):
                pattern = re.compile(pattern)
            if not pattern.search(str(exc_value)):
                self.test_case.fail(
                    self.test_case._formatMessage(self.msg, '"%s" does not match "%s"' % (pattern.pattern, str(exc_value)))
                )
        return True


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return False
        result = self.case._current_result
        if result is None:
            return False
        sub = _SubTest(self.case, self.msg, self.params)
        if issubclass(exc_type, self.case.failureException):
            result.addFailure(sub, exc)
        else:
            result.addError(sub, exc)
        self.case._outcome.success = False
        return True


class TestCase:
    """A test: the methods named test* of a subclass, each run with setUp
    before and tearDown after."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._current_result = None
        self._outcome = None
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            self._testMethodDoc = None

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return "%s.%s.%s" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, self.__class__.__module__, self.__class__.__qualname__,
                                  self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __eq__(self, other):
        return type(self) is type(other) and self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
            outcome = _Outcome()
            self._outcome = outcome
            self._current_result = result
            if self._run_part(result, self.setUp, outcome, expecting_failure):
                self._run_part(result, method, outcome, expecting_failure)
                self._run_part(result, self.tearDown, outcome, expecting_failure)
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                self._run_part(result, lambda: function(*args, **kwargs), outcome, expecting_failure)
            if outcome.success:
                if expecting_failure:
                    if outcome.expected_failure is not None:
                        result.addExpectedFailure(self, outcome.expected_failure)
                    else:
                        result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            self._current_result = None
            result.stopTest(self)

    def _run_part(self, result, part, outcome, expecting_failure):
        try:
            part()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            result.addSkip(self, str(e))
            return False
        except self.failureException as e:
            if expecting_failure:
                outcome.expected_failure = e
                return False
            outcome.success = False
            result.addFailure(self, e)
            return False
        except BaseException as e:
            if expecting_failure:
                outcome.expected_failure = e
                return False
            outcome.success = False
            result.addError(self, e)
            return False
        return True

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # -- assertions --------------------------------------------------------

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, _equality_message(first, second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (safe_repr(first), safe_repr(second),
                                                                      safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (safe_repr(first), safe_repr(second), places,
                                                                       safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (safe_repr(first), safe_repr(second),
                                                                      safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        unexpected = []
        for item in first:
            if item in missing:
                missing.remove(item)
            else:
                unexpected.append(item)
        if missing or unexpected:
            lines = []
            for item in unexpected:
                lines.append("First has %d, Second has %d:  %s" % (first.count(item), second.count(item), safe_repr(item)))
            for item in missing:
                if item not in unexpected:
                    lines.append("First has %d, Second has %d:  %s" % (first.count(item), second.count(item), safe_repr(item)))
            self.fail(self._formatMessage(msg, "Element counts were not equal:\n" + "\n".join(lines)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _raises(_AssertRaisesContext(expected_exception, self), args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _raises(_AssertRaisesContext(expected_exception, self, expected_regex), args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        import re

        pattern = re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        if not pattern.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (pattern.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re

        pattern = re.compile(unexpected_regex) if isinstance(unexpected_regex, str) else unexpected_regex
        match = pattern.search(text)
        if match:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[match.start():match.end()], pattern.pattern, text)))

    # The old names.
    failUnless = assert_ = assertTrue
    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = assertNotEqual


def _raises(context, args, kwargs):
    """assertRaises(Exc) as a context manager, or assertRaises(Exc, f, *args)."""
    if not args:
        context.msg = kwargs.pop("msg", None)
        return context
    callable_obj, *args = args
    context.callable_name = getattr(callable_obj, "__name__", str(callable_obj))
    with context:
        callable_obj(*args, **kwargs)


def _equality_message(first, second):
    kinds = ((list, "Lists"), (tuple, "Tuples"), (dict, "Dicts"), (set, "Sets"), (str, "Strings"))
    standard = "%s != %s" % (safe_repr(first, True), safe_repr(second, True))
    for kind, label in kinds:
        if type(first) is kind and type(second) is kind and kind in (list, tuple):
            text = "%s differ: %s" % (label, standard)
            for i in range(min(len(first), len(second))):
                if first[i] != second[i]:
                    return text + "\n\nFirst differing element %d:\n%s\n%s\n" % (i, safe_repr(first[i]), safe_repr(second[i]))
            if len(first) > len(second):
                return text + "\n\nFirst %s contains %d additional elements.\nFirst extra element %d:\n%s\n" % (
                    kind.__name__, len(first) - len(second), len(second), safe_repr(first[len(second)]))
            if len(second) > len(first):
                return text + "\n\nSecond %s contains %d additional elements.\nFirst extra element %d:\n%s\n" % (
                    kind.__name__, len(second) - len(first), len(first), safe_repr(second[len(first)]))
            return text
    return standard


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description
        super().__init__("runTest")

    def runTest(self):
        self._testFunc()

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (self.__class__.__name__, self._testFunc.__name__)


class IsolatedAsyncioTestCase(TestCase):
    """Test methods may be coroutines; each runs in its own event loop."""

    def _run_part(self, result, part, outcome, expecting_failure):
        def call():
            value = part()
            if hasattr(value, "__await__"):
                import asyncio

                asyncio.run(_as_coroutine(value))

        return super()._run_part(result, call, outcome, expecting_failure)


async def _as_coroutine(awaitable):
    return await awaitable


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s.%s tests=%s>" % (self.__class__.__module__, self.__class__.__qualname__, list(self))

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        set_up = set()
        for test in _flatten(self):
            if result.shouldStop:
                break
            cls = test.__class__
            if isinstance(test, TestCase) and cls not in set_up and not isinstance(test, _SubTest):
                set_up.add(cls)
                if getattr(cls, "__unittest_skip__", False):
                    pass
                else:
                    try:
                        cls.setUpClass()
                    except Exception as e:
                        result.addError(_ErrorHolder("setUpClass (%s.%s)" % (cls.__module__, cls.__qualname__)), e)
                        set_up.add(("failed", cls))
            if ("failed", cls) in set_up:
                continue
            test(result)
        for cls in set_up:
            if isinstance(cls, tuple) or getattr(cls, "__unittest_skip__", False):
                continue
            try:
                cls.tearDownClass()
            except Exception as e:
                result.addError(_ErrorHolder("tearDownClass (%s.%s)" % (cls.__module__, cls.__qualname__)), e)
        return result


def _flatten(suite):
    for test in suite:
        if isinstance(test, TestSuite):
            yield from _flatten(test)
        else:
            yield test


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def shortDescription(self):
        return None


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        names = []
        for klass in testCaseClass.__mro__:
            for name in klass.__dict__:
                if name.startswith(self.testMethodPrefix) and name not in names and callable(getattr(testCaseClass, name)):
                    names.append(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase,
                                                                                   IsolatedAsyncioTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        obj = module if module is not None else __import__(parts.pop(0))
        for part in parts:
            obj = getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj) and hasattr(obj, "__self__") and isinstance(obj.__self__, TestCase):
            return self.suiteClass([type(obj.__self__)(obj.__name__)])
        return self.loadTestsFromModule(obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.loadTestsFromTestCase(testCaseClass)


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.getTestCaseNames(testCaseClass)


def _in_unittest(frame):
    return frame.filename.replace("\\", "/").endswith("unittest/__init__.py")


def _exception_line(exc):
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("__main__", "builtins"):
        name = cls.__module__ + "." + name
    text = str(exc)
    return "%s: %s\n" % (name, text) if text else name + "\n"


def _format_error(exc):
    frames = [f for f in traceback.extract_tb(exc) if not _in_unittest(f)]
    text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
    return text + _exception_line(exc)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err):
        self.errors.append((test, _format_error(_exception(err))))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, _format_error(_exception(err))))
        if self.failfast:
            self.stop()

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_error(_exception(err))))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(_exception(err), test.failureException):
                self.addFailure(subtest, err)
            else:
                self.addError(subtest, err)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                        self.testsRun, len(self.errors), len(self.failures))


def _exception(err):
    # CPython passes (type, value, tb); minipy passes the exception.
    if isinstance(err, tuple):
        return err[1]
    return err


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _report(self, test, long, short):
        if self.showAll:
            # A subtest's status goes on a line of its own, indented.
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or getattr(self, "_newline", True):
                if not getattr(self, "_newline", True):
                    self.stream.write("\n")
                if is_subtest:
                    self.stream.write("  ")
                self.stream.write(self.getDescription(test))
                self.stream.write(" ... ")
            self.stream.write(long + "\n")
            self._newline = True
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.write(result.separator2 + "\n")
        run = result.testsRun
        self.stream.write("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", taken))
        self.stream.write("\n")
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(" (%s)\n" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    """`unittest.main()`: load the tests of a module, run them, and exit
    with 0 when all passed, else 1."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        argv = list(sys.argv if argv is None else argv)
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        names = []
        for arg in argv[1:]:
            if arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif not arg.startswith("-"):
                names.append(arg)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, module)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        runner = testRunner
        if runner is None:
            runner = TextTestRunner(verbosity=self.verbosity, failfast=self.failfast)
        elif isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = runner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
