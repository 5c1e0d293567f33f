"""Strings that every match of a regular expression contains, so that a text without any of them is not searched.

A pattern such as the holidays' ("New Year's Eve|Hogmanay|Christmas|...") costs a scan of the whole text even
where it finds nothing, which is most texts. `Needles.of(pattern)` reads from the pattern's parse tree
(`re._parser`) a set of literal strings one of which is part of every match: a run of literal characters the
match cannot skip, or one from each alternative of a group it cannot skip. `Needles.may_match` tells whether a
text holds one of them (plain `in` tests); when it holds none, the pattern cannot match it.

Where case is ignored, a needle is lower-cased and looked for in the lower-cased text. That is exact for ASCII
needles, except in a text with one of the four non-ASCII letters that match an ASCII letter when case is
ignored (`FOLDS_TO_ASCII`); such a text is searched whatever its needles. A pattern with no such strings (all
of it optional, or classes such as \\d) has no needles and is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # the parse tree's opcodes (CPython's `re`)
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["FOLDS_TO_ASCII", "Haystack", "Needles"]

FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K: match i, i, s, k when case is ignored
_FOLDS_RE = re.compile("[" + "".join(sorted(FOLDS_TO_ASCII)) + "]")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Needle = tuple[str, bool]  # a string, and whether case is ignored (the string is then lower case)


@dataclass(frozen=True, slots=True)
class Haystack:
    """A text as needles are looked for in it: `lower` is its lower-cased copy, None when it holds a letter
    of `FOLDS_TO_ASCII` (no needle that ignores case can then be ruled out)."""

    text: str
    lower: str | None

    @classmethod
    def of(cls, text: str) -> Haystack:
        return cls(text, None if _FOLDS_RE.search(text) else text.lower())

    def holds(self, needle: Needle) -> bool:
        string, folded = needle
        if not folded:
            return string in self.text
        return self.lower is None or string in self.lower


@dataclass(frozen=True, slots=True)
class Needles:
    """Strings one of which every match contains; None when no such strings are known."""

    strings: frozenset[Needle] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Needles:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        return cls(_sequence(tree, tree.state.flags))

    def may_match(self, hay: Haystack) -> bool:
        """False only when the text holds none of the strings, so the pattern cannot match it."""
        return self.strings is None or any(hay.holds(needle) for needle in self.strings)


def _better(a: frozenset[Needle] | None, b: frozenset[Needle] | None) -> frozenset[Needle] | None:
    """The more telling of two needle sets: the longer shortest string, then the fewer strings."""
    if a is None or b is None:
        return b if a is None else a
    return max(a, b, key=lambda s: (min(len(string) for string, _ in s), -len(s)))


def _runs(items: Iterable[tuple[Any, Any]], flags: int) -> Iterable[tuple[Any, Any] | Needle]:
    """The items of a sequence with each run of ASCII literal characters joined into a needle."""
    run: list[str] = []
    folded = False
    for op, av in items:
        ch = chr(av) if op is sre.LITERAL else ""
        if ch.isascii() and ch:
            cased = bool(flags & re.IGNORECASE) and ch.lower() != ch.upper()
            run.append(ch.lower() if cased else ch)
            folded = folded or cased
            continue
        if run:
            yield "".join(run), folded
            run, folded = [], False
        yield op, av
    if run:
        yield "".join(run), folded


def _sequence(items: Iterable[tuple[Any, Any]], flags: int) -> frozenset[Needle] | None:
    """The best needle set of a sequence: of its literal runs and of the items it cannot skip."""
    best: frozenset[Needle] | None = None
    for first, second in _runs(items, flags):
        if isinstance(first, str):
            best = _better(best, frozenset({(first, second)}))
        else:
            best = _better(best, _item(first, second, flags))
    return best


def _item(op: Any, av: Any, flags: int) -> frozenset[Needle] | None:
    """The needle set of one parse-tree item; None when it may match without any known string."""
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return _sequence(sub, (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, flags)
    if op in _REPEATS:
        low, _, sub = av
        return _sequence(sub, flags) if low >= 1 else None
    if op is sre.BRANCH:
        out: set[Needle] = set()
        for sub in av[1]:
            found = _sequence(sub, flags)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None  # a class, a lookaround, a back reference, a non-ASCII character: no string known
