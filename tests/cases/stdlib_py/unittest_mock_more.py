# unittest.mock, second part: class decorators, patch.multiple, PropertyMock, AsyncMock, seal, wraps, spec_set, reprs without ids.
import asyncio
import sys
import unittest
from unittest.mock import (AsyncMock, MagicMock, Mock, NonCallableMock, PropertyMock, call, patch, seal, DEFAULT)

SETTING = "real"
OTHER = 1


def helper():
    return "helper"


@patch("__main__.helper", return_value="patched")
class Decorated(unittest.TestCase):
    def test_one(self, helper_mock):
        self.assertEqual(helper(), "patched")

    def test_two(self, helper_mock):
        helper()
        helper()
        self.assertEqual(helper_mock.call_count, 2)

    def not_a_test(self):
        return helper()


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Decorated).run(result)
print(result.testsRun, result.wasSuccessful(), Decorated("test_one").not_a_test())


@patch.multiple("__main__", SETTING="fake", OTHER=DEFAULT)
def multi(OTHER):
    return SETTING, type(OTHER).__name__


print(multi(), SETTING, OTHER)


class Config:
    @property
    def level(self):
        return 1


with patch.object(Config, "level", new_callable=PropertyMock) as level:
    level.return_value = 5
    c = Config()
    print(c.level)
    c.level = 7
    print(level.mock_calls)
print(Config().level)


async def main():
    fetch = AsyncMock(return_value={"ok": True})
    print(await fetch("url"), fetch.await_count, fetch.call_args)
    fetch.assert_awaited_once_with("url")
    fetch.side_effect = [1, 2]
    print(await fetch(), await fetch())


asyncio.run(main())

real = [3, 1, 2]
wrapper = Mock(wraps=real)
print(wrapper.index(1), wrapper.index.call_args)
w2 = Mock(wraps=sorted)
print(w2([3, 1]), w2.call_count)

strict = Mock(spec_set=["a"])
strict.a = 1
try:
    strict.b = 2
except AttributeError as e:
    print(e)

sealed = Mock()
sealed.known.return_value = 1
seal(sealed)
print(sealed.known())
try:
    sealed.unknown
except AttributeError as e:
    print("AttributeError", e)

nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print(e)

m = MagicMock()
m.method.side_effect = ValueError
try:
    m.method()
except ValueError:
    print("ValueError from side_effect class")
m.method.side_effect = None
m.method.return_value = 3
print(m.method())
print(repr(call), repr(call.a), repr(call().b(1)), call(1).call_list())
print(call.x(1) == call.x(1), call.x(1) == call.y(1), call(1) == call(2))
d = {}
m.__setitem__.side_effect = d.__setitem__
m["k"] = "v"
print(d)
del m.method
try:
    m.method
except AttributeError as e:
    print("AttributeError", e)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
print(sys.modules["unittest.mock"].__name__)


def spec_function(a, b, c):
    pass


by_signature = Mock(spec=spec_function)
by_signature(1, 2, 3)
by_signature.assert_called_with(a=1, b=2, c=3)
try:
    by_signature.assert_called_with(1, 2, 4)
except AssertionError as e:
    print(repr(str(e)))

async_items = MagicMock()
async_items.__aiter__.return_value = [1, 2, 3]


async def collect():
    return [i async for i in async_items]


print(asyncio.run(collect()))


class AsyncResource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass


resource = MagicMock(AsyncResource())


async def use():
    async with resource as entered:
        return entered


entered = asyncio.run(use())
resource.__aenter__.assert_awaited_once()
resource.__aexit__.assert_awaited_once()
print(type(resource.__aenter__).__name__, entered is resource.__aenter__.return_value)
print(type(AsyncMock().method).__name__, type(AsyncMock().__str__).__name__)
