"""Spans found by position: the same answers as a scan of every span, for any order of input."""

from __future__ import annotations

import random

from geomap.spans import SpanIndex


def test_span_index_agrees_with_a_full_scan():
    rng = random.Random(7)
    spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 2000) for _ in range(300))]
    index = SpanIndex(spans, lambda span: span)
    for _ in range(500):
        lo = rng.randint(0, 2000)
        hi = lo + rng.randint(0, 200)
        assert index.between(lo, hi) == sorted([x for x in spans if lo <= x[0] < hi], key=lambda x: x[0])
        assert index.overlaps(lo, hi + 1) == any(s < hi + 1 and lo < e for s, e in spans)
        longer = [x for x in sorted(spans, key=lambda x: x[0]) if x[1] <= lo and x[1] - x[0] > 10]
        assert index.last_before(lo, lambda x: x[1] - x[0] > 10) == (longer[-1] if longer else None)
