"""Reading articles end to end: `geomap extract` (places, dates, events) in one process and with `-j N`.

Usage: python bench/articles.py [CORPUS.jsonl] [--jobs N] [--runs 3] [--limit N]

CORPUS defaults to the texts of ../shared/bench/LGL.jsonl (any JSON Lines of {"id", "text", "published"} works).
Each run is a fresh `geomap extract` process, loading included; the one-process and N-process runs alternate,
so both see the same machine load. Prints the median wall seconds, articles per second, the speed-up of N
processes over one, whether both wrote the same bytes, and the largest process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from geomap.batch import available_cpus

DEFAULT = ROOT.parent / "shared" / "bench" / "LGL.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=max(2, available_cpus()))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    geomap = shutil.which("geomap", path=str(Path(sys.executable).parent)) or "geomap"
    lines = [line for line in args.corpus.read_text(encoding="utf-8").split("\n") if line.strip()][:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({k: v for k, v in json.loads(line).items()
                                              if k in ("id", "text", "published")}) + "\n" for line in lines),
                          encoding="utf-8")
        seconds: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.runs):
            for jobs in seconds:
                start = time.perf_counter()
                subprocess.run([geomap, "extract", str(corpus), "-j", str(jobs), "-o", f"{tmp}/{jobs}.jsonl"],
                               check=True, stderr=subprocess.DEVNULL)
                seconds[jobs].append(time.perf_counter() - start)
        same = (Path(tmp) / "1.jsonl").read_bytes() == (Path(tmp) / f"{args.jobs}.jsonl").read_bytes()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{len(lines)} articles from {args.corpus.name}, medians of {args.runs} runs, loading included")
    for jobs, runs in seconds.items():
        median = statistics.median(runs)
        print(f"-j {jobs:<3} {median:7.2f} s  {len(lines) / median:7.1f} articles/s  "
              f"(runs: {', '.join(f'{s:.2f}' for s in runs)})")
    one, many = statistics.median(seconds[1]), statistics.median(seconds[args.jobs])
    print(f"-j {args.jobs} / -j 1: {one / many:.2f}x faster; same output: {'yes' if same else 'NO'}; "
          f"largest process peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
