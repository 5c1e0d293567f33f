"""Toponym resolution: pick each mention's place from its candidates using the whole article as context.

Score of a candidate = its prior (kind, population, capital/seat, own name vs alternate; see
`geomap.gazetteer.prior`) plus evidence from the article:
- "City, State" / "City, Country": the next mention names the region or country the candidate lies in;
- the candidate's country, and its admin-1 region, are mentioned elsewhere in the article (or in the
  dateline);
- it lies near the other places of the article (geographic coherence);
and one sense per document: every mention of the same name gets the same place.
A name whose best candidate is weak, or a small town that nothing else in the article supports, is left
unresolved with a reason rather than guessed.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.models import Candidate, Mention, Place, Toponym
from geomap.names import fold

MAX_CANDIDATES = 25
PATTERN_BONUS = 3.0
COUNTRY_BONUS = 1.5
ADMIN1_BONUS = 1.0
NEAR_BONUS = 1.5
NEAR_KM = 400.0
MIN_SCORE = 0.9
SUPPORT = 0.3  # context evidence below this counts as none
SMALL_TOWN = 50_000


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: countries, admin-1 regions and points it mentions, and
    which place each name currently stands for (so a name is never its own evidence)."""

    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    points: tuple[tuple[float, float, str], ...]  # lat, lon, folded name
    by_key: dict[str, Place]
    weight: Counter[str]  # mentions per name


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _context(places: Sequence[tuple[str, Place]], weight: Counter[str]) -> Context:
    countries: Counter[str] = Counter()
    admin1s: Counter[tuple[str, str]] = Counter()
    points = []
    for key, place in places:
        if place.country_code:
            countries[place.country_code] += weight[key]
        if place.country_code and place.admin1:
            admin1s[(place.country_code, place.admin1)] += weight[key]
        if place.kind in ("city", "admin2", "admin1"):
            points.append((place.lat, place.lon, key))
    return Context(countries, admin1s, tuple(points), dict(places), weight)


def _contains(region: Place, place: Place) -> bool:
    if region.kind == "country":
        return region.country_code == place.country_code
    return (region.kind == "admin1" and region.country_code == place.country_code
            and region.admin1 == place.admin1 and place.kind != "admin1")


def _pattern_regions(text: str, mentions: Sequence[Mention], k: int) -> list[Place]:
    """Regions named right after mention k in a "City, Region" pattern."""
    if k + 1 >= len(mentions):
        return []
    nxt = mentions[k + 1]
    if text[mentions[k].end: nxt.start] not in (", ", ","):
        return []
    return [c.place for c in nxt.candidates if c.place.kind in ("admin1", "country")]


def _near(place: Place, ctx: Context, key: str) -> float:
    """Up to NEAR_BONUS for lying near another place of the article (decays over NEAR_KM)."""
    near = [km(place.lat, place.lon, lat, lon) for lat, lon, other in ctx.points if other != key]
    return NEAR_BONUS * math.exp(-min(near) / NEAR_KM) if near else 0.0


def _score(cand: Candidate, ctx: Context, key: str, regions: Sequence[Place], near: float) -> float:
    place = cand.place
    score = cand.score + near
    if any(_contains(r, place) for r in regions):
        score += PATTERN_BONUS
    own = ctx.by_key.get(key)
    mine = ctx.weight[key]
    cc = place.country_code
    if cc and place.kind != "country":
        score += COUNTRY_BONUS * _graded(ctx.countries[cc] - (mine if own and own.country_code == cc else 0))
    region = (cc or "", place.admin1 or "")
    if place.admin1 and place.kind != "admin1":
        same = own is not None and (own.country_code, own.admin1) == region
        score += ADMIN1_BONUS * _graded(ctx.admin1s[region] - (mine if same else 0))
    return score


def _graded(mentions: int) -> float:
    """Evidence from other mentions: half the bonus for one, most of it for several."""
    return 1 - 0.5 ** mentions if mentions > 0 else 0.0


def _best(text: str, mentions: Sequence[Mention], ctx: Context) -> dict[str, tuple[Candidate, float, float]]:
    """One sense per document: the best candidate per name, scores summed over the name's mentions."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_id: dict[str, Candidate] = {}
    counts: Counter[str] = Counter()
    near: dict[tuple[str, str], float] = {}
    for k, m in enumerate(mentions):
        key = fold(m.text)
        counts[key] += 1
        regions = _pattern_regions(text, mentions, k)
        for cand in m.candidates[:MAX_CANDIDATES]:
            by_id.setdefault(cand.place.id, cand)
            if (key, cand.place.id) not in near:
                near[(key, cand.place.id)] = _near(cand.place, ctx, key)
            totals[key][cand.place.id] += _score(cand, ctx, key, regions, near[(key, cand.place.id)])
    out = {}
    for key, scores in totals.items():
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        best = ranked[0][1] / counts[key]
        second = ranked[1][1] / counts[key] if len(ranked) > 1 else -math.inf
        out[key] = (by_id[ranked[0][0]], best, second)
    return out


def _isolated(cand: Candidate, best: float, ctx: Context) -> bool:
    """A small town that nothing else in the article points to (no pattern, country, region or nearby
    place), in an article that does name other places: more likely a homonym than the place."""
    return (best - cand.score < SUPPORT and cand.place.kind in ("city", "admin2")
            and cand.place.population < SMALL_TOWN and len(ctx.points) > 1)


def _confidence(best: float, second: float) -> float:
    margin = best - second if second > -math.inf else 3.0
    return round(1 / (1 + math.exp(-(margin + best - 2) / 1.5)), 2)


def resolve(text: str, mentions: Sequence[Mention], dateline: Mention | None = None) -> list[Toponym]:
    """A place (or a reason it has none) for every mention; the dateline mention, when given, is resolved
    too and lends its country to the rest of the article."""
    everything = [*([dateline] if dateline else []), *mentions]
    weight = Counter(fold(m.text) for m in everything)
    first = {fold(m.text): m.candidates[0].place for m in everything if m.candidates}
    ctx = _context(list(first.items()), weight)
    chosen = _best(text, everything, ctx)
    ctx = _context([(key, cand.place) for key, (cand, _, _) in chosen.items()], weight)
    chosen = _best(text, everything, ctx)
    out = []
    for m in mentions:
        if fold(m.text) not in chosen:
            out.append(Toponym(m.start, m.end, m.text, None, 0.0, "no candidate in the gazetteer"))
            continue
        cand, best, second = chosen[fold(m.text)]
        if best < MIN_SCORE:
            out.append(Toponym(m.start, m.end, m.text, None, 0.0,
                               f"weak evidence: best candidate {cand.place.name} ({cand.place.id}) scored {best:.2f}"))
        elif _isolated(cand, best, ctx):
            out.append(Toponym(m.start, m.end, m.text, None, 0.0,
                               f"no supporting context: {cand.place.name} ({cand.place.id}) is a small place far from "
                               "the article's other places"))
        else:
            out.append(Toponym(m.start, m.end, m.text, cand.place, _confidence(best, second)))
    return out
