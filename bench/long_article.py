"""How `geomap extract` time grows with one article's length: a single text of 250 KB, 500 KB, 1 MB and 2 MB.

Usage: python bench/long_article.py [GOLD.jsonl] [--sizes 250,500,1000,2000] [--runs 1]

The article is made of the gold file's texts (../shared/bench/LGL.jsonl by default: local news) joined by blank
lines, repeated as needed and cut at a paragraph end, with a date line. Each size runs `--runs` times in fresh
processes (loading included) and the median is reported, with the ratio to the size before it: 2.0 per doubling
is linear growth, 4.0 quadratic.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"


def article(texts: list[str], size: int) -> str:
    """About `size` characters of the texts, ending at a paragraph end, under a date line."""
    body = "\n\n".join(texts)
    while len(body) < size:
        body += "\n\n" + body
    cut = body.rfind("\n\n", 0, size)
    return "Published: 2024-05-01\n\n" + body[: cut if cut > 0 else size]


def timed(path: Path, out: Path) -> float:
    """Seconds of one `geomap extract` in a fresh process."""
    start = time.perf_counter()
    geomap = shutil.which("geomap", path=str(Path(sys.executable).parent)) or "geomap"
    subprocess.run([geomap, "extract", str(path), "-o", str(out)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=SHARED / "LGL.jsonl")
    parser.add_argument("--sizes", default="250,500,1000,2000", help="article sizes in KB")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.gold.read_text(encoding="utf-8").split("\n") if line.strip()]
    print(f"{'size KB':>8} {'seconds':>8} {'KB/s':>7} {'x previous':>11}")
    previous = None
    with tempfile.TemporaryDirectory() as tmp:
        for kb in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp, f"article_{kb}.txt")
            path.write_text(article(texts, kb * 1000), encoding="utf-8")
            seconds = statistics.median(timed(path, Path(tmp, "out.jsonl")) for _ in range(args.runs))
            ratio = f"{seconds / previous:.2f}" if previous else "-"
            print(f"{kb:>8} {seconds:>8.2f} {kb / seconds:>7.1f} {ratio:>11}")
            previous = seconds


if __name__ == "__main__":
    main()
