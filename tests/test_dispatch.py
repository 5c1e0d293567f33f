"""The first-letter dispatch of large word alternations: the same matches as the plain regular expression."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from geomap.dispatch import WordAlternation, first_keys, split_alternatives
from geomap.event_types import _TRIGGERS

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


@pytest.mark.parametrize(("pattern", "parts"), [
    ("a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
    (r"a\|b|[|]c|[]|]d|[^]|]e", [r"a\|b", "[|]c", "[]|]d", "[^]|]e"]),
    ("(a|b)", ["(a|b)"]),
])
def test_split_alternatives(pattern: str, parts: list[str]) -> None:
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize(("pattern", "flags", "keys"), [
    ("said|Says", 0, frozenset("s")),
    (r"(?<!the )(?:air|drone)? ?strikes?", re.I, frozenset("ads")),  # (a space is no key)
    (r"(?:the|\w+) war", re.I, None),
    (r"(?:air|drone) strikes?", re.I, frozenset("ad")),
    (r"(?-i:[Vv]oters)|\d+-day", re.I, None),
    (r"(?:[A-C]x)+|_", 0, frozenset("abc_")),
    ("(?:the )?war", re.I, frozenset("tw")),
    ("\u212a", re.I, None),  # the Kelvin sign matches "k" when case is ignored
    ("é", 0, frozenset()),
])
def test_first_keys(pattern: str, flags: int, keys: frozenset[str] | None) -> None:
    assert first_keys(pattern, flags) == keys


def test_empty_match_refused() -> None:
    with pytest.raises(ValueError):
        first_keys("(?:a)?")


def _plain(named: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<{n}>(?:{p})\\b)" for n, p in named) + ")", re.I)


def _texts() -> list[str]:
    texts = ["Élysée talks, \u212aelvin met İstanbul's mayor; 3-day strike, _x said", "Zürich: ÅSA stormed"]
    for name in ("LGL", "TimeBank-TBAQ"):
        lines = (BENCH / f"{name}.jsonl").read_text(encoding="utf-8").split("\n")
        texts += [json.loads(line)["text"] for line in lines[:50] if line.strip()]
    return texts


@pytest.mark.parametrize("specialise_after", [0, 100, 10**9])  # at once, as the run goes, never
def test_triggers_match_as_one_regex(specialise_after: int) -> None:
    plain = _plain(list(_TRIGGERS))
    fast = WordAlternation(_TRIGGERS, r"\b", re.I, specialise_after=specialise_after)
    rnd = random.Random(7)
    for text in _texts():
        ranges = [(0, len(text))] + [sorted(rnd.sample(range(len(text) + 1), 2)) for _ in range(3)]
        for pos, end in ranges:
            want = [(m.span(), m.lastgroup) for m in plain.finditer(text, pos, end)]
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text, pos, end)] == want


@pytest.mark.parametrize("specialise_after", [0, 10**9])
def test_other_first_characters(specialise_after: int) -> None:
    named = [("a", r"\u212aelvin|kilo"), ("b", r"é\w+|\w+ón")]
    plain, fast = _plain(named), WordAlternation(named, r"\b", re.I, specialise_after=specialise_after)
    text = "\u212aelvin kilo KILO élan Ébène camión Kelvin"
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)]
