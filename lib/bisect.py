"""Bisection algorithms for minipy: binary search in sorted sequences, and sorted insertion.

The functions are native (module `_bisect`), as in CPython."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
