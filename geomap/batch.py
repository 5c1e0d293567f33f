"""Extracting many articles: in input order, spread over worker processes when there are enough of them.

Each article's extraction depends on that article and the gazetteer only (the caches on the way change how
fast, never what), so the results are the same whichever process reads an article and however many there
are. Workers open the gazetteer afresh (an SQLite connection must not cross a fork) with the same user places,
ignore Ctrl-C (the parent stops them) and die on SIGTERM. A gazetteer with an online fallback keeps to one
process: its rate limit and cache are the process's own.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from pathlib import Path

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.custom import CustomPlaces
from geomap.models import Article
from geomap.pipeline import Extraction, extract

PER_WORKER = 25  # articles a worker must have for it to pay: a worker compiles its own specialised patterns
CHUNK = 4  # articles handed to a worker at a time
_worker_gazetteer: Gazetteer | None = None


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it, else all)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def workers_for(articles: int, jobs: int, gazetteer: Gazetteer) -> int:
    """How many processes to use: at most `jobs`, one per PER_WORKER articles, one with an online fallback."""
    if gazetteer.fallback is not None:
        return 1
    return max(1, min(jobs, articles // PER_WORKER))


def extract_all(articles: Sequence[Article], gazetteer: Gazetteer, jobs: int = 1,
                progress: Callable[[int, int], None] | None = None) -> list[Extraction]:
    """Extractions in input order, over up to `jobs` processes (see `workers_for`). `progress(done, total)` is
    called after each article, in order."""
    total = len(articles)
    workers = workers_for(total, jobs, gazetteer)
    if workers == 1:
        results = (extract(a, gazetteer) for a in articles)
        return [_reported(x, done, total, progress) for done, x in enumerate(results, 1)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(workers, _start_worker, (gazetteer.path, gazetteer.custom)) as pool:
        results = pool.imap(_extract_in_worker, articles, chunksize=CHUNK)
        return [_reported(x, done, total, progress) for done, x in enumerate(results, 1)]


def _reported(x: Extraction, done: int, total: int, progress: Callable[[int, int], None] | None) -> Extraction:
    if progress:
        progress(done, total)
    return x


def _start_worker(path: Path, custom: CustomPlaces) -> None:
    global _worker_gazetteer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_gazetteer = Gazetteer(path, custom)


def _extract_in_worker(article: Article) -> Extraction:
    assert _worker_gazetteer is not None, "a worker's gazetteer is opened when it starts"
    return extract(article, _worker_gazetteer)
