"""The command line: help texts, each command end to end, errors, atomic and deterministic outputs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geomap.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1d75afbcd03a558f.txt"
BIN = Path(sys.executable).parent


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def commands(group: click.Group, prefix: str = "geomap") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix} {name}", cmd))
        if isinstance(cmd, click.Group):
            out += commands(cmd, f"{prefix} {name}")
    return out


@pytest.mark.parametrize(("name", "cmd"), commands(main), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_has_help_and_is_documented(name, cmd):
    assert cmd.help and len(cmd.help) > 20
    result = run(*name.split()[1:], "--help")
    assert result.exit_code == 0 and "Usage:" in result.output
    assert all(p.help for p in cmd.params if isinstance(p, click.Option)), name
    if not isinstance(cmd, click.Group):
        assert f"`{name}" in (ROOT / "README.md").read_text(encoding="utf-8"), f"README does not document {name}"


def test_extract_prints_one_json_line_per_article():
    result = run("extract", str(SEED))
    assert result.exit_code == 0
    [line] = result.output.splitlines()
    record = json.loads(line)
    assert list(record)[:2] == ["id", "published"]
    assert {"dateline", "toponyms", "unresolved", "timexes", "events"} <= set(record)
    assert record["dateline"]["place_id"] == "geonames:323777" and record["source"] == "TDI"


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_extract_other_formats(tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert run("extract", str(SEED), "--format", fmt, "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert ("FeatureCollection" in text) if fmt == "geojson" else text.startswith("id,date,")


@pytest.mark.parametrize(("name", "args", "start"), [
    ("x.csv", [], b"id,date,"),
    ("x.CSV", [], b"id,date,"),
    ("x.geojson", [], b'{"bbox":'),
    ("x.parquet", [], b"PAR1"),
    ("x.jsonl", [], b'{"id": "a", "published"'),
    ("x", [], b'{"id": "a", "published"'),  # no suffix: the default
    ("x.txt", ["--format", "jsonl"], b'{"id": "a", "published"'),  # a suffix no format has, with --format
    ("x.json", ["--format", "geojson"], b'{"bbox":'),
])
def test_extract_format_follows_the_output_suffix_unless_given(tmp_path, name, args, start):
    article = tmp_path / "a.txt"
    article.write_text("Antalya, 10 March 2022 (TDI): Talks were held in Kyiv today.", encoding="utf-8")
    assert run("extract", str(article), "-o", str(tmp_path / name), *args).exit_code == 0
    assert (tmp_path / name).read_bytes().startswith(start)


@pytest.mark.parametrize(("name", "fmt"), [("x.geojson", "csv"), ("x.csv", "jsonl"), ("x.parquet", "geojson")])
def test_a_format_the_output_name_contradicts_is_an_error(tmp_path, name, fmt):
    """QA 14: "extract --format csv -o x.geojson" wrote CSV into a file named .geojson, silently."""
    article = tmp_path / "a.txt"
    article.write_text("Antalya, 10 March 2022 (TDI): Talks were held in Kyiv today.", encoding="utf-8")
    result = run("extract", str(article), "-o", str(tmp_path / name), "--format", fmt)
    assert result.exit_code == 1 and f"--format {fmt} does not write" in result.output
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("command", ["extract", "export"])
def test_an_output_suffix_no_format_has_is_an_error(tmp_path, command):
    """QA 10: "export … -o x.xlsx" wrote GeoJSON into a file named .xlsx."""
    article = tmp_path / "a.txt"
    article.write_text("Antalya, 10 March 2022 (TDI): Talks were held in Kyiv today.", encoding="utf-8")
    source = article
    if command == "export":
        source = tmp_path / "e.geojson"
        assert run("extract", str(article), "-o", str(source)).exit_code == 0
    result = CliRunner().invoke(main, [command, str(source), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 1 and "no format is written as '.xlsx'" in result.output
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize(("args", "needle"), [
    (["Kharkov"], "Kharkiv (Kharkiv, UA) city"),
    (["Kiev"], "Kyiv"),
    (["Lugansk"], "Luhansk"),
    (["Türkiye"], "Turkey (TR) country  39.00000, 35.00000"),
    (["Donbass"], "Donbas (UA) region"),
    (["Springfield", "--country", "US"], "Springfield (Illinois, US) city"),
])
def test_gazetteer_lookup(args, needle):
    result = run("gazetteer", "lookup", *args)
    assert result.exit_code == 0 and needle in result.output.splitlines()[0]
    assert "pop " in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["Paris", "--country", "USA"], "--country USA: not an ISO 3166-1 alpha-2 country code (USA is US)"),
    ([""], "the name to look up is empty"),
])
def test_gazetteer_lookup_refuses_bad_input(args, message):
    result = run("gazetteer", "lookup", *args)
    assert result.exit_code == 1 and message in result.output


def test_gazetteer_lookup_json_and_nothing_found():
    rows = [json.loads(x) for x in run("gazetteer", "lookup", "Odessa", "--json", "--limit", "3").output.splitlines()]
    assert rows[0]["name"] == "Odesa" and rows[0]["country_code"] == "UA" and len(rows) == 3
    assert "no place named 'Lavrov'" in run("gazetteer", "lookup", "Lavrov").output


def test_gazetteer_info():
    out = run("gazetteer", "info").output
    assert re.search(r"city \d", out) and "country 240" in out and "GeoNames (CC BY 4.0" in out and "built:" in out


@pytest.mark.parametrize(("files", "message"), [
    ({}, "missing.txt: no such file or folder"),
    ({"bad.txt": b"\xff\xfe not utf-8"}, "bad.txt:1: not UTF-8"),
    ({"empty.txt": b""}, "empty.txt: empty file"),
    ({"bad.jsonl": b'{"id": "a", "text": "Kyiv"}\n{oops\n'}, "bad.jsonl:2: not valid JSON"),
])
def test_bad_input_exits_1_naming_the_file_and_writes_nothing(tmp_path, files, message):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    target = tmp_path / (next(iter(files)) if files else "missing.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEED), str(target), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output and result.output.count("\n") == 1
    assert not out.exists()


def test_build_lists_the_files_it_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kyiv, 10 March 2022 (TDI): Talks were held in Kyiv.", encoding="utf-8")
    (folder / "b.pdf").write_bytes(b"%PDF")
    result = run("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0 and "documents: 1\nfiles skipped: 1\n" in result.output
    assert f"  skipped file: {folder / 'b.pdf'}: not an article (.txt, .md, .jsonl, .html, .htm files are read)\n" \
        in result.output
    extracted = run("extract", str(folder))
    assert extracted.exit_code == 0 and json.loads(extracted.stdout)["id"] == "a"
    assert extracted.stderr == f"geomap: skipped file: {folder / 'b.pdf'}: not an article " \
        "(.txt, .md, .jsonl, .html, .htm files are read)\n"


def test_a_future_publication_date_is_a_warning(tmp_path):
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "a", "text": "Talks in Kyiv.", "published": "2022-03-10"}\n\n'
                        '{"id": "b", "text": "Talks in Kyiv.", "published": "2999-01-01"}\n', encoding="utf-8")
    result = run("build", str(articles), "-o", str(tmp_path / "out"), "--published", "2998-12-31")
    assert result.exit_code == 0 and "documents: 2\n" in result.output
    assert "--published" not in result.output  # QA 8: no article takes it, both being dated
    assert f"  warning: {articles}:3: published 2999-01-01 is in the future\n" in result.output
    extracted = run("extract", str(articles))
    assert extracted.exit_code == 0 and len(extracted.stdout.splitlines()) == 2
    assert extracted.stderr == f"geomap: warning: {articles}:3: published 2999-01-01 is in the future\n"


@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_folder_without_articles_is_an_error(tmp_path, command):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.pdf").write_bytes(b"%PDF")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [command, str(folder), "-o", str(out)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert f"{folder}: no articles to read (.txt, .md, .jsonl, .html, .htm files are read; 1 other file skipped)" \
        in result.output
    assert not out.exists()


def test_a_curated_only_build_needs_no_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    acled = ROOT / "tests" / "data" / "imports" / "acled_sample.csv"
    result = run("build", str(folder), "--events", str(acled), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0 and "documents: 0\n" in result.output
    assert (tmp_path / "out" / "map.html").exists()


def test_an_imported_event_dated_in_the_future_is_a_warning(tmp_path):
    """QA: an ACLED row dated 2099-06-25 was imported without a word."""
    acled = tmp_path / "acled.csv"
    rows = (ROOT / "tests" / "data" / "imports" / "acled_sample.csv").read_text(encoding="utf-8").splitlines()
    acled.write_text("\n".join([rows[0], rows[1].replace("2022-03-10,2022", "2099-06-25,2099")]) + "\n",
                     encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    result = run("build", str(folder), "--events", str(acled), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert f"  warning: {acled}: event acled:UKR1001: dated 2099-06-25, in the future\n" in result.output


def test_an_imported_week_or_season_that_has_begun_is_no_future(tmp_path):
    """QA 7: events re-imported from an events.geojson dated "2026-W29" or "2026-SU" were warned about."""
    result = run("build", str(ROOT / "seeds"), "-o", str(tmp_path / "a"))
    data = json.loads((tmp_path / "a" / "events.geojson").read_text(encoding="utf-8"))
    features = data["features"][:3]
    for feature, value in zip(features, ("2022-W10", "2022-SP", "2999-W01"), strict=True):
        feature["properties"]["date"] = value
        feature["properties"]["id"] += "-again"
    again = tmp_path / "again.geojson"
    again.write_text(json.dumps(data | {"features": features}), encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    result = run("build", str(folder), "--events", str(again), "-o", str(tmp_path / "b"))
    assert result.exit_code == 0 and result.output.count("in the future") == 1
    assert "dated 2999-W01, in the future" in result.output


def test_build_is_deterministic_and_valid(tmp_path, geojson_check):
    first, second = tmp_path / "a", tmp_path / "b"
    result = run("build", str(ROOT / "seeds"), "-o", str(first))
    assert result.exit_code == 0 and "documents: 1" in result.output and "events: " in result.output
    run("build", str(ROOT / "seeds"), "-o", str(second))
    for name in ("events.geojson", "places.geojson", "map.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert geojson_check.check(str(first / "events.geojson"), events=True) == []
    assert geojson_check.check(str(first / "places.geojson")) == []
    events = json.loads((first / "events.geojson").read_text(encoding="utf-8"))
    assert "crs" not in events and len(events["bbox"]) == 4
    antalya = next(f for f in events["features"] if f["properties"]["place"] == "Antalya")
    assert antalya["geometry"]["coordinates"] == [30.69556, 36.90812]  # [lon, lat]
    places = json.loads((first / "places.geojson").read_text(encoding="utf-8"))
    donbas = next(f for f in places["features"] if f["properties"]["name"] == "Donbas")
    assert donbas["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_build_bytes_do_not_depend_on_the_order_of_the_inputs(tmp_path):
    """QA 6: the places' cited sentences and written names followed the order the files were named in."""
    for name, text in (("a.txt", "GENEVA - Talks opened in Geneva on Monday. India said it would join."),
                       ("b.txt", "NEW DELHI - India sent envoys to GENEVA on Monday.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    run("build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "ab"))
    run("build", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "ba"))
    for name in ("events.geojson", "places.geojson", "map.html"):
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "ba" / name).read_bytes(), name


