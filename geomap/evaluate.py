"""`geomap eval`: run the extractor on an annotated corpus and score it.

The definitions are those of the shared bench scorer (score.py): toponym spans match when they overlap
(one-to-one, greedy by overlap), resolution is scored on matched pairs whose gold has coordinates (Acc@161,
mean/median km, AUC of the log error), e2e Acc@161 divides by every gold toponym with coordinates; timexes
are DATE/TIME with relaxed spans and exact values; a gold event is found by a predicted event with the same
date at the gold's precision within 161 km.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from geomap.batch import extract_all
from geomap.errors import InputError, broken_lines
from geomap.gazetteer import Gazetteer
from geomap.ingest import article_from_record
from geomap.pipeline import extraction_json
from geomap.resolve import km

IGNORED_TYPES = {"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"}
MAX_KM = 20039.0
Doc = Mapping[str, Any]


def match_spans(gold: Sequence[Doc], pred: Sequence[Doc]) -> list[tuple[Doc, Doc]]:
    """One-to-one greedy matching of overlapping spans, largest overlap first."""
    pairs = sorted(((min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if min(g["end"], p["end"]) > max(g["start"], p["start"])), key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_toponyms(gold: Mapping[str, Doc], pred: Mapping[str, Doc]) -> dict[str, Any]:
    n_gold = n_pred = tp = strict = n_coords = 0
    errors: list[float] = []
    for doc_id, g in gold.items():
        gt = [t for t in g.get("toponyms", []) if t.get("type") not in IGNORED_TYPES]
        pt = (pred.get(doc_id) or {}).get("toponyms", [])
        n_gold, n_pred = n_gold + len(gt), n_pred + len(pt)
        n_coords += sum(1 for t in gt if t.get("lat") is not None)
        for gs, ps in match_spans(gt, pt):
            tp += 1
            strict += gs["start"] == ps["start"] and gs["end"] == ps["end"]
            if gs.get("lat") is not None:
                errors.append(MAX_KM if ps.get("lat") is None or ps.get("lon") is None
                              else km(gs["lat"], gs["lon"], ps["lat"], ps["lon"]))
    p, r, f = prf(tp, n_pred, n_gold)
    ok = sum(e <= 161 for e in errors)
    auc = sum(math.log(1 + min(e, MAX_KM)) for e in errors) / (len(errors) * math.log(1 + MAX_KM)) if errors else None
    return {"docs": len(gold), "gold": n_gold, "pred": n_pred, "precision": p, "recall": r, "f1": f,
            "strict_f1": prf(strict, n_pred, n_gold)[2], "resolved_pairs": len(errors),
            "acc161": round(ok / len(errors), 4) if errors else None,
            "e2e_acc161": round(ok / n_coords, 4) if n_coords else None,
            "mean_km": round(statistics.fmean(errors), 1) if errors else None,
            "median_km": round(statistics.median(errors), 1) if errors else None,
            "auc": round(auc, 4) if auc is not None else None}


def _is_date(t: Doc) -> bool:
    if t.get("type") in ("DURATION", "SET"):
        return False
    v = str(t.get("value") or "")
    return not (len(v) > 1 and v[0] == "P" and (v[1].isdigit() or v[1] == "T"))


def score_timexes(gold: Mapping[str, Doc], pred: Mapping[str, Doc]) -> dict[str, Any]:
    n_gold = n_pred = tp = tp_value = 0
    for doc_id, g in gold.items():
        gt = [t for t in g.get("timexes", []) if t.get("type") in ("DATE", "TIME")]
        pt = [t for t in (pred.get(doc_id) or {}).get("timexes", []) if _is_date(t)]
        n_gold, n_pred = n_gold + len(gt), n_pred + len(pt)
        for gs, ps in match_spans(gt, pt):
            tp += 1
            tp_value += str(gs.get("value")) == str(ps.get("value"))
    p, r, f = prf(tp, n_pred, n_gold)
    vp, vr, vf = prf(tp_value, n_pred, n_gold)
    return {"gold": n_gold, "pred": n_pred, "precision": p, "recall": r, "f1": f,
            "value_precision": vp, "value_recall": vr, "value_f1": vf}


def score_events(gold: Mapping[str, Doc], pred: Mapping[str, Doc]) -> dict[str, Any]:
    n_gold = found = n_pred = hit_pred = 0
    for doc_id, g in gold.items():
        ge = g.get("events", [])
        pe = [p for p in (pred.get(doc_id) or {}).get("events", []) if p.get("lat") is not None]
        n_gold, n_pred = n_gold + len(ge), n_pred + len(pe)
        matched: set[int] = set()
        for e in ge:
            if not e.get("date"):
                continue
            key = str(e["date"])[: {"day": 10, "month": 7, "year": 4}.get(e.get("date_precision") or "day", 10)]
            hits = [i for i, p in enumerate(pe) if str(p.get("date") or "")[: len(key)] == key
                    and km(e["lat"], e["lon"], p["lat"], p["lon"]) <= 161]
            found += bool(hits)
            matched.update(hits)
        hit_pred += len(matched)
    return {"gold": n_gold, "pred": n_pred, "recall": round(found / n_gold, 4) if n_gold else None,
            "precision": round(hit_pred / n_pred, 4) if n_pred else None,
            "pred_per_gold": round(n_pred / n_gold, 2) if n_gold else None}


SCORERS = {"toponyms": score_toponyms, "timexes": score_timexes, "events": score_events}


LINE = "_line"  # the line a gold document was read from, for messages about it


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """Gold documents by id; every broken line is named, with the file and its number, in one error."""
    docs: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", str(path)) from exc
    first: dict[str, int] = {}
    problems: list[str] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                doc = _gold_document(line, str(path), number)
                doc_id = str(doc["id"])
                if doc_id in first:
                    raise InputError(f"gold id {doc_id!r} also used on line {first[doc_id]}", str(path), number)
            except InputError as exc:
                problems.append(str(exc))
                continue
            first[doc_id] = number
            docs[doc_id] = {**doc, LINE: number}
    if problems:
        raise broken_lines(problems, str(path))
    return docs


def _gold_document(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except ValueError as exc:
        raise InputError(f"not a gold document: {exc}", path, number) from exc
    if not isinstance(doc, dict) or "id" not in doc:
        raise InputError("not a gold document: an object with an `id` was expected", path, number)
    _check_gold(doc, path, number)
    return doc


def _check_gold(doc: Mapping[str, Any], path: str, number: int) -> None:
    """A text; lists of annotations; spans that are whole numbers inside the text; coordinates that are numbers
    on the globe, or both missing (an event's precision other than month or year counts as day, as in
    score.py)."""
    if not isinstance(doc.get("text"), str) or not doc["text"].strip():
        raise InputError("no text", path, number)
    size = len(doc["text"])
    for kind in ("toponyms", "timexes", "events"):
        items = doc.get(kind) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(f"{kind} is no list of objects", path, number)
        for n, item in enumerate(items, 1):
            if kind != "events" and not (isinstance(start := item.get("start"), int)
                                         and isinstance(end := item.get("end"), int) and 0 <= start < end <= size):
                raise InputError(f"{kind} {n}: start {item.get('start')!r} and end {item.get('end')!r} are no span "
                                 "of the text", path, number)
            lat, lon = item.get("lat"), item.get("lon")
            if kind != "timexes" and (lat, lon) != (None, None) and not (
                    all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
                    and -90 <= lat <= 90 and -180 <= lon <= 180):
                raise InputError(f"{kind} {n}: lat {lat!r} and lon {lon!r} are no point (give both numbers, or "
                                 "neither)", path, number)


def choose_kind(gold: Mapping[str, Doc], kind: str | None, path: str) -> str:
    """The kind to score: the one asked for, else the first of toponyms, timexes and events the gold has.
    Gold without annotations of that kind would score 0 for want of anything to find: an error."""
    present = [k for k in SCORERS if any(doc.get(k) for doc in gold.values())]
    if not present:
        raise InputError("the gold has no toponyms, timexes or events to score", path)
    if kind and kind not in present:
        raise InputError(f"the gold has no {kind} to score (it has {', '.join(present)}: try --kind {present[0]})",
                         path)
    return kind or present[0]


def predict(gold: Mapping[str, Doc], gazetteer: Gazetteer, path: str = "gold",
            jobs: int = 1) -> dict[str, dict[str, Any]]:
    """The extractor's output for each gold document (its text, dated by its dct/published), read in up to
    `jobs` processes."""
    articles = [article_from_record({"id": doc_id, "text": doc.get("text"),
                                     "published": doc.get("published") or doc.get("dct")}, path, doc.get(LINE, line))
                for line, (doc_id, doc) in enumerate(gold.items(), 1)]
    return dict(zip(gold, map(extraction_json, extract_all(articles, gazetteer, jobs)), strict=True))


def evaluate_file(path: Path, gazetteer: Gazetteer, kind: str | None = None, jobs: int = 1) -> dict[str, Any]:
    """Scores of the extractor on a gold JSON Lines file."""
    gold = load_gold(path)
    kind = choose_kind(gold, kind, str(path))
    undated = next((doc for doc in gold.values() if not (doc.get("published") or doc.get("dct"))), None)
    if kind == "timexes" and undated is not None:  # relative dates need the day they are relative to
        raise InputError("timexes are scored against the document's date: give it `dct` or `published`", str(path),
                         undated[LINE])
    return {"kind": kind, **SCORERS[kind](gold, predict(gold, gazetteer, str(path), jobs))}
