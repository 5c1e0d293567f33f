"""Chains the stages: ingest -> recognize -> resolve -> temporal -> events, per article."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from geomap.events import extract_events
from geomap.gazetteer import Gazetteer
from geomap.models import Article, Candidate, Event, Mention, Place, Timex, Toponym
from geomap.names import fold
from geomap.recognize import recognize
from geomap.resolve import resolve
from geomap.seats import seat_mentions
from geomap.temporal import find_timexes

ONLINE_SCORE = 1.5  # a geocoder's only answer for a name the index lacks: trusted like a mid-size town


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    toponyms: tuple[Toponym, ...]
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    dateline: Toponym | None


def _ask_online(mentions: list[Mention], gazetteer: Gazetteer) -> tuple[list[Mention], dict[int, str]]:
    """Candidates from the online fallback for names the index lacks; reasons for those still missing."""
    if gazetteer.fallback is None:
        return mentions, {}
    out, reasons = [], {}
    for m in mentions:
        if not m.candidates:
            place, reason = gazetteer.fallback.lookup(m.text)
            if place:
                m = replace(m, candidates=(Candidate(place, fold(m.text), True, ONLINE_SCORE),))
            else:
                reasons[m.start] = f"no candidate in the gazetteer; {reason}"
        out.append(m)
    return out, reasons


LABEL_TOWN = 15_000  # a bare capitalised word before a colon is a dateline only if it names a town this big


def _with_dateline(article: Article, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A dateline names a place by definition ("KYIV, Ukraine, March 12 (Wire) -"): when recognition passed
    over it (an all-capitals word looks like an acronym), it is looked up as it stands."""
    span = article.dateline_span
    if span is None or any(m.start < span[1] and span[0] < m.end for m in mentions):
        return mentions
    key = fold(article.text[span[0]: span[1]])
    cands = gazetteer.candidates([key]).get(key, [])
    if article.text.startswith(":", span[1]) and not any(
            c.place.kind in ("country", "admin1") or c.place.population >= LABEL_TOWN for c in cands):
        return mentions  # "NATO: Russia must withdraw" is a label, not Nato in the Philippines ("KARACHI: …" is)
    return sorted([*mentions, Mention(span[0], span[1], article.text[span[0]: span[1]], tuple(cands))],
                  key=lambda m: m.start)


def find_places(article: Article, gazetteer: Gazetteer) -> tuple[list[Toponym], Toponym | None]:
    """The article's toponyms (resolved or with the reason they are not) and its dateline's, if placed."""
    found = _with_dateline(article, recognize(article.text, gazetteer), gazetteer)
    found = [m for m in found if not _in_source(article, m)]
    mentions, reasons = _ask_online(found, gazetteer)
    dateline_mention = next((m for m in mentions if article.dateline_span
                             and (m.start, m.end) == article.dateline_span), None)
    toponyms = [replace(t, reason=reasons[t.start]) if t.start in reasons else t
                for t in resolve(article.text, mentions, dateline_mention)]
    dateline = next((t for t in toponyms if article.dateline_span and (t.start, t.end) == article.dateline_span
                     and t.place), None)
    return toponyms, dateline


def _in_source(article: Article, mention: Mention) -> bool:
    """Whether the mention is part of the outlet a dateline names ("PALU (Jakarta Post) -", "DUHOK
    (Kurdistan24) -"): the source, not a place of the story."""
    if not article.source or mention.start >= article.body_start:
        return False
    at = article.text.find(article.source, 0, article.body_start)
    return at >= 0 and at <= mention.start and mention.end <= at + len(article.source)


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Places, time expressions and events of one article."""
    toponyms, dateline = find_places(article, gazetteer)
    span = article.dateline_span
    seats = seat_mentions(article.text, gazetteer, article.text[span[0]: span[1]] if span else None,
                          dateline.place if dateline else None)
    toponyms = [t for t in toponyms if not any(s.start < t.end and t.start < s.end for s in seats)]  # "at the
    # Pentagon", "at the White House" (not Casablanca's alternate name): a seat, no toponym
    timexes = find_timexes(article.text, article.published)
    events = extract_events(article, toponyms, timexes, dateline.place if dateline else None, seats)
    return Extraction(article, tuple(toponyms), tuple(timexes), tuple(events), dateline)


def _place_json(place: Place) -> dict[str, Any]:
    return {"place_id": place.id, "name": place.name, "kind": place.kind, "country_code": place.country_code,
            "lat": place.lat, "lon": place.lon}


def _event_json(event: Event) -> dict[str, Any]:
    ev = event.evidence
    return {"id": event.id, "date": event.date, "date_precision": event.date_precision, "type": event.type,
            "summary": event.summary, "actors": list(event.actors), "place_id": event.place.id,
            "place": event.place.name, "place_kind": event.place.kind, "country_code": event.place.country_code,
            "lat": event.place.lat, "lon": event.place.lon, "role": event.role, "sentence": event.sentence,
            "evidence": {"start": ev.start, "end": ev.end, "date_span": list(ev.date_span) if ev.date_span else None,
                         "place_span": list(ev.place_span) if ev.place_span else None}}


def extraction_json(x: Extraction) -> dict[str, Any]:
    """The `geomap extract --format jsonl` record of one article (see DESIGN.md)."""
    a = x.article
    dateline: dict[str, Any] | None = None
    if a.dateline:
        dateline = {"text": a.dateline, "place_id": None, "lat": None, "lon": None}
        if x.dateline and x.dateline.place:
            dateline.update(place_id=x.dateline.place.id, lat=x.dateline.place.lat, lon=x.dateline.place.lon)
    return {
        "id": a.id, "published": a.published.isoformat() if a.published else None, "source": a.source,
        "url": a.url, "title": a.title, "dateline": dateline,
        "toponyms": [{"start": t.start, "end": t.end, "text": t.text, **_place_json(t.place), "score": t.score}
                     for t in x.toponyms if t.place],
        "unresolved": [{"start": t.start, "end": t.end, "text": t.text, "reason": t.reason}
                       for t in x.toponyms if not t.place],
        "timexes": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "precision": t.precision,
                     "type": t.type} for t in x.timexes],
        "events": [_event_json(e) for e in x.events],
    }