@pytest.mark.parametrize(("out", "message"), [
    ("afile", "-o {0}/afile: not a folder\n"),
    ("afile/sub", "-o {0}/afile/sub: not a folder ({0}/afile is a file)\n"),
])
def test_build_output_must_be_a_folder(tmp_path, out, message):
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / out)])
    assert result.exit_code == 1 and result.output == "geomap: error: " + message.format(tmp_path)
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep me"


def test_build_refuses_an_output_folder_it_cannot_write_before_any_work(tmp_path, monkeypatch):
    """QA 6: a read-only folder failed only after the whole run, naming a temporary file."""
    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("geomap.build.tempfile.TemporaryFile", refuse)
    monkeypatch.setattr("geomap.build.read_articles", lambda *a, **k: pytest.fail("read before the check"))
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"geomap: error: -o {tmp_path / 'out'}: cannot write in {tmp_path}: Read-only file system\n"
    (tmp_path / "blocked" / "map.html").mkdir(parents=True)  # a folder where an output goes
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / "blocked")])
    assert result.exit_code == 1
    assert result.output == (f"geomap: error: -o {tmp_path / 'blocked'}: a folder stands where map.html is to be "
                             "written\n")


def test_build_names_an_output_folder_it_cannot_create(tmp_path, monkeypatch):
    out, mkdir = tmp_path / "out", Path.mkdir

    def refuse(self, *args, **kwargs):
        if self == out:
            raise PermissionError(13, "Permission denied")
        return mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out)])
    assert result.exit_code == 1 and result.output == f"geomap: error: -o {out}: cannot create the folder: " \
        "Permission denied\n"


