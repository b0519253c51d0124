# unittest: TestCase assertions and their failure messages, setUp/tearDown,
# setUpClass, skips, expected failures, subTest, the verbose and dotted
# runner layouts and the summary line (times and paths masked).
import io
import re
import unittest


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass once")

    def setUp(self):
        self.values = [1, 2, 3]

    def test_sum(self):
        """Adding up a list."""
        self.assertEqual(sum(self.values), 6)
        self.assertIn(2, self.values)
        self.assertIsInstance(self.values, list)
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_fails(self):
        self.assertEqual(sum(self.values), 7)

    def test_errors(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_messages(self):
        checks = [
            lambda: self.assertTrue(0),
            lambda: self.assertIsNone(5),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertNotIn(1, [1]),
            lambda: self.assertEqual(1, 2, "custom"),
            lambda: self.assertRaises(ValueError, int, "5"),
            lambda: self.assertRaisesRegex(ValueError, "xyz", int, "bad"),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print("AssertionError:", e)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)


def masked(text):
    text = re.sub(r"in \d+\.\d+s", "in T", text)
    return re.sub(r'File "[^"]*", line', 'File "F", line', text)


loader = unittest.TestLoader()
for verbosity in (1, 2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        loader.loadTestsFromTestCase(Arithmetic)
    )
    print(masked(stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(loader.getTestCaseNames(Arithmetic))
