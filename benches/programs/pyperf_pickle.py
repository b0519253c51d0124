# Benchmark: pyperformance's "pickle": pickle.dumps and pickle.loads of real-world-shaped data. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_pickle/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""Script for testing the performance of pickling/unpickling.

This will pickle/unpickle several real world-representative objects a few
thousand times. The methodology below was chosen for was chosen to be similar
to real-world scenarios which operate on single objects at a time. Note that if
we did something like

    pickle.dumps([dict(some_dict) for _ in range(10000)])

this isn't equivalent to dumping the dict 10000 times: pickle uses a
highly-efficient encoding for the n-1 following copies.
(Here the five benchmarks run in turn with a fixed loop count, at the
highest protocol.)
"""

import datetime
import pickle
import random
import sys

__author__ = "collinwinter@google.com (Collin Winter)"

SMALL = sys.argv[1:] == ["small"]
LOOPS = 3 if SMALL else 60

DICT = {
    'ads_flags': 0,
    'age': 18,
    'birthday': datetime.date(1980, 5, 7),
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_count': 9,
    'first_name': '',
    'flags': 412317970704,
    'friend_count': 0,
    'gender': 'm',
    'gender_for_display': 'Male',
    'id': 302935349,
    'is_custom_profile_icon': 0,
    'last_name': '',
    'locale_preference': 'pt_BR',
    'member': 0,
    'tags': ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    'profile_foo_id': 827119638,
    'secure_encrypted_id': 'Z_xxx2dYx3t4YAdnmfgyKw',
    'session_number': 2,
    'signup_id': '201-19225-223',
    'status': 'A',
    'theme': 1,
    'time_created': 1225237014,
    'time_updated': 1233134493,
    'unread_message_count': 0,
    'user_group': '0',
    'username': 'collinwinter',
    'play_count': 9,
    'view_count': 7,
    'zip': ''}

TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784,
     265853180, 45526486, 265463699, 265848143, 265863062,
     265392591, 265877490, 265823665, 265828884, 265753032], 60)


def mutate_dict(orig_dict, random_source):
    new_dict = dict(orig_dict)
    for key, value in new_dict.items():
        rand_val = random_source.random() * sys.maxsize
        if isinstance(key, (int, bytes, str)):
            new_dict[key] = type(key)(rand_val)
    return new_dict


random_source = random.Random(5)  # Fixed seed.
DICT_GROUP = [mutate_dict(DICT, random_source) for _ in range(3)]

LIST = [[list(range(10)), list(range(10))] for _ in range(10)]

MICRO_DICT = dict((key, dict.fromkeys(range(10))) for key in range(100))


def bench_pickle(loops, protocol):
    objs = (DICT, TUPLE, DICT_GROUP)
    for _ in range(loops):
        for obj in objs:
            for _ in range(20):
                data = pickle.dumps(obj, protocol)
    return data


def bench_unpickle(loops, protocol):
    objs = [pickle.dumps(obj, protocol) for obj in (DICT, TUPLE, DICT_GROUP)]
    for _ in range(loops):
        for data in objs:
            for _ in range(20):
                obj = pickle.loads(data)
    return obj


def bench_pickle_list(loops, protocol):
    for _ in range(loops * 10):
        data = pickle.dumps(LIST, protocol)
    return data


def bench_unpickle_list(loops, protocol):
    data = pickle.dumps(LIST, protocol)
    for _ in range(loops * 10):
        obj = pickle.loads(data)
    return obj


def bench_pickle_dict(loops, protocol):
    for _ in range(loops * 5):
        data = pickle.dumps(MICRO_DICT, protocol)
    return data


if __name__ == "__main__":
    protocol = pickle.HIGHEST_PROTOCOL
    print("pickle", len(bench_pickle(LOOPS, protocol)))
    print("unpickle", bench_unpickle(LOOPS, protocol) == DICT_GROUP)
    print("pickle_list", len(bench_pickle_list(LOOPS, protocol)))
    print("unpickle_list", bench_unpickle_list(LOOPS, protocol) == LIST)
    print("pickle_dict", len(bench_pickle_dict(LOOPS, protocol)))
