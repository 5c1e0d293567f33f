"""The `geomap` command: a thin click layer. Each command parses options, makes one library call, and turns
library errors into a one-line message and exit status 1 (bad input) or 2 (internal error).

Heavy modules (pandas, folium, shapely) are imported inside the commands that need them, so that
`geomap gazetteer lookup` starts fast.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from geomap import __version__
from geomap.errors import GeomapError

F = TypeVar("F", bound=Callable[..., Any])
KINDS = ("city", "admin1", "admin2", "country", "region", "continent", "water", "other")


class _Exit(click.ClickException):
    """A library error shown as one line; exit code 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"geomap: error: {self.format_message()}", err=True)


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that writes in progress clean up after themselves."""


def _terminated(signum: int, frame: Any) -> None:
    raise _Terminated


def _errors(func: F) -> F:
    """Library errors become one line on stderr and exit 1; Ctrl-C exits 130; anything unexpected exits 2."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        signal.signal(signal.SIGTERM, _terminated)
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:  # the reader stopped early ("geomap extract ... | head"): nothing to report
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:  # Ctrl-C: the shell's code for an interrupt, not a bad input's
            click.echo("geomap: interrupted", err=True)
            sys.exit(130)
        except _Terminated:  # `kill`: cleaned up as after Ctrl-C, with the shell's code for SIGTERM
            click.echo("geomap: terminated", err=True)
            sys.exit(143)
        except (GeomapError, OSError) as exc:
            raise _Exit(str(exc)) from exc
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:
            click.echo(f"geomap: internal error: {type(exc).__name__}: {exc}", err=True)
            sys.exit(2)
    return wrapper  # type: ignore[return-value]


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def gazetteer_options(func: F) -> F:
    """--gazetteer, --online and --user-agent, shared by the commands that resolve places."""
    func = click.option("--nominatim-url", default="https://nominatim.openstreetmap.org", show_default=True,
                        help="The Nominatim server --online asks (your own, or a mirror).")(func)
    func = click.option("--user-agent", help="Identify yourself to Nominatim (required with --online).")(func)
    func = click.option("--online", is_flag=True,
                        help="Ask Nominatim (through geopy, <= 1 request/s, cached) for names the offline "
                             "gazetteer lacks. Off by default.")(func)
    return click.option("--gazetteer", "gazetteer_paths", multiple=True, type=click.Path(path_type=Path),
                        help="Custom places (.csv/.geojson) that win over the embedded index, or another "
                             "index (.sqlite). Repeatable.")(func)


def jobs_option(func: F) -> F:
    """-j/--jobs, shared by the commands that read articles."""
    return click.option("-j", "--jobs", type=click.IntRange(min=1),
                        help="Processes that read the articles (default: one per CPU; never more than one per "
                             "25 articles, and one with --online). The output is the same for any number.")(func)


def _jobs(jobs: int | None) -> int:
    from geomap.batch import available_cpus

    return jobs or available_cpus()


def _gazetteer(paths: tuple[Path, ...], online: bool = False, user_agent: str | None = None,
               nominatim_url: str = "https://nominatim.openstreetmap.org") -> Any:
    from geomap.gazetteer import open_gazetteer

    if online and not user_agent:
        raise click.UsageError("--online needs --user-agent \"app/1.0 contact@example.org\" (Nominatim's policy)")
    if user_agent and not online:
        raise click.UsageError("--user-agent is for --online, which is not given")
    if not online:
        return open_gazetteer(paths)
    from geomap.gazetteer.online import NominatimFallback, server_parts

    try:
        scheme, domain = server_parts(nominatim_url)
    except ValueError as exc:
        raise click.UsageError(f"--nominatim-url: {exc}") from None
    return open_gazetteer(paths, NominatimFallback(user_agent or "", domain=domain, scheme=scheme))


class _Group(click.Group):
    """Usage errors exit 1 like other bad input (click's default is 2, which geomap keeps for bugs)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.pop("standalone_mode", None)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as exc:
            exc.show()
            sys.exit(1)
        except click.exceptions.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geomap")
def main() -> None:
    """geomap: places and dated events from news articles, on a map and in GeoJSON."""


@main.command()
@click.argument("inputs", nargs=-1, type=str)
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Folder for map.html, events.geojson and places.geojson.")
@click.option("--offline", is_flag=True, help="Make a map that needs no network: assets inlined, vector basemap.")
@click.option("--events", "events_files", multiple=True, type=click.Path(path_type=Path),
              help="Curated events to add: ACLED-style CSV, GDELT-style TSV/CSV, or geomap GeoJSON. Repeatable.")
@click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD) for articles without one.")
@click.option("--verbose", is_flag=True, help="List every merge and skipped row (else the first 20 of each).")
@jobs_option
@gazetteer_options
@_errors
def build(inputs: tuple[str, ...], out_dir: Path, offline: bool, events_files: tuple[Path, ...],
          published: date | None, verbose: bool, jobs: int | None, gazetteer_paths: tuple[Path, ...], online: bool,
          user_agent: str | None, nominatim_url: str) -> None:
    """Build map.html, events.geojson and places.geojson from articles (default: seeds/)."""
    from geomap.build import build as run_build

    gaz = _gazetteer(gazetteer_paths, online, user_agent, nominatim_url)
    sources = list(inputs) or (["seeds"] if not events_files else [])
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        summary = run_build(sources, out_dir, gaz, offline=offline, events_files=events_files, published=published,
                            progress=progress, jobs=_jobs(jobs))
    finally:
        if progress is not None:
            progress.close()  # (an interrupted bar gives the terminal its cursor back, and its line)
    for line in summary.lines(verbose):
        click.echo(line)


class _Progress:
    """A progress bar over the articles, drawn on stderr once their number is known."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.closed = False

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="articles", file=sys.stderr)
        self.bar.update(1)
        if done == total:
            self.close()

    def close(self) -> None:
        """Ends the bar's line and shows the cursor the bar hid, once."""
        if self.bar is not None and not self.closed:
            self.closed = True
            self.bar.render_finish()


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=str)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "geojson", "csv", "parquet"]),
              help="jsonl: one record per article (places, timexes, events); geojson/csv/parquet: the events. "
                   "Default: from the -o suffix (.geojson, .csv, .parquet), else jsonl.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
