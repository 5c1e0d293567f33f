"""What the temporal rules share: the rule record, the document context and the tense heuristic."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from geomap.temporal_lexicon import WEEKDAY, words

__all__ = [
    "FUTURE",
    "LOOKS_BACK",
    "PAST",
    "UNKNOWN",
    "Context",
    "DayRef",
    "MonthRef",
    "QuarterRef",
    "Rule",
    "Value",
    "YearRef",
]


@dataclass(frozen=True, slots=True)
class QuarterRef:
    """A value relative to the last quarter named before it ("the quarter", "a year earlier").

    Resolved in document order; `fallback` is used when no quarter was named nearby.
    """

    shift: int  # quarters to add to the referenced one
    fallback: str | None
    year: int | None = None  # "the 1988 period": the referenced quarter, in this year


@dataclass(frozen=True, slots=True)
class DayRef:
    """A day counted from the last day named before it ("the next morning", "two days later", "later that
    day"), resolved in document order; nothing when no day was named nearby."""

    shift: int  # days to add to the referenced one


@dataclass(frozen=True, slots=True)
class YearRef:
    """A date in the year last named before it ("that September", "in November of that year", "later that
    year", "that summer", "the following year"), resolved in document order; nothing when no year was named
    nearby."""

    shift: int  # years to add to the referenced one
    part: str = ""  # the month or season within it: "-09", "-SU"


@dataclass(frozen=True, slots=True)
class MonthRef:
    """A month counted from the last month named before it ("the following month", "two months later", "later
    that month"), resolved in document order; its `fallback` when no month was named nearby."""

    shift: int  # months to add to the referenced one
    fallback: str | None = None  # the duration it also names ("two months later": P2M), when no month was named


Value = str | QuarterRef | DayRef | YearRef | MonthRef  # a TIMEX3 value, a clock time "T14:00" awaiting its day, or
# a reference


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
    words(
        "will shall won't gonna would could may might should must can due expected expects expect "
        "scheduled upcoming coming next forthcoming ahead soon tomorrow effective"
    )
)
_DEFERRED = frozenset(words("postponed delayed deferred extended rescheduled adjourned"))  # … until a date
_SCHEDULED = frozenset(words("close closes expire expires reopen reopens opens begins resumes ends starts resume "
                             "begin start convene convenes"))  # the
