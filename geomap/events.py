"""Event extraction: what happened (trigger words), where (the places the trigger governs), when (the
nearest time expression, or the report's date for what was said that day), and who (people, organisations
and the country that acts).

Rules, per sentence:
- a trigger inside "after/before/during/following ... X" is a time reference, not an event;
- a statement verb only carries a more specific event in the same sentence ("Kuleba highlighted the
  humanitarian situation in Mariupol" is a humanitarian event, not a statement);
- places after "in/at/near..." or before "-hosted/-based" are where it *occurred*; places a statement or a
  humanitarian call is about, and objects such as "recognized ... Luhansk", are *mentioned*;
  of nested places ("Turkey's city of Antalya") the most specific is kept;
- a meeting or statement with no place in its sentence happened at the dateline place, if the article has
  one; a country-level place on the report's date becomes the dateline city when it lies in that country;
- the date is the sentence's time expression nearest the trigger; without one, what was *said* is dated to
  the report's date (date_span null) unless the sentence points to the past ("earlier", "previously");
  anything else is left undated (precision "unknown") rather than guessed;
- within an article, events of the same type at the same place are merged (an undated "the meeting" joins
  the dated meeting), except ones marked as earlier.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geomap.actors import ActorFinder
from geomap.event_types import PAST_CUE_RE, SUBORDINATE_RE, TRIGGER_RE
from geomap.models import Article, Event, Evidence, Place, Timex, Toponym
from geomap.sentences import sentence_spans
from geomap.tokens import sentence_initial

LOCATIVE_RE = re.compile(r"\b(?:(?:in|at|near|outside|inside|across|around|throughout|within|into|from)\s+(?:the\s+)?"
                         r"|(?:city|town|village|region|province|capital|port|territory|republics?)\s+of\s+(?:the\s+)?)$",
                         re.I)
HOSTED_RE = re.compile(r"^-(?:hosted|based|held|led|organi[sz]ed)\b", re.I)
LIST_GAP_RE = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s*/\s*"
                         r"|['’]s\s+(?:city|town|village|region|province|capital|port)\s+of\s+)$")
QUARTER_RE = re.compile(r"^[0-9]{4}-Q[1-4]$")
ISO_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2}|-(SP|SU|FA|WI))?$|^[0-9]{3}X$")
SPECIFICITY = {"city": 0, "admin2": 1, "admin1": 2, "water": 3, "region": 3, "country": 4, "continent": 5, "other": 3}
DATELINE_TYPES = frozenset({"meeting", "statement"})
JOIN_GAP = 30
ABOUT_TYPES = frozenset({"humanitarian"})
OBJECT_TYPES = frozenset({"military", "battles", "explosions_remote_violence", "violence_against_civilians",
                          "strategic_developments", "disaster"})
SPEECH_RE = re.compile(r"\b(?:said|says|stated|told|highlighted|outlined|urged|called for|reiterated|warned)\b")
MODAL_RE = re.compile(r"\b(?:need for|needs? to|call(?:ed|s)? for|urged|demand(?:ed|s)?|proposal|plans? to|would|could|"
                      r"might|will|threaten(?:ed|s)?)\b", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    type: str


def _triggers(text: str, s: int, e: int, body_start: int = 0) -> list[Trigger]:
    """Event words of a sentence; words of one type close together are one trigger ("protesters rallied")."""
    found: list[Trigger] = []
    first = max(s, body_start)  # the sentence's first word, after any dateline
    for m in TRIGGER_RE.finditer(text, s, e):
        named = m.group()[0].isupper() and m.start() != first and not sentence_initial(text, m.start())
        if SUBORDINATE_RE.search(text[s: m.start()]) or named:
            continue  # a time reference ("after the talks"), or part of a name ("Hall County Fire Department")
        trig = Trigger(m.start(), m.end(), m.lastgroup or "statement")
        if found and found[-1].type == trig.type and trig.start - found[-1].end <= JOIN_GAP:
            trig = Trigger(found.pop().start, trig.end, trig.type)
        found.append(trig)
    if any(t.type != "statement" for t in found):
        found = [t for t in found if t.type != "statement"]
    return found


def _locative(text: str, s: int, top: Toponym, tops: Sequence[Toponym]) -> bool:
    """Whether a place is introduced as a location: "in X", "X-hosted", or listed after one that is."""
    if LOCATIVE_RE.search(text[s: top.start]) or HOSTED_RE.match(text[top.end: top.end + 12]):
        return True
    earlier = [t for t in tops if t.end <= top.start]
    if earlier and LIST_GAP_RE.match(text[earlier[-1].end: top.start]):
        return _locative(text, s, earlier[-1], tops)
    return False


def _nearest(start: int, end: int, triggers: Sequence[Trigger]) -> Trigger:
    return min(triggers, key=lambda t: (max(t.start - end, start - t.end, 0), t.start))


def _most_specific(tops: list[Toponym]) -> list[Toponym]:
    """Drop places that contain another place of the list (Turkey around Antalya)."""
    def contains(outer: Place, inner: Place) -> bool:
        if outer.id == inner.id or SPECIFICITY[outer.kind] <= SPECIFICITY[inner.kind]:
            return False
        if outer.kind == "admin1":
            return outer.country_code == inner.country_code and outer.admin1 == inner.admin1
        return outer.kind == "country" and outer.country_code == inner.country_code
    out: dict[str, Toponym] = {}
    for t in tops:
        if t.place and t.place.id not in out and not any(o.place and contains(t.place, o.place) for o in tops):
            out[t.place.id] = t
    return list(out.values())


def event_date(timex: Timex) -> tuple[str, str] | None:
    """(date, precision) of an event dated by this time expression: a clock time gives its day, a weekend
    its week, a quarter its year; references (PRESENT_REF) and centuries give no date."""
    value = timex.value
    if timex.precision == "time":
        return value[:10], "day"
    if value.endswith("-WE"):
        return value[:-3], "week"
    if QUARTER_RE.match(value):
        return value[:4], "year"
    if ISO_DATE_RE.match(value) and timex.precision in ("day", "week", "month", "season", "year", "decade"):
        return value, timex.precision
    return None


def _date(trigger: Trigger, triggers: Sequence[Trigger], timexes: Sequence[Timex]) -> Timex | None:
    usable = [t for t in timexes if event_date(t) and _nearest(t.start, t.end, triggers) == trigger]
    return min(usable, key=lambda t: max(trigger.start - t.end, t.start - trigger.end, 0)) if usable else None


def _event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _summary(article: Article, s: int, e: int) -> str:
    """The sentence without the dateline, whitespace collapsed, at most 160 characters."""
    text = " ".join(article.text[max(s, article.body_start): e].split())
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True, slots=True)
class _Draft:
    event: Event
    earlier: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence and what it says about time: speech verbs, past cues, modality."""

    article: Article
    start: int
    end: int
    triggers: tuple[Trigger, ...]
    timexes: tuple[Timex, ...]
    speech: bool  # "said", "stated", ...: what was said is dated to the report
    earlier: bool  # "earlier", "previously": never dated to the report
    modal: bool  # "would", "plans to": not (yet) happened, never dated to the report

    @property
    def text(self) -> str:
        return self.article.text


