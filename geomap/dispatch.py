"""A large alternation of named word patterns, matched as fast as a small one.

Python's regex engine tries every alternative of an alternation at every position, and with IGNORECASE it
cannot skip an alternative by its first letter. `WordAlternation` tries, at each word start, only the
alternatives that can begin with the word's first character ("said", "says", "shelling"... at a word in "s"),
in their order, through a pattern made of just these. The alternatives it skips could not have matched there,
so the matches are exactly those of the whole alternation, with the same group names.

The first characters are read from each alternative's parse tree (`re._parser`); whatever the analysis does
not know (a class such as \\w, a non-ASCII letter that case folding may map to an ASCII one) counts as "could
begin with anything", so it can only cost speed, never change a match. A word that begins with a character
other than an ASCII letter, digit or "_" gets every alternative.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cached_property
from re import _constants as sre  # type: ignore[attr-defined]  # the parse tree's opcodes (CPython's `re`)
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["WordAlternation", "first_keys", "split_alternatives"]

KEYS = string.ascii_lowercase + string.digits + "_"  # first characters with a branch of their own
_WORD_START = re.compile(r"\b\w")
SPECIALISE_AFTER = 300  # words of a first character tried against the whole alternation before it gets a pattern
# of its own: a few articles' worth, so a run of one or a few articles compiles none (300 did better than 100 or
# 1000 over 3, 20 and 100 LGL articles)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression: split at each "|" outside groups and classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern.startswith("^", i + 1))
            if pattern.startswith("]", i):  # "[]...]" and "[^]...]": the "]" is a member
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _literal_keys(code: int, flags: int) -> set[str] | None:
    """Keys of a literal character; None when case folding may match it to an ASCII character it is not."""
    ch = chr(code)
    if ch.isascii():
        return {ch.lower()} & set(KEYS)
    return None if flags & re.IGNORECASE else set()


def _class_keys(items: Sequence[tuple[Any, Any]], flags: int) -> set[str] | None:
    """Keys of a character class made of literals and ASCII ranges; None for anything else."""
    keys: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found = _literal_keys(av, flags)
        elif op is sre.RANGE and av[1] < 128:
            found = {chr(c).lower() for c in range(av[0], av[1] + 1)} & set(KEYS)
        else:
            return None
        if found is None:
            return None
        keys |= found
    return keys


def _item_keys(op: Any, av: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(keys, can match empty) of one parse-tree item."""
    if op is sre.LITERAL:
        return _literal_keys(av, flags), False
    if op is sre.IN:
        return _class_keys(av, flags), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return _sequence_keys(sub, (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence_keys(av, flags)
    if op in _REPEATS:
        low, _, sub = av
        keys, empty = _sequence_keys(sub, flags)
        return keys, empty or low == 0
    if op is sre.BRANCH:
        keys, empty = set[str](), False
        for sub in av[1]:
            found, sub_empty = _sequence_keys(sub, flags)
            if found is None:
                return None, False
            keys, empty = keys | found, empty or sub_empty
        return keys, empty
    return None, False  # any character, a category, a back reference: could begin with anything


def _sequence_keys(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(keys, can match empty) of a sequence: its items' keys up to the first that must consume a character."""
    keys: set[str] = set()
    for op, av in items:
        found, empty = _item_keys(op, av, flags)
        if found is None:
            return None, False
        keys |= found
        if not empty:
            return keys, False
    return keys, True


def first_keys(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Which of the `KEYS` (lower-cased ASCII word characters) a match of `pattern` can begin with, as
    written or in the other case; None when it could begin with any of them. (Whether it can begin with
    another character is not told.) A pattern that can match the empty string is refused (ValueError)."""
    tree = sre_parse.parse(pattern, flags)
    keys, empty = _sequence_keys(tree, tree.state.flags)
    if empty:
        raise ValueError(f"{pattern!r} can match the empty string")
    return None if keys is None else frozenset(keys)


class WordAlternation:
    """Named patterns tried at each word start, the earlier name winning: matches, and their `lastgroup`, are
    those of `re.compile(r"\\b(?=\\w)(?:" + "|".join(f"(?P<{name}>(?:{pattern}){suffix})" ...) + ")", flags)`.

    At a word start only the alternatives that can begin with its first character are tried, through a
    pattern made of just these. Compiling these patterns costs several times what the whole alternation does
    (an alternative that can begin with several characters is in each of their patterns), which a run of a few
    articles would not earn back: a first character gets its own pattern once `specialise_after` of its words
    have been tried against the whole alternation. Which of the two a word is tried with never changes the
    matches; it only changes how fast they are found."""

    def __init__(self, named: Sequence[tuple[str, str]], suffix: str = "", flags: int = 0,
                 specialise_after: int = SPECIALISE_AFTER):
        self._named = tuple(named)
        self._suffix = suffix
        self._flags = flags
        self._specialise_after = specialise_after
        self._own: dict[str, re.Pattern[str]] = {}  # by first character as written
        self._tried: Counter[str] = Counter()  # words tried against the whole alternation, by first character key

    @cached_property
    def _whole(self) -> re.Pattern[str]:
        return self._compile(self._named)

    @cached_property
    def _alternatives(self) -> list[tuple[str, str, frozenset[str] | None]]:
        """(name, alternative, the keys it can begin with) of every named pattern's top-level alternatives."""
        return [(name, alt, first_keys(alt, self._flags)) for name, pattern in self._named
                for alt in split_alternatives(pattern)]

    def _compile(self, alternatives: Sequence[tuple[str, str]]) -> re.Pattern[str]:
        """One named group per name, holding its alternatives in their order."""
        groups: dict[str, list[str]] = {}
        for name, alt in alternatives:
            groups.setdefault(name, []).append(alt)
        return re.compile("|".join(f"(?P<{name}>(?:{'|'.join(alts)}){self._suffix})" for name, alts in groups.items())
                          or "(?!)", self._flags)

    def _pattern(self, first: str) -> re.Pattern[str]:
        """The pattern to try at a word that begins with `first`, when that character has none of its own yet."""
        key = first.lower()
        if not first.isascii() or key not in KEYS:
            return self._whole
        self._tried[key] += 1
        if self._tried[key] <= self._specialise_after:
            return self._whole
        own = self._compile([(name, alt) for name, alt, keys in self._alternatives if keys is None or key in keys])
        self._own[key] = self._own[key.upper()] = own
        return own

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The non-overlapping matches in text[pos:endpos], left to right (as `re.Pattern.finditer`)."""
        end = len(text) if endpos is None else endpos
        own = self._own
        while word := _WORD_START.search(text, pos, end):
            at = word.start()
            if match := (own.get(text[at]) or self._pattern(text[at])).match(text, at, end):
                yield match
                pos = match.end()
            else:
                pos = at + 1