# present of a timetable: "the polls close on Sunday", "the ceasefire expires on Saturday"
# future only before "to": "is going to", "is set to", "plans to" (but "a plan", "set up", "going home")
_FUTURE_BEFORE_TO = frozenset(words("going set about plans plan planned planning intends aims hopes"))
_PLAN_NOUN_BEFORE = frozenset(words("against over about on of for with amid despite under a the its their his her our"))
_PAST = frozenset(
    words(
        "was were had did said told ago last since earlier previously recently yesterday began became "
        "came went took made met left held gave got saw found fell rose won lost led ran sent spent "
        "paid sold bought brought built thought caught fought struck spoke wrote broke chose drove "
        "flew grew knew threw wore stood kept felt heard meant shot sat hung stole swore tore woke "
        "withdrew forgot drew sank swept burst fled bled"
    )
)
_ARRANGED = frozenset(words("called announced convened scheduled set summoned"))  # "has called a march on Sunday"
_ARTICLES = frozenset(words("a an the another its their his her for"))  # ... what is called ("has announced on Tuesday"
# that it captured Bakhmut dates the announcement)
_PAST_AUX = frozenset({"was", "were", "had"})  # "was due to", "had been scheduled to": the past's future
_REPORTING = frozenset({"said", "told", "added"})  # when it was said, not when it happened
_REPORTED_TAIL = re.compile(r"\s*,\s*(?:[\w.'-]+\s+){0,4}(?:said|told|added)\b")  # "…, the organisers said"
_REPORTED_END = re.compile(r",\s*(?:[\w.'-]+\s+){0,4}(?:said|told|added)\s*[.!?\"”]*\s*$")
_RELATIVES = frozenset({"that", "which", "who"})
_COORDINATORS = frozenset({"and", "but", "while", "whereas", "though", "although"})
_PASSIVE = frozenset({"be", "being"})  # "will be held": the auxiliary tells the tense, not the participle
_NOT_PAST = frozenset(
    words(
        "need indeed hundred speed proceed succeed exceed red bed seed feed shed bred sacred naked "
        "wicked kindred ragged rugged embed breed steed greed weed"
    )
)
_NOT_VERB = frozenset(  # an -ed word after these is passive or an adjective ("a revised plan", "for elected officials")
    words(
        "be to being is are am stay stays remain remains a an the this that its his her their our your still very "
        "more most less so too "
        "well newly recently previously highly fully for of with from by among against about into"
    )
)
_DEADLINE = frozenset({"by", "until", "till", "through"})
_DEADLINE_DISTANCE = 4
_CLOCK_WORDS = frozenset(words("a m p am pm noon midnight gmt utc local time at on"))  # "by 5 p.m. Friday"
_WINDOW = 240
_YEAR_SET = re.compile(  # a year that sets the sentence's time: "since 1999, when", "the 2018 Camp Fire", "the 2011
    # disaster"
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring) (?P<y>1[89]\d\d|20\d\d),? (?:when|after)\b|\b[Tt]he (?P<n>1[89]\d\d|20\d\d) "
    r"(?=[A-Z]|(?:disaster|earthquake|quake|tsunami|floods?|fire|hurricane|storm|cyclone|typhoon|war|attacks?|"
    r"elections?|crisis|uprising|riots|invasion|coup|bombings?|massacre|summit|meltdown|accident|blast|explosion|"
    r"spill|crash|eruption|landslide|mudslide|shooting|siege|offensive|revolution|genocide)\b)")
_YEAR_ON = re.compile(r"\bin (1[89]\d\d|20\d\d)(?:\s+[a-z]+){0,2}\s+on\s+$")  # "in Louisiana in 2005 on Aug. 29"
_SET_FOR = re.compile(r"\bfor\s+$", re.I)
_YEARS_AGO = re.compile(r"\b(a|one|two|three|four|five) (years?|decades?) ago,?\s+(?:on\s+)?$", re.I)  # "A year
# ago, on April 3", "A decade ago, on April 25"
_AGO_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$")  # "the vote is Sunday", "the funeral is on Saturday"
_WEEKDAY = re.compile(WEEKDAY)
_OWNED = re.compile(r"['’]s\b")
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")  # a clause of its own joined after a comma
FUTURE, UNKNOWN, PAST = 1, 0, -1
LOOKS_BACK = -2  # a date that can only be gone (see `Context.year_tense`)
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")
_OPENING = frozenset(("In", "On", "Since", "During"))  # a sentence that opens on its date: "In February, a fire …"
_GOVERNED = frozenset(("on", "in", "since"))  # prepositions that tie a date to the verb before them