@click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD) for articles without one.")
@jobs_option
@gazetteer_options
@_errors
def extract(inputs: tuple[str, ...], fmt: str | None, output: Path | None, published: date | None, jobs: int | None,
            gazetteer_paths: tuple[Path, ...], online: bool, user_agent: str | None,
            nominatim_url: str) -> None:
    """Extract places, time expressions and events per article (`-` reads JSON Lines from stdin)."""
    from geomap.outputs import write_extractions

    gaz = _gazetteer(gazetteer_paths, online, user_agent, nominatim_url)
    for note in write_extractions(inputs, gaz, fmt, output, published, _jobs(jobs)):
        click.echo(f"geomap: {note}", err=True)


@main.command("export")
@click.argument("events_path", metavar="EVENTS", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "parquet"]),
              help="Output format (default: from the -o suffix, else geojson).")
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for stdout.")
@click.option("--since", help="Keep events on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Keep events on or before this date (YYYY[-MM[-DD]]).")
@click.option("--type", "types", multiple=True,
              help="Keep events of this type (meeting, battles, protests…; an unknown type is an error "
                   "listing them). Repeatable.")
@click.option("--country", help="Keep events in this country (ISO 3166-1 alpha-2 code, e.g. UA).")
@click.option("--bbox", help="Keep events inside W,S,E,N (W > E crosses the antimeridian).")
@_errors
def export_cmd(events_path: Path, fmt: str | None, output: str, since: str | None, until: str | None,
               types: tuple[str, ...], country: str | None, bbox: str | None) -> None:
    """Re-export a built events.geojson as GeoJSON, CSV or GeoParquet, optionally filtered."""
    from geomap.outputs import export_file

    export_file(events_path, output, fmt, since=since, until=until, types=types or None, country=country,
                bbox=bbox)


@main.group()
def gazetteer() -> None:
    """Look up places, inspect or rebuild the embedded gazetteer."""


@gazetteer.command()
@click.argument("name")
@click.option("--country", help="Only places in this country (ISO code, e.g. US).")
@click.option("--kind", type=click.Choice(KINDS), help="Only places of this kind.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="How many candidates.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@click.option("--gazetteer", "gazetteer_paths", multiple=True, type=click.Path(path_type=Path),
              help="Custom places (.csv/.geojson) or another index (.sqlite). Repeatable.")
@_errors
def lookup(name: str, country: str | None, kind: str | None, limit: int, as_json: bool,
           gazetteer_paths: tuple[Path, ...]) -> None:
    """Ranked candidates for NAME with coordinates, kind, country and population."""
    from geomap.gazetteer.report import lookup_lines

    for line in lookup_lines(_gazetteer(gazetteer_paths), name, country=country, kind=kind, limit=limit,
                             as_json=as_json):
        click.echo(line)


@gazetteer.command()
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--gazetteer", "gazetteer_paths", multiple=True, type=click.Path(path_type=Path),
              help="Custom places or another index to describe instead.")
@_errors
def info(as_json: bool, gazetteer_paths: tuple[Path, ...]) -> None:
    """What the index holds: counts by kind and country, sources, build date."""
    from geomap.gazetteer.report import info_lines

    for line in info_lines(_gazetteer(gazetteer_paths), as_json=as_json):
        click.echo(line)


@gazetteer.command("build")
@click.option("--geonames", "geonames_dir", type=click.Path(path_type=Path), default=Path("gazetteer/cache"),
              show_default=True, help="Folder of GeoNames dumps (cities500.txt or allCountries.txt, "
                                      "admin1CodesASCII.txt, optional alternateNamesV2.txt, countryInfo.txt).")
@click.option("--curated", "curated_dir", type=click.Path(path_type=Path), default=Path("gazetteer"),
              show_default=True, help="Folder of curated sources (countries, aliases, regions).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Index to write (.sqlite); default: the package's embedded index.")
@click.option("--replace", is_flag=True, help="Replace the embedded index even with one of less than half its "
                                              "places.")
@_errors
def build_index(geonames_dir: Path, curated_dir: Path, output: Path | None, replace: bool) -> None:
    """Rebuild the gazetteer index from GeoNames dumps and the curated files."""
    from geomap.gazetteer.build import build_embedded

    counts, written = build_embedded(geonames_dir, curated_dir, output, replace=replace)
    click.echo(f"wrote {written}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


@main.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(["toponyms", "timexes", "events"]),
              help="What to score (default: inferred from the gold file).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@jobs_option
@gazetteer_options
@_errors
def evaluate(gold: Path, kind: str | None, as_json: bool, jobs: int | None, gazetteer_paths: tuple[Path, ...],
             online: bool, user_agent: str | None, nominatim_url: str) -> None:
    """Run the extractor on an annotated corpus and score it (same definitions as bench/score.py)."""
    from geomap.evaluate import evaluate_file

    scores = evaluate_file(gold, _gazetteer(gazetteer_paths, online, user_agent, nominatim_url), kind, _jobs(jobs))
    if as_json:
        click.echo(json.dumps(scores, sort_keys=True))
    else:
        for key, value in scores.items():
            click.echo(f"{key:>20}: {value}")