def test_failed_build_keeps_the_previous_outputs(tmp_path):
    out = tmp_path / "out"
    run("build", str(ROOT / "seeds"), "-o", str(out))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(tmp_path / "broken.jsonl"), "-o", str(out)]).exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_export_filters_a_built_event_set(tmp_path):
    run("build", str(ROOT / "seeds"), "-o", str(tmp_path))
    out = tmp_path / "march.csv"
    result = run("export", str(tmp_path / "events.geojson"), "-o", str(out), "--since", "2022-03-01",
                 "--type", "humanitarian", "--country", "UA")
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all(",humanitarian," in line for line in lines[1:])


EVENT = {"type": "Feature", "id": "e1", "geometry": {"type": "Point", "coordinates": [30.69556, 36.90812]},
         "properties": {"id": "e1", "date": "2022-03-10", "type": "meeting", "country_code": "TR"}}


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "meetings"], "--type meetings: unknown event type (choose from battles, "),
    (["--country", "Kenya"], "--country Kenya: not an ISO 3166-1 alpha-2 country code (Kenya is KE)"),
    (["--country", "XX"], "--country XX: not an ISO 3166-1 alpha-2 country code"),
    (["--since", "2025", "--until", "2020"], "--since 2025 is after --until 2020"),
])
def test_export_refuses_filters_that_cannot_match(tmp_path, args, message):
    events = tmp_path / "events.geojson"
    events.write_text(json.dumps({"type": "FeatureCollection", "features": [EVENT]}), encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["export", str(events), "-o", str(out), *args])
    assert result.exit_code == 1 and message in result.output and result.output.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("name", ["Meeting", "MEETING", " meeting "])