class Context:
    """The document being tagged, its anchor date and the tense heuristic the rules consult."""

    __slots__ = ("anchor", "text")

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor

    def tense(self, start: int, end: int, reports_too: bool = True) -> int:
        """FUTURE, PAST or UNKNOWN for the clause around text[start:end] (will, is due to, said …); without a
        reporting verb after the expression when not `reports_too`.

        The tense marker nearest the expression decides; a reporting verb after it ("…, the FAA said")
        counts as farther away than it is, since it dates the report, not the event.
        """
        lo, hi = self._clause(start, end)
        if (_SET_FOR.search(self.text, max(lo, start - 5), start) and _WEEKDAY.match(self.text, start)
                and not _OWNED.match(self.text, end)):
            return FUTURE  # "called a march for Friday": the day it is set for (not "jailed for Friday's attack")
        if _COPULA_BEFORE.search(self.text, max(lo, start - 8), start) and _WEEKDAY.match(self.text, start):
            return FUTURE  # a day that something is on: "the deadline is Friday", "the rally is on Saturday"
        before = [m.group() for m in _TOKEN.finditer(self.text, lo, start)]
        if joined := _JOINED_CLAUSE.search(self.text, end, hi):  # "Floods hit Accra on Monday, and experts warn
            hi = joined.start()  # that floods could reach Kumasi": the next clause has its own tense
        after = [m.group() for m in _TOKEN.finditer(self.text, end, hi)]
        if "that" in after and any(w in _REPORTING for w in before):  # "told reporters on Monday that talks
            after = after[: after.index("that")]  # would resume": the reported clause has its own tense
        if (said := next((i for i, w in enumerate(after) if w in _REPORTING), None)) is not None:
            after = after[: said + reports_too]  # so has what follows a reporting verb: "who visited Napier on
            # Wednesday, said Wellington would pay"
        found = [(len(before) - i, mark) for i in range(len(before)) if (mark := _marker(before, i))]
        if len(before) >= 2 and before[-1].lower() in _GOVERNED and (mark := _marker(before, len(before) - 2)):
            found.append((0.5, mark))  # the verb right before "on Aug. 6" governs it: "the incursion, launched on
            # Aug. 6, will force …" (nearer than the "will" after)
        if found and (cut := next((i for i, w in enumerate(after) if w in _COORDINATORS | _RELATIVES), None)
                      ) is not None:
            after = after[:cut]  # "was arrested on Sunday and is due to appear …": the next clause has its own tense,
            # and so has a relative one ("protested on Friday against amendments that would …")
        reported = found and (_REPORTED_TAIL.match(self.text, end, hi)  # "…, organisers said": the clause's own
                              or _REPORTED_END.search(self.text, end, hi))  # "… to find a way out, an official said"
        found += [
            (i + 1 + 2 * (w in _REPORTING), mark) for i, w in enumerate(after)
            if (mark := _marker(after, i)) and not (reported and w in _REPORTING)
            and after[i: i + 2] != ["ahead", "of"]  # "marched on Saturday ahead of the vote": last Saturday
            and w not in ("forecast", "predicted")  # what is forecast later is another clause's: "Storms hit Vienna
        ]  # on Thursday, and more rain is forecast for Salzburg"
        if self.after_deadline(start) and any(w.lower() not in _DEADLINE | _CLOCK_WORDS for w in before):
            found.append((_DEADLINE_DISTANCE, UNKNOWN))  # "by February": the nearer one, unless a verb near says
            # otherwise; but a sentence that opens on it takes its main clause's tense: "By Sunday, the fire near
            # Athens had burned 4,000 hectares"
        return min(found)[1] if found else UNKNOWN  # on a tie, PAST (-1) wins

    def year_tense(self, start: int, end: int) -> int:
        """The tense that picks the year of a date named without one: `tense`, or LOOKS_BACK when the date can
        only be gone: after "since" ("since June", "since the Oct. 7 attack"), or opening a sentence told in the
        past ("In February, a fire tore through Pomonal"), where no deadline ahead is meant."""
        if _SINCE_BEFORE.search(self.text, max(0, start - 20), start):
            return LOOKS_BACK
        tense = self.tense(start, end)
        lo, _ = self._clause(start, end)
        before = [m.group() for m in _TOKEN.finditer(self.text, lo, start)]
        if tense == PAST and len(before) == 1 and before[0] in _OPENING:
            return LOOKS_BACK
        return tense

    def year_set(self, start: int) -> int | None:
        """The year that an earlier part of the sentence sets for it: "since 1999, when a quake near Izmit on
        Aug. 17 killed …", "the 2018 Camp Fire, which destroyed Paradise on Nov. 8", "in 2005 on Aug. 29", "A year
        ago, on April 3, …"."""
        lo, _ = self._clause(start, start)
        if on := _YEAR_ON.search(self.text, max(lo, start - 40), start):
            return int(on.group(1))
        if self.anchor and (ago := _YEARS_AGO.search(self.text, max(lo, start - 40), start)):
            return self.anchor.year - _AGO_COUNTS[ago.group(1).lower()] * (10 if ago.group(2).lower().startswith(
                "decade") else 1)
        *_, last = [None, *_YEAR_SET.finditer(self.text, lo, start)]  # the nearest before the date
        return int(last.group("y") or last.group("n")) if last else None

    def after_deadline(self, start: int) -> bool:
        """Whether the expression follows "by", "until" or "through" ("by 5 p.m. Friday" counts too)."""
        lo = max(0, start - 40)
        tokens = [m for m in _TOKEN.finditer(self.text, lo, start) if m.group().lower() not in _CLOCK_WORDS]
        return (bool(tokens) and tokens[-1].group().lower() in _DEADLINE
                and "%" not in self.text[tokens[-1].end(): start])  # (not "cut prices by 12% on Tuesday": an amount)

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence (or clause after a semicolon) holding the span."""
        lo, hi = max(0, start - _WINDOW), min(len(self.text), end + _WINDOW)
        for boundary in _BOUNDARY.finditer(self.text, lo, start):
            lo = boundary.end()
        after = _BOUNDARY.search(self.text, end, hi)
        return lo, after.start() if after else hi


def _marker(words: list[str], i: int) -> int:
    """FUTURE or PAST when words[i] marks a tense, else UNKNOWN."""
    word, w = words[i], words[i].lower()
    prev = [p.lower() for p in words[max(0, i - 2) : i]]
    in_past = bool(prev) and (prev[-1] in _PAST_AUX or (prev[-1] == "been" and prev[0] in _PAST_AUX))
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    if w == "next" and prev and prev[-1] == "the":
        return UNKNOWN  # "Kumasi the next day": a day after another, no tense
    if w in ("forecast", "predicted") and ((prev and prev[-1] in ("is", "are", "be", "has", "have")) or (
            following == "to" and prev and prev[-1] in ("was", "were"))):
        return FUTURE  # "hailstorms are forecast for Verona on Thursday", "MetService has forecast more
        # thunderstorms for Hawke's Bay on Thursday", "the river was forecast to crest on Saturday" (not "issued a
        # forecast on Monday")
    if w in _SCHEDULED and word.islower() and following != "to" and not (
            prev and (prev[-1] in _NOT_VERB | _ARTICLES | _PAST_AUX or prev[-1] == "s"
                      or prev[-1].endswith(("'s", "’s")))):
        return FUTURE  # (not "close to the border", "a close on Friday", "as of Friday's close")
    if w in _DEFERRED:
        return FUTURE if following in ("to", "until", "till") else PAST
    if w in _FUTURE_BEFORE_TO:
        if w in ("planned", "set") and prev and prev[-1] in ("is", "are"):
            return FUTURE  # "a rally is planned in Toronto on Saturday", "the summit is set for Samoa in October"
        if w in ("plans", "plan") and prev and prev[-1] in _PLAN_NOUN_BEFORE:
            return UNKNOWN  # the plans of others: "marched on Saturday against plans to close the hospital"
        return UNKNOWN if following != "to" else PAST if in_past else FUTURE
    if w in _ARRANGED and prev and prev[-1] in ("has", "have") and following in _ARTICLES:
        return FUTURE  # what has been called for a day is to come: "has called a meeting on Friday"
    if w in _FUTURE or w.endswith("'ll"):
        if (w == "may" and word != "may") or (i > 0 and word[:1].isupper() and word != "I'll"):
            return UNKNOWN  # the month, or a name's word: "near Can Tho", "Will Smith"
        return PAST if in_past else FUTURE
    if w in _PAST:
        return UNKNOWN if prev and prev[-1] in _PASSIVE else PAST
    if word.islower() and len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        return UNKNOWN if prev and prev[-1] in _NOT_VERB else PAST
    return UNKNOWN