def _roles(sent: _Sentence, trig: Trigger, mine: list[Toponym], tops: list[Toponym]) -> list[tuple[Toponym, str]]:
    """The places a trigger governs, each with its role: where it occurred, or what it is about."""
    text, s = sent.text, sent.start
    wished = bool(MODAL_RE.search(text[s: trig.start]))
    located = [t for t in mine if _locative(text, s, t, tops)]
    objects = [t for t in mine if t.start > trig.end and t not in located and trig.type in OBJECT_TYPES
               and len(text[trig.end: t.start]) <= 40]

    def role(t: Toponym) -> str:
        about = (trig.type in ABOUT_TYPES or wished or (sent.speech and trig.type == "statement")
                 or (trig.type == "strategic_developments" and t.start > trig.end))
        return "mentioned" if about else "occurred"

    return [(t, role(t)) for t in _most_specific(located + objects)]


def _sentence_events(article: Article, s: int, e: int, tops: list[Toponym], timexes: list[Timex],
                     dateline: Place | None, actors: ActorFinder) -> list[_Draft]:
    text = article.text
    triggers = _triggers(text, s, e, article.body_start)
    if not triggers:
        return []
    sent = _Sentence(article, s, e, tuple(triggers), tuple(timexes), bool(SPEECH_RE.search(text[s:e])),
                     bool(PAST_CUE_RE.search(text[s:e])), bool(MODAL_RE.search(text[s:e])))
    drafts = []
    for trig in triggers:
        mine = [t for t in tops if t.place and _nearest(t.start, t.end, triggers) == trig]
        drafts += _drafts(sent, trig, _roles(sent, trig, mine, tops), dateline, tuple(actors.actors(s, e, trig.start)))
    return drafts


