"""What the temporal rules share: the rule record, the document context and the tense heuristic."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

__all__ = ["Context", "QuarterRef", "Rule", "Value"]


@dataclass(frozen=True, slots=True)
class QuarterRef:
    """A value relative to the last quarter named before it ("the quarter", "a year earlier").

    Resolved in document order; `fallback` is used when no quarter was named nearby.
    """

    shift: int  # quarters to add to the referenced one
    fallback: str | None


Value = str | QuarterRef  # a TIMEX3 value, a clock time "T14:00" awaiting its day, or a reference


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its normaliser; the span is the named group `x` when the pattern has one."""

    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], Context], Value | None]
    type: str | None = None  # forces the TIMEX3 type (SET); otherwise derived from the value

    def span(self, m: re.Match[str]) -> tuple[int, int]:
        return m.span("x") if "x" in self.pattern.groupindex else m.span()


_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_BOUNDARY = re.compile(r"[!?;\n]|(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)\.(?=\s)")
_FUTURE = frozenset(
    "will shall won't gonna would could may might should must can due expected expects expect "
    "scheduled plans plan planned planning intends intend aims hopes upcoming coming next "
    "forthcoming ahead soon later tomorrow".split()
)
_PAST = frozenset(
    "was were had did said told ago last since earlier previously recently yesterday began became came "
    "went took made met left held gave got saw found fell rose won lost led ran sent spent paid sold "
    "bought brought built thought caught fought struck spoke wrote broke chose drove flew grew knew "
    "threw wore stood kept felt heard meant shot sat hung stole swore tore woke withdrew forgot".split()
)
_NOT_PAST = frozenset(
    "need indeed hundred speed proceed succeed exceed red bed seed feed shed bred sacred naked wicked "
    "kindred ragged rugged embed breed steed greed weed".split()
)
_PASSIVE = frozenset({"be", "to", "being"})
_WINDOW = 240


class Context:
    """The document being tagged, its anchor date and the tense heuristic the rules consult."""

    __slots__ = ("anchor", "text")

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor

    def future(self, start: int, end: int) -> bool:
        """Whether the clause around text[start:end] looks forward (will, is due to, expects …).

        The tense marker nearest the expression decides; news reports default to the past.
        """
        lo, hi = self._clause(start, end)
        before = [m.group() for m in _TOKEN.finditer(self.text, lo, start)]
        after = [m.group() for m in _TOKEN.finditer(self.text, end, hi)]
        marks = [(len(before) - i, _marker(w, before[i - 1] if i else "")) for i, w in enumerate(before)]
        marks += [(i + 1, _marker(w, after[i - 1] if i else "")) for i, w in enumerate(after)]
        found = sorted((d, f) for d, f in marks if f is not None)  # on a tie, past (False) wins
        return bool(found) and found[0][1]

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence (or clause after a semicolon) holding the span."""
        lo = max(0, start - _WINDOW)
        for m in _BOUNDARY.finditer(self.text, lo, start):
            lo = m.end()
        m = _BOUNDARY.search(self.text, end, min(len(self.text), end + _WINDOW))
        return lo, (m.start() if m else min(len(self.text), end + _WINDOW))


def _marker(word: str, previous: str) -> bool | None:
    """True for a future marker, False for a past one, None for neither."""
    w = word.lower()
    if w in _FUTURE or w.endswith("'ll"):
        return True if (w != "may" or word == "may") else None
    if w in _PAST:
        return False
    if word.islower() and len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        return None if previous.lower() in _PASSIVE else False
    return None