def test_export_types_are_read_in_any_case(tmp_path, name):  # QA 8: "--type Protests" was refused
    events = tmp_path / "events.geojson"
    events.write_text(json.dumps({"type": "FeatureCollection", "features": [EVENT]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(events), "--type", name, "--format", "csv"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 2, result.output


def test_eval_matches_the_shared_scorer(tmp_path, shared):
    gold = tmp_path / "gold.jsonl"
    lgl = (shared / "bench" / "LGL.jsonl").read_text(encoding="utf-8").split("\n")[:12]
    seed = (shared / "bench" / "seed.gold.jsonl").read_text(encoding="utf-8").strip()
    gold.write_text("\n".join([seed, *lgl]) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": d["id"], "text": d["text"], "published": d.get("published")}) + "\n"
                                for d in map(json.loads, gold.read_text(encoding="utf-8").split("\n")[:-1])),
                        encoding="utf-8")
    assert run("extract", str(articles), "-o", str(pred)).exit_code == 0
    for kind in ("toponyms", "events"):
        ours = json.loads(run("eval", str(gold), "--kind", kind, "--json").output)
        theirs = json.loads(subprocess.run([sys.executable, str(shared / "bench" / "score.py"), kind, str(gold),
                                            str(pred), "--json"], capture_output=True, text=True, check=True).stdout)
        assert {k: ours[k] for k in theirs if k in ours} == {k: theirs[k] for k in theirs if k in ours}


def test_eval_timexes_matches_the_shared_scorer(tmp_path, shared):
    gold = tmp_path / "tempeval.jsonl"
    docs = (shared / "bench" / "TempEval3-platinum.jsonl").read_text(encoding="utf-8").split("\n")[:4]
    gold.write_text("\n".join(docs) + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": d["id"], "text": d["text"], "published": d["dct"]}) + "\n"
                                for d in map(json.loads, docs)), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    assert run("extract", str(articles), "-o", str(pred)).exit_code == 0
    ours = json.loads(run("eval", str(gold), "--json").output)
    theirs = json.loads(subprocess.run([sys.executable, str(shared / "bench" / "score.py"), "timexes", str(gold),
                                        str(pred), "--json"], capture_output=True, text=True, check=True).stdout)
    assert ours["kind"] == "timexes" and {k: ours[k] for k in theirs} == theirs


def test_eval_refuses_gold_without_the_kind_asked_for(shared):
    gold = shared / "bench" / "seed.gold.jsonl"
    result = CliRunner().invoke(main, ["eval", "--kind", "timexes", str(gold)])
    assert result.exit_code == 1
    assert result.output == f"geomap: error: {gold}: the gold has no timexes to score (it has toponyms, events: " \
        "try --kind toponyms)\n"


def test_seed_acceptance_check(shared):
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run([sys.executable, str(shared / "checks" / "seed_check.py"), str(SEED)],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "seed: 0 failures" in result.stdout


def test_internal_errors_exit_2(monkeypatch):
    import geomap.outputs

    def boom(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(geomap.outputs, "write_extractions", boom)
    result = CliRunner().invoke(main, ["extract", str(SEED)])
    assert result.exit_code == 2 and "internal error" in result.output


def test_build_with_curated_events_reports_skipped_rows(tmp_path, geojson_check):
    imports = ROOT / "tests" / "data" / "imports"
    result = run("build", str(ROOT / "seeds"), "--events", str(imports / "acled_sample.csv"),
                 "--events", str(imports / "gdelt_v2_sample.tsv"), "-o", str(tmp_path))
    assert result.exit_code == 0
    assert "acled_sample.csv:6: non-numeric coordinates" in result.output
    assert "gdelt_v2_sample.tsv:7: bad SQLDATE" in result.output
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    origins = {f["properties"]["origin"] for f in events["features"]}
    assert origins == {"extracted", "acled", "gdelt"}
    skipped = int(result.output.split("rows skipped: ")[1].split()[0])
    assert skipped == result.output.count("  skipped: ")
    assert geojson_check.check(str(tmp_path / "events.geojson"), events=True) == []


def test_a_build_summary_lists_the_first_merges_and_counts_the_rest():
    """QA 5: a 4,000-article build had printed 9,315 lines, one per merge."""
    from geomap.build import SHOWN, BuildSummary

    merges = tuple(f"merged m{i}" for i in range(SHOWN + 5))
    summary = BuildSummary(4, 10, 3, 0, 30, 0, 5, merges, ("a.csv:2: bad date",), ())
    short = summary.lines()
    assert sum(line.startswith("  merge: merged") for line in short) == SHOWN
    assert "  merge: … and 5 more (--verbose lists them all)" in short
    assert "  skipped: a.csv:2: bad date" in short and f"{len(merges)} merged reports" in short[3]
    assert sum(line.startswith("  merge: merged") for line in summary.lines(verbose=True)) == SHOWN + 5


def test_an_interrupt_exits_130(monkeypatch):
    import geomap.outputs

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(geomap.outputs, "write_extractions", interrupt)
    result = CliRunner().invoke(main, ["extract", str(SEED)])
    assert result.exit_code == 130 and "interrupted" in result.output


def test_a_kill_during_the_write_leaves_the_old_outputs_and_no_temporary_file(tmp_path):
    """`kill` (SIGTERM) is cleaned up as Ctrl-C is: QA had found temporary files left and nothing said."""
    (tmp_path / "map.html").write_text("old")
    script = f"""
import os, signal, sys
from pathlib import Path
sys.argv = ["geomap", "build", {str(SEED)!r}, "--offline", "-o", {str(tmp_path)!r}]
real = os.fsync
def killed(fd):
    real(fd)
    os.kill(os.getpid(), signal.SIGTERM)  # while the first output is written
os.fsync = killed
from geomap.cli import main
main()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 143 and "geomap: terminated" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"] and (tmp_path / "map.html").read_text() == "old"


def test_a_build_fed_its_own_events_imports_none_twice(tmp_path):
    assert run("build", str(ROOT / "seeds"), "-o", str(tmp_path / "a")).exit_code == 0
    result = run("build", str(ROOT / "seeds"), "--events", str(tmp_path / "a" / "events.geojson"),
                 "-o", str(tmp_path / "b"))
    assert result.exit_code == 0 and "its id is already in the build" in result.output
    first, second = (json.loads((tmp_path / d / "events.geojson").read_text(encoding="utf-8")) for d in "ab")
    ids = [f["properties"]["id"] for f in second["features"]]
    assert len(ids) == len(set(ids)) == len(first["features"])


def test_a_hand_written_event_and_a_places_file_as_events(tmp_path):
    minimal = tmp_path / "min.geojson"
    minimal.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
                       '"coordinates":[30.5,50.4]},"properties":{"id":"x","date":"2024-03-01"}}]}', encoding="utf-8")
    result = run("build", "--events", str(minimal), "-o", str(tmp_path / "a"), "--offline")
    assert result.exit_code == 0, result.output  # no place name: "unnamed place"
    result = run("build", str(ROOT / "seeds"), "--events", str(tmp_path / "a" / "places.geojson"),
                 "-o", str(tmp_path / "b"))
    assert result.exit_code == 1 and "a place, not an event (pass events.geojson" in result.output


def test_outputs_kept_in_the_input_folder_are_no_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("KYIV (Wire) - Shelling hit Kharkiv on Monday.", encoding="utf-8")
    for _ in range(2):  # the second build reads its folder again, the first one's outputs in it
        result = run("build", str(tmp_path), "-o", str(tmp_path / "out"), "--offline", "--published", "2022-03-10")
        assert result.exit_code == 0, result.output
    assert "map.html: an output of this build" in result.output
    result = run("build", str(tmp_path), "-o", str(tmp_path.parent / f"{tmp_path.name}-other"), "--offline",
                 "--published", "2022-03-10")  # QA 5: an earlier build's map in the input folder is no article
    assert result.exit_code == 0 and "map.html: a map geomap made" in result.output, result.output


def test_extract_reads_json_lines_from_stdin():
    lines = '{"id": "a", "text": "Shelling hit Kharkiv on Monday.", "published": "2022-03-10"}\n'
    result = CliRunner().invoke(main, ["extract", "-"], input=lines)
    assert result.exit_code == 0
    record = json.loads(result.output)
    assert record["id"] == "a" and record["toponyms"][0]["name"] == "Kharkiv"
    assert record["events"][0]["date"] == "2022-03-07"
    result = CliRunner().invoke(main, ["extract", "-"], input="KYIV - Shelling hit Kharkiv on Monday.\n")
    assert result.exit_code == 1 and "put plain text in a .txt file" in result.output  # QA 5: plain text piped in


@pytest.mark.parametrize("args", [["build", "--bogus"], ["gazetteer", "lookup"], ["export"], ["nosuchcommand"]])
def test_usage_errors_exit_1(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "Usage:" in result.output


def test_build_summary_names_what_it_could_not_place(tmp_path):
    article = tmp_path / "fire.txt"
    article.write_text("A fire broke out in Kelleyland on Monday. Crews from Kelleyland responded.", encoding="utf-8")
    result = run("build", str(article), "-o", str(tmp_path / "out"), "--published", "2022-03-10")
    assert result.exit_code == 0
    assert "2 mentions unresolved" in result.output
    assert "unresolved: Kelleyland ×2 (no candidate in the gazetteer)" in result.output
    article.write_text("A fire broke out in Kelleyland on Monday.", encoding="utf-8")
    result = run("build", str(article), "-o", str(tmp_path / "out"), "--published", "2022-03-10")
    assert "1 mention unresolved" in result.output and "0 merged reports" in result.output
    names = [f"Kelley{chr(97 + i)}ville" for i in range(12)]  # more than the ten the summary shows
    article.write_text(" ".join(f"A fire broke out in {n} on Monday." for n in names), encoding="utf-8")
    result = run("build", str(article), "-o", str(tmp_path / "out"), "--published", "2022-03-10")
    assert result.output.count("  unresolved: ") == 11
    assert "unresolved: … and 2 more names (2 mentions; `geomap extract` lists them all)" in result.output


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path):
    cli = Path(sys.executable).parent / "geomap"  # "geomap build | head": the reader is gone before the summary
    result = subprocess.run(f"'{cli}' build '{SEED}' -o '{tmp_path / 'out'}' | true", shell=True,
                            capture_output=True, text=True, timeout=120)
    assert result.stderr == "", result.stderr


def test_an_interrupted_progress_bar_gives_the_cursor_back(monkeypatch):
    """QA 13: Ctrl-C during the bar left the terminal's cursor hidden ("\\x1b[?25l" never undone)."""
    import io

    import geomap.build

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def interrupted(*args, progress, **kwargs):
        progress(1, 3)  # the bar is drawn, and hides the cursor
        raise KeyboardInterrupt

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(geomap.build, "build", interrupted)
    with pytest.raises(SystemExit) as stopped:
        main(["build", str(ROOT / "seeds"), "--offline"], standalone_mode=False)
    shown = terminal.getvalue()
    assert stopped.value.code == 130 and "\x1b[?25l" in shown
    assert shown.rindex("\x1b[?25h") > shown.rindex("\x1b[?25l") and shown.count("\x1b[?25h") == 1
