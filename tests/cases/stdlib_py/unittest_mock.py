# unittest.mock in a small test suite: patch as decorator/context manager/start-stop, patch.object,
# patch.dict, mock_open, side_effect, assertions and their failure messages, MagicMock protocols.
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel, ANY, mock_open, create_autospec

import sys
import os
import random

API_URL = "https://example.invalid/weather"


def fetch(city):
    raise RuntimeError("no network in tests")


def report(city):
    data = fetch(city)
    return "%s: %d degrees" % (city, data["temp"])


class Thermostat:
    def __init__(self, sensor):
        self.sensor = sensor

    def adjust(self):
        t = self.sensor.read()
        if t < 18:
            self.sensor.heat(on=True)
            return "heating"
        return "idle"

    def roll(self):
        return random.randint(1, 6)


def config_dir():
    return os.environ.get("APP_HOME", "/default")


def read_first_line(path):
    with open(path) as f:
        return f.readline().strip()

weather = sys.modules[__name__]


class WeatherTests(unittest.TestCase):
    @patch("__main__.fetch")
    def test_report(self, fetch):
        fetch.return_value = {"temp": 21}
        self.assertEqual(weather.report("Oslo"), "Oslo: 21 degrees")
        fetch.assert_called_once_with("Oslo")

    @patch("__main__.random.randint", return_value=4)
    @patch("__main__.fetch", side_effect=KeyError("temp"))
    def test_stacked(self, fetch, randint):
        with self.assertRaises(KeyError):
            weather.report("Rome")
        self.assertEqual(weather.Thermostat(None).roll(), 4)
        randint.assert_called_with(1, 6)

    def test_thermostat(self):
        sensor = Mock()
        sensor.read.side_effect = [15, 25]
        t = weather.Thermostat(sensor)
        self.assertEqual([t.adjust(), t.adjust()], ["heating", "idle"])
        self.assertEqual(sensor.mock_calls, [call.read(), call.heat(on=True), call.read()])
        sensor.heat.assert_called_once_with(on=True)

    def test_env(self):
        with patch.dict("os.environ", {"APP_HOME": "/srv/app"}):
            self.assertEqual(weather.config_dir(), "/srv/app")
        with patch.dict("os.environ", clear=True):
            self.assertEqual(weather.config_dir(), "/default")

    def test_open(self):
        with patch("builtins.open", mock_open(read_data="first\nsecond\n")) as m:
            self.assertEqual(weather.read_first_line("x.txt"), "first")
        m.assert_called_once_with("x.txt")

    def test_patch_object_and_start_stop(self):
        patcher = patch.object(weather, "API_URL", "http://local")
        patcher.start()
        self.assertEqual(weather.API_URL, "http://local")
        patcher.stop()
        self.assertEqual(weather.API_URL, "https://example.invalid/weather")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(WeatherTests)
result = unittest.TestResult()
suite.run(result)
print("tests run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
for test, trace in result.failures + result.errors:
    print(test, trace.splitlines()[-1])


def failure(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except AssertionError as e:
        return str(e)
    return "no failure"


m = Mock(name="api")
m.get(1, key="a")
m(2)
print(failure(m.assert_called_with, 3))
print(failure(m.get.assert_called_once_with, 1))
print(failure(m.get.assert_called_once_with, 1, key="a"))
print(failure(m.assert_not_called))
print(failure(m.post.assert_called))
print(failure(m.assert_any_call, 5))
print(failure(m.assert_has_calls, [call(2), call.get(1, key="a")]))
print(failure(m.assert_has_calls, [call(2), call(9)], any_order=True))
m.assert_has_calls([call.get(1, key="a"), call(2)])
print(m.mock_calls, m.method_calls, m.call_args, m.call_args.args, m.get.call_args.kwargs)
print(m.call_args == call(2), m.call_args == ((2,), {}), call(1, ANY) == call(1, "x"))
try:
    m.assret_called_once()
except AttributeError as e:
    print(e)

mm = MagicMock()
mm.__len__.return_value = 3
mm.__iter__.return_value = ["a", "b"]
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), list(mm), list(mm), mm[4], "x" in mm, bool(mm), int(mm), float(mm))
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__getitem__.call_args_list, mm.__enter__.call_count, mm.__exit__.call_args)
print(mm == mm, mm != mm, mm == MagicMock())

s = Mock(side_effect=[1, ValueError("two"), 3])
print(s(), end=" ")
try:
    s()
except ValueError as e:
    print("raised", e, end=" ")
print(s())
print(sentinel.token, sentinel.token is sentinel.token)

c = Mock(**{"connect.return_value.cursor.return_value.fetchall.return_value": [(1,)]})
print(c.connect().cursor().fetchall())
print(c.mock_calls)
c.reset_mock()
print(c.mock_calls, c.connect.called)


def add(a, b=2):
    return a + b


auto = create_autospec(add, return_value=10)
print(auto(1), auto(1, b=3))
try:
    auto(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
spec = Mock(spec=weather.Thermostat)
print(isinstance(spec, weather.Thermostat), hasattr(spec, "adjust"), hasattr(spec, "nope"))
try:
    patch("nodots")
except TypeError as e:
    print(e)
