"""Spans in text order, found by position in logarithmic time, so long articles cost time in step with their
length (a sentence's places and dates, a name inside a place), not with its square."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with a start and an end offset, sorted by start."""

    def __init__(self, items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> None:
        pairs = sorted(((span(item), n, item) for n, item in enumerate(items)), key=lambda p: (p[0][0], p[1]))
        self.items = [item for _, _, item in pairs]
        self.starts = [s for (s, _), _, _ in pairs]
        self.ends = [e for (_, e), _, _ in pairs]
        self.longest = max((e - s for s, e in zip(self.starts, self.ends)), default=0)

    def between(self, lo: int, hi: int) -> list[T]:
        """The items that start in [lo, hi), in text order."""
        return self.items[bisect_left(self.starts, lo): bisect_left(self.starts, hi)]

    def last_before(self, end: int, test: Callable[[T], bool]) -> T | None:
        """The last item that ends by `end` and passes `test`."""
        for k in range(bisect_left(self.starts, end) - 1, -1, -1):
            if self.ends[k] <= end and test(self.items[k]):
                return self.items[k]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an item overlaps [start, end)."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and self.starts[k] >= start - self.longest:
            if self.ends[k] > start:
                return True
            k -= 1
        return False