def _when(sent: _Sentence, trig: Trigger) -> tuple[str | None, str, tuple[int, int] | None]:
    """(date, precision, date span) of the event a trigger names."""
    timex = _date(trig, sent.triggers, sent.timexes)
    if timex:
        date, precision = event_date(timex) or (None, "unknown")
        return date, precision, (timex.start, timex.end)
    published = sent.article.published
    if (sent.speech or trig.type == "statement") and not sent.earlier and not sent.modal and published:
        return published.isoformat(), "day", None
    return None, "unknown", None


def _drafts(sent: _Sentence, trig: Trigger, places: list[tuple[Toponym, str]], dateline: Place | None,
            actors: tuple[str, ...]) -> list[_Draft]:
    article, s, e = sent.article, sent.start, sent.end
    date, precision, date_span = _when(sent, trig)
    targets: list[tuple[Place, str, tuple[int, int] | None]] = [
        (_refine(t.place, date, article, dateline), role, (t.start, t.end)) for t, role in places if t.place]
    if not targets and dateline and trig.type in DATELINE_TYPES:
        targets = [(dateline, "occurred", None)]
    return [_Draft(Event(_event_id(article.id, s, trig.start, place.id, role), article.id, date, precision, trig.type,
                         _summary(article, s, e), actors, place, role, article.text[s:e],
                         Evidence(s, e, date_span, span), article.source, article.url), sent.earlier)
            for place, role, span in targets]


def _refine(place: Place, date: str | None, article: Article, dateline: Place | None) -> Place:
    """A country-level place on the report's date, in the dateline's country, is the dateline city."""
    if (dateline and place.kind == "country" and dateline.country_code == place.country_code
            and article.published and date == article.published.isoformat()):
        return dateline
    return place


def _merge(drafts: list[_Draft]) -> list[Event]:
    """Same type, place and role within one article: one event (dated wins, actors united)."""
    kept: list[_Draft] = []
    for d in drafts:
        ev = d.event
        match = next((k for k in kept if k.event.type == ev.type and k.event.place.id == ev.place.id
                      and k.event.role == ev.role and k.earlier == d.earlier
                      and (k.event.date == ev.date or None in (k.event.date, ev.date))), None)
        if match is None:
            kept.append(d)
            continue
        base, other = (match.event, ev) if match.event.date or not ev.date else (ev, match.event)
        actors = tuple(dict.fromkeys([*base.actors, *other.actors]))
        kept[kept.index(match)] = _Draft(replace(base, actors=actors), match.earlier)
    return [k.event for k in kept]


def extract_events(article: Article, toponyms: Sequence[Toponym], timexes: Sequence[Timex],
                   dateline: Place | None = None) -> list[Event]:
    """Events of one article, in text order."""
    drafts: list[_Draft] = []
    actors = ActorFinder(article.text, toponyms, article.body_start)
    for s, e in sentence_spans(article.text):
        tops = [t for t in toponyms if s <= t.start < e]
        times = [t for t in timexes if s <= t.start < e]
        drafts += _sentence_events(article, s, e, tops, times, dateline, actors)
    return _merge(drafts)
