"""Score `geomap.temporal.find_timexes` (and dateparser, as a baseline) on TimeML gold files.

Usage:
    python bench/timexes.py [GOLD.jsonl ...] [--no-baseline] [--errors N]

Gold files default to TempEval-3 platinum and TimeBank in ../shared/bench. Each system's predictions
are written to a temporary JSON Lines file and scored by ../shared/bench/score.py (relaxed span F1 and
value F1 over DATE/TIME timexes); throughput is documents per second. `--errors N` lists up to N
disagreements (missed, spurious, wrong value) to guide rule work.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from geomap.temporal import find_timexes

BENCH = ROOT.parent / "shared" / "bench"
DEFAULT_GOLD = (BENCH / "TempEval3-platinum.jsonl", BENCH / "TimeBank-TBAQ.jsonl")
Json = dict[str, Any]  # a parsed JSON record
Tagger = Callable[[str, date], list[Json]]


def geomap_tagger(text: str, anchor: date) -> list[Json]:
    return [
        {"start": t.start, "end": t.end, "value": t.value, "type": t.type} for t in find_timexes(text, anchor)
    ]


def dateparser_tagger(text: str, anchor: date) -> list[Json]:
    """dateparser's search_dates, offsets recovered by searching each hit after the previous one."""
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day), "PREFER_DATES_FROM": "past"}
    parser = DateDataParser(languages=["en"], settings=settings)
    out: list[Json] = []
    pos = 0
    for surface, when in search_dates(text, languages=["en"], settings=settings) or []:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        period = parser.get_date_data(surface).period or "day"
        value = {"year": "%Y", "month": "%Y-%m", "week": "%G-W%V"}.get(period, "%Y-%m-%d")
        out.append({"start": start, "end": pos, "value": when.strftime(value), "type": "DATE"})
    return out


def load(path: Path) -> list[Json]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(docs: list[Json], tagger: Tagger) -> tuple[list[Json], float]:
    """Predictions per document and documents per second."""
    started = time.perf_counter()
    preds = [{"id": d["id"], "timexes": tagger(d["text"], date.fromisoformat(d["dct"][:10]))} for d in docs]
    return preds, len(docs) / max(time.perf_counter() - started, 1e-9)


def score(gold: Path, preds: list[Json]) -> Json:
    """Run the shared scorer on a temporary PRED file."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.writelines(json.dumps(p) + "\n" for p in preds)
    try:
        cmd = [sys.executable, str(BENCH / "score.py"), "timexes", str(gold), fh.name, "--json"]
        result: Json = json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)
        return result
    finally:
        Path(fh.name).unlink()


def errors(docs: list[Json], preds: list[Json], limit: int) -> None:
    """Print missed, spurious and wrongly valued timexes, paired by overlap as the scorer pairs them."""
    scorer = _scorer()
    shown = 0
    for doc, pred in zip(docs, preds, strict=True):
        gold = [g for g in doc["timexes"] if g["type"] in ("DATE", "TIME")]
        mine = [p for p in pred["timexes"] if scorer._is_date(p)]
        pairs = scorer.match_spans(gold, mine)
        rows = [(g, p) for g, p in pairs if g["value"] != p["value"]]
        rows += [(g, None) for g in gold if all(g is not m for m, _ in pairs)]
        rows += [(None, p) for p in mine if all(p is not m for _, m in pairs)]
        for g, p in sorted(rows, key=lambda r: (r[0] or r[1])["start"]):
            if shown >= limit:
                return
            shown += 1
            _print_error(doc, g, p)


def _print_error(doc: Json, g: Json | None, p: Json | None) -> None:
    text, span = doc["text"], g or p or {}
    start, end = span["start"], span["end"]
    context = text[max(0, start - 50) : end + 30].replace("\n", " ")
    gold, pred = g and g["value"], p and p["value"]
    print(f"{doc['dct']!s:.10} {text[start:end]!r:26} gold={gold!s:14} pred={pred!s:14} | {context}")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", BENCH / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="*", type=Path, default=list(DEFAULT_GOLD))
    ap.add_argument("--no-baseline", action="store_true", help="skip the dateparser baseline")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N disagreements")
    args = ap.parse_args(argv)
    systems: dict[str, Tagger] = {"geomap": geomap_tagger}
    if not args.no_baseline and importlib.util.find_spec("dateparser"):
        systems["dateparser"] = dateparser_tagger
    elif not args.no_baseline:
        print("dateparser is not installed: no baseline (pip install dateparser)", file=sys.stderr)
    print(
        f"{'gold':28} {'system':10} {'gold':>5} {'pred':>5} {'span P':>7} {'span R':>7} {'span F1':>7} "
        f"{'val P':>7} {'val R':>7} {'val F1':>7} {'docs/s':>8}"
    )
    for gold in args.gold:
        docs = load(gold)
        for name, tagger in systems.items():
            preds, rate = predict(docs, tagger)
            s = score(gold, preds)
            columns = ("precision", "recall", "f1", "value_precision", "value_recall", "value_f1")
            numbers = " ".join(f"{s[c]:7.3f}" for c in columns)
            print(f"{gold.name:28} {name:10} {s['gold']:5} {s['pred']:5} {numbers} {rate:8.1f}")
            if args.errors and name == "geomap":
                errors(docs, preds, args.errors)


if __name__ == "__main__":
    main()
