"""Needles: the strings a regular expression's matches must contain; a text without them is not searched."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geomap.needles import FOLDS_TO_ASCII, Haystack, Needles
from geomap.temporal import RULES

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


@pytest.mark.parametrize(("pattern", "flags", "strings"), [
    (r"\bNew\s+Year's\s+Eve\b", 0, {("Year's", False)}),  # (the longest run)
    (r"\b(?:noon|midday)\b", re.I, {("noon", True), ("midday", True)}),
    (r"(?:last\s+)?week", re.I, {("week", True)}),
    (r"\d+:\d\d", 0, {(":", False)}),
    (r"(?-i:Q)[1-4]", re.I, {("Q", False)}),
    (r"(?:the\s+)?\d+|soon", re.I, None),  # an alternative with no string
    (r"(?:ab)*c?", 0, None),
    (r"[ab]’", 0, None),  # a non-ASCII character is no needle
    (r"[ab]’s", 0, {("s", False)}),
])
def test_needles_of(pattern: str, flags: int, strings: set[tuple[str, bool]] | None) -> None:
    assert Needles.of(re.compile(pattern, flags)).strings == (None if strings is None else frozenset(strings))


def test_folds_to_ascii() -> None:
    every = "".join(map(chr, range(128, 0x110000)))
    assert frozenset(re.findall("[a-z]", every, re.IGNORECASE)) == FOLDS_TO_ASCII


def test_folding_letters_defeat_the_filter() -> None:
    needles = Needles.of(re.compile("kelvin", re.IGNORECASE))
    assert not needles.may_match(Haystack.of("KELVIN".replace("K", "X")))
    assert needles.may_match(Haystack.of("\u212aELVIN"))  # the Kelvin sign is "k" to the pattern
    assert re.search("kelvin", "\u212aELVIN", re.IGNORECASE)


def test_no_rule_matches_where_its_needles_are_missing() -> None:
    lines = [line for name in ("LGL", "TimeBank-TBAQ", "TempEval3-platinum")
             for line in (BENCH / f"{name}.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    texts = [json.loads(line)["text"] for line in lines]
    for rule in RULES:
        needles = Needles.of(rule.pattern)
        for text in texts:
            if not needles.may_match(Haystack.of(text)):
                assert rule.pattern.search(text) is None, (rule.pattern.pattern[:60], text[:60])
