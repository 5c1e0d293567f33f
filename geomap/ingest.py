"""Read articles: .txt/.md (dateline aware), .jsonl (one article per line), .html (visible body text).

Offsets downstream index into `Article.text`: a text file exactly as read (bar a byte-order mark), Markdown as its
reader sees it (without front matter, heading marks and link targets), HTML as its visible text; in each, page
furniture (bylines, date lines, link lists, photo captions) is overwritten by spaces (`geomap.furniture`).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from geomap.errors import InputError, broken_lines
from geomap.furniture import DATE_LINE, MONTH_RE, blank_furniture
from geomap.models import MAP_GENERATOR, Article, web_address

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
# "Antalya, 10 March 2022 (TDI): ..." / "KYIV, Ukraine, March 10, 2022 (Reuters) - ..." / "PARIS (AFP) — ..."
# / "DUBAI, Nov 13 (Reuters) - ..." (a date without its year names no date)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"  # "CULIACÁN", "ŁÓDŹ", "CHIȘINĂU", "ĐÀ NẴNG": capitals of the Latin alphabets
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
_DATELINE = re.compile(
    rf"\s*(?P<place>[{_UPPER}][{_LETTER}'’. -]{{1,40}}?(?:, [{_UPPER}][{_LETTER}'’. -]{{1,30}}?)?)"
    rf"(?:,\s*(?P<date>\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE}(?:,? \d{{4}})?"
    rf"|{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}))?"
    r"\s*(?:\((?P<source>[^()\n]{1,40})\))?\s*(?::|--|-|—|–)\s")  # ("--": Xinhua)


FILED_BEFORE = timedelta(days=31)  # a dateline's day this far before publication dates the story


class Dateline(NamedTuple):
    """An opening dateline: its place and span, date, source, and where the body starts after it."""

    place: str | None = None
    span: tuple[int, int] | None = None
    date: date | None = None
    source: str | None = None
    end: int = 0
    day: tuple[int, int] | None = None  # (month, day) of a date written without its year ("LONDON, Jan 3")
    headline: str | None = None  # the line before it ("Floods close schools\nLAGOS, Nigeria (AP) — ...")

    def on_day(self, published: date | None) -> date | None:
        """The article's date given its publication date: the dateline's day written without a year, when it
        falls within FILED_BEFORE before `published` (a story filed on Jan 3 and published on Jan 9: its
        "Tuesday" is Jan 2); else `published`."""
        if self.date or published is None or self.day is None:
            return published
        for year in (published.year, published.year - 1):
            with contextlib.suppress(ValueError):
                if timedelta(days=-1) <= published - (day := date(year, *self.day)) <= FILED_BEFORE:
                    return day
        return published


# a headline before the dateline: a first line, or a first sentence run into the body ("Fire guts mill. SALEM —")
_HEADLINE = re.compile(r"\s*(?:[^\n]{1,200}?\n|[^\n]{1,200}?[.!?] (?=[A-Z]))")
_BYLINE = re.compile(r"\s*(?i:by)\s+[A-Z][^\n]{0,80}\n")  # "By Staff Writer": who wrote it, no headline
_SHORT_LINE = re.compile(r"\s*([^\n]{1,120})\n")  # a byline or a date line between the headline and the dateline
_FRONT_LINES = 3  # bylines and date lines looked past after the headline
_LATE_DATE_LINE = re.compile(rf"^[ \t]*(?=(?:Published|Updated|Posted)\b){DATE_LINE.pattern}$", re.M | re.I)  # (with
# its word: a bare date further down may be anything)
_LATE_DATE_CHARS = 3000  # how far into the text a "Published:" line still dates the article


def parse_dateline(text: str) -> Dateline:
    """The dateline opening an article ("Antalya, 10 March 2022 (TDI): ..."), or its body after a headline
    ("Floods close schools\nLAGOS, Nigeria (AP) — ..."), a byline and a date line ("By Staff Writer\nMarch 19,
    2025\nPARIS, Texas — ..."), or an empty one. A date line gives the date when the dateline has none."""
    starts, dated, outlet = [0], None, None
    if head := _HEADLINE.match(text):
        starts.append(head.end())
        for _ in range(_FRONT_LINES):
            if not (line := _SHORT_LINE.match(text, starts[-1])):
                break
            if when := DATE_LINE.fullmatch(line.group(1)):
                dated = dated or _parse_date(when.group("date"))
                outlet = outlet or (when.group("outlet") or "").strip() or None  # "*The Kansas City Star* · Updated …"
            starts.append(line.end())
    if dated is None and (late := _LATE_DATE_LINE.search(text, 0, _LATE_DATE_CHARS)):
        dated = _parse_date(late.group("date"))  # below a lead paragraph: "… customers.\n\nBy Sarah Appleby\n
        # Published: 3 March 2026"
    for start in starts:
        m = _DATELINE.match(text, start)
        if m and (m.group("date") or m.group("source")):
            break
        place = m.group("place").split(",")[0].strip() if m else ""
        if place.isupper() and len(place) > 2:  # a place alone in capitals: "GOMA, DR Congo — ..." (not "UN: ...")
            break
    else:
        return Dateline(date=dated, source=outlet)
    place = m.group("place").split(",")[0].strip()
    at = m.start("place")
    headline = " ".join(text[: head.end()].split()) if start and head and not _BYLINE.match(text) else None
    return Dateline(place, (at, at + len(place)), _parse_date(m.group("date")) or dated,
                    m.group("source") or outlet, m.end(), _month_day(m.group("date")), headline or None)


def _read_head(text: str) -> tuple[str, Dateline]:
    """The text with its page furniture blanked (`geomap.furniture`), and its dateline, read before the blanking
    so that a byline's date line still dates it; a dateline the furniture held ("FILE PHOTO: A view of …") is
    none."""
    head = parse_dateline(text)
    blanked = blank_furniture(text)
    if head.span and not blanked[head.span[0]: head.span[1]].strip():
        again = parse_dateline(blanked)
        head = again._replace(date=again.date or head.date)
    return blanked, head


def _month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline's date, with or without its year."""
    if not text or re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((_MONTHS[k] for w in words for k in _MONTHS if w.isalpha() and k.startswith(w.lower()[:3])), None)
    day = next((int(w) for w in words if w.isdigit() and int(w) <= 31), None)
    return (month, day) if month and day else None


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    words = re.findall(r"[A-Za-z]+|\d+", text)
    nums = [int(w) for w in words if w.isdigit()]
    month = next((_MONTHS[k] for w in words for k in _MONTHS if w.isalpha() and k.startswith(w.lower()[:3])), None)
    day = next((n for n in nums if n <= 31), None)
    year = next((n for n in nums if n > 31), None)
    try:
        return date(year, month, day) if year and month and day else None
    except ValueError:
        return None


def _utf16(data: bytes) -> str | None:
    """The text of a file that opens with a UTF-16 byte-order mark and reads as text (it has spaces)."""
    if data[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return None
    return text if " " in text else None


def _read_text(path: Path) -> str:
    """The file's text: UTF-8 (a byte-order mark is dropped), or UTF-16 when it opens with its byte-order mark;
    UTF-16 without it, and binary data (a NUL character), are refused."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", str(path)) from exc
    text = _utf16(data)
    if text is None and max(data[::2].count(0), data[1::2].count(0)) > len(data) // 4 > 0:
        raise InputError("UTF-16 text without its byte-order mark; save it as UTF-8", str(path))
    try:
        text = text if text is not None else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
                         str(path), line) from exc
    if (nul := text.find("\0")) >= 0:
        raise InputError(f"binary data, not a text article (a NUL character at {nul})", str(path),
                         text.count("\n", 0, nul) + 1)
    if not text.strip():
        raise InputError("empty file", str(path))
    return text


def _plain(path: Path, published: date | None) -> Article:
    text = _read_text(path)
    title, meta = None, {}
    if path.suffix.lower() == ".md":
        text, meta = _markdown(text)
        title = meta.get("title")
        if (when := meta.get("date") or meta.get("published")) and published is None:
            published = _parse_published(when, str(path), 1)
    text, line = _read_head(text)
    return Article(path.stem, text, line.on_day(line.date or published), meta.get("source") or line.source,
                   web_address(meta.get("url")), title or line.headline, line.place, line.span, str(path), line.end)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_FIRST_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+([^\n]+)")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)  # "> Protesters marched …"
_MD_EMPHASIS = re.compile(  # **x**, *x*, `x`, _x_ (not snake_case)
    r"(\*\*|__|\*|`)(?=\S)([^\n]*?\S)\1|(?<!\w)_(?=\S)([^\n_]*?\S)_(?!\w)")


def _markdown(text: str) -> tuple[str, dict[str, str]]:
    """Markdown as the text a reader sees: no YAML front matter (its `title`, `date`, `source` and `url` are kept
    as metadata; else the first heading is the title), heading and quote marks, emphasis or link targets
    ("[Abuja](https://…)" reads "Abuja")."""
    meta: dict[str, str] = {}
    if m := _FRONT_MATTER.match(text):
        for row in m.group(1).splitlines():
            key, sep, value = row.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[m.end():]
    text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), _MD_QUOTE.sub("", _MD_LINK.sub(r"\1", text)))
    if "title" not in meta and (heading := _MD_FIRST_HEADING.match(text)):
        meta["title"] = heading.group(1).strip().rstrip("#").strip()
    return _MD_HEADING.sub("", text), meta


def _parse_published(value: object, path: str, line: int) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"'published' is not an ISO date: {value!r}", path, line) from exc


def _jsonl_article(raw: str, path: str, line: int, published: date | None) -> Article:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        hint = ("" if raw.lstrip().startswith("{") else
                ' (JSON Lines hold one {"id": …, "text": …} object per line; put plain text in a .txt file)')
        raise InputError(f"not valid JSON: {exc.msg}{hint}", path, line) from exc
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object", path, line)
    return article_from_record(obj, path, line, published)


def article_from_record(obj: dict[str, Any], path: str, line: int, published: date | None = None) -> Article:
    """An article from a JSON object with `id`, `text` and optional `published`, `title`, `url`, `source`."""
    for key, kinds in (("id", (str, int)), ("text", (str,))):
        value = obj.get(key)
        if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)):
            raise InputError(f"'{key}' must be {'a string or a number' if int in kinds else 'a string'}, not "
                             f"{_JSON_KINDS.get(type(value), type(value).__name__)}", path, line)
        if value is None or str(value).strip() == "":
            raise InputError(f"missing or empty '{key}'", path, line)
    text, head = _read_head(obj["text"])
    when = head.on_day(_parse_published(obj.get("published"), path, line) or head.date or published)
    return Article(str(obj["id"]), text, when, obj.get("source") or head.source, web_address(obj.get("url")),
                   obj.get("title") or head.headline, head.place, head.span, path, head.end, line)


_JSON_KINDS = {list: "a list", dict: "an object", bool: "true or false", int: "a number", float: "a number"}


def read_jsonl(lines: Iterable[str], path: str, published: date | None = None) -> list[Article]:
    """Articles from JSON Lines; blank lines are skipped; every broken line is named, with its number, in one
    error (not one per run)."""
    articles, problems, seen = [], [], False
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            seen = True
            try:
                articles.append(_jsonl_article(raw, path, number, published))
            except InputError as exc:
                problems.append(str(exc))
    if not seen:
        raise InputError("empty file", path)
    if problems:
        raise broken_lines(problems, path)
    return articles


class _VisibleText(HTMLParser):
    """Visible text of the article body: its <article> elements when there are any, else <main>, else the page;
    scripts, navigation, headers, footers, asides, forms and photo captions are dropped, and so is page furniture
    named by its class, id or role (a menu bar, "related" links, a sidebar, share buttons: `BOILERPLATE`)."""

    SKIP: ClassVar[frozenset[str]] = frozenset(
        "script style noscript template nav header footer aside form svg figcaption".split())
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        "p div br li h1 h2 h3 h4 h5 h6 tr section article main blockquote".split())
    VOID: ClassVar[frozenset[str]] = frozenset(
        "area base br col embed hr img input link meta source track wbr".split())
    BOILERPLATE: ClassVar[re.Pattern[str]] = re.compile(
        r"(?:^|[\s_-])(?:nav|navbar|menu|topbar|sidebar|related|breadcrumbs?|share|sharing|social|newsletter|promo|"
        r"advert|ads?|cookies?|subscribe|comments?|widget|trending|popular|recommended|more-stories|footer|"
        r"header|masthead|authors?|contributors?|credits?)(?:$|[\s_-])", re.IGNORECASE)  # (an author's block:
    # "Pacific Journalist, RNZ Pacific" is no Pacific Ocean)
    ROLES: ClassVar[frozenset[str]] = frozenset("navigation banner contentinfo complementary search".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.bodies: dict[str, list[str]] = {}  # the text inside <article> elements, and inside <main>
        self.open: list[tuple[str, bool]] = []  # open elements, and whether each is dropped
        self.meta: dict[str, str] = {}
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and (key := a.get("property") or a.get("name")):
            self.meta.setdefault(key.lower(), a.get("content", ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        self.in_title = tag == "title"
        if tag not in self.VOID:
            dropped = self._dropped() or tag in self.SKIP or a.get("role", "").lower() in self.ROLES or bool(
                self.BOILERPLATE.search(f"{a.get('class', '')} {a.get('id', '')}"))
            self.open.append((tag, dropped))
            if tag in ("article", "main") and not dropped:
                self.bodies.setdefault(tag, [])
        self._newline(tag)

    def handle_endtag(self, tag: str) -> None:
        if any(t == tag for t, _ in self.open):  # (a stray end tag closes nothing)
            while self.open and self.open.pop()[0] != tag:
                pass
        self.in_title = False
        self._newline(tag)

    def _dropped(self) -> bool:
        return bool(self.open) and self.open[-1][1]

    def _newline(self, tag: str) -> None:
        if tag in self.BLOCK:
            self._emit("\n\n")

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        for tag, body in self.bodies.items():
            if any(t == tag for t, _ in self.open):
                body.append(text)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.meta.setdefault("title", data.strip())
        elif not self._dropped():
            self._emit(data)

    def text(self) -> str:
        body = self.bodies.get("article") or self.bodies.get("main") or self.parts
        raw = "".join(body)
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _html(path: Path, published: date | None) -> Article:
    parser = _VisibleText()
    parser.feed(_read_text(path))
    text = parser.text()
    if not text:
        raise InputError("no visible text in the HTML body", str(path))
    meta = parser.meta
    text, head = _read_head(text)
    when = head.on_day(_parse_published(meta.get("article:published_time"), str(path), 1) or head.date or published)
    site = meta.get("og:site_name")
    return Article(path.stem, text, when, site or head.source, web_address(meta.get("canonical") or meta.get("og:url")),
                   _headline(meta.get("og:title") or meta.get("title"), site), head.place, head.span, str(path),
                   head.end)


def _headline(title: str | None, site: str | None) -> str | None:
    """A page's title without the site's name after it: "Quake off Tonga | RNZ News" (with or without the
    site's name known), "Landslide near Tromsø – NRK Troms" (site "NRK")."""
    if not title:
        return title
    head, sep, tail = title.rpartition(" | ")
    if not sep and site:
        for dash in (" – ", " — ", " - "):
            head, sep, tail = title.rpartition(dash)
            if sep:
                break
    if sep and head.strip() and (sep == " | " or tail.strip().casefold().startswith(site.casefold())):
        return head.strip()
    return title


def _files(path: Path, skipped: list[str], exclude: Path | None = None) -> list[Path]:
    """The article files of an input; a folder's other files are added to ``skipped`` with the reason, and so
    are those under `exclude` (a build's output folder inside its input folder)."""
    if path.is_dir():
        found = sorted(path.rglob("*"))
        skipped += [f"{p}: a link to a folder (not followed)" if p.is_dir() else f"{p}: a broken link"
                    for p in found if p.is_symlink() and not p.is_file()]
        files = [p for p in found if p.is_file()]
        if exclude is not None:
            outputs = [p for p in files if p.resolve().is_relative_to(exclude)]
            skipped += [f"{p}: an output of this build" for p in outputs]
            files = [p for p in files if p not in outputs]
        skipped += [f"{p}: not an article ({', '.join(SUFFIXES)} files are read)"
                    for p in files if p.suffix.lower() not in SUFFIXES]
        maps = [p for p in files if p.suffix.lower() in (".html", ".htm") and _map_page(p)]
        skipped += [f"{p}: a map geomap made" for p in maps]
        return [p for p in files if p.suffix.lower() in SUFFIXES and p not in maps]
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"unsupported input type (expected {', '.join(SUFFIXES)})", str(path))
    return [path]


def _map_page(path: Path) -> bool:
    """Whether an HTML file is a map page geomap wrote (an earlier build's output in an input folder)."""
    with path.open("rb") as fh:
        return MAP_GENERATOR.encode() in fh.read(4096)


def _read_file(path: Path, published: date | None) -> list[Article]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return read_jsonl(_read_text(path).split("\n"), str(path), published)
    if suffix in (".html", ".htm"):
        return [_html(path, published)]
    return [_plain(path, published)]


def _check_ids(articles: Iterable[Article]) -> None:
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise InputError(f"article id {article.id!r} also used by {seen[article.id]}", article.path,
                             article.line)
        seen[article.id] = article.where


def _future_dates(articles: Iterable[Article], published: date | None, today: date) -> list[str]:
    """Publication dates after today: likely typos, which would date relative expressions wrongly (--published
    only when some article takes it, having no date of its own)."""
    articles = list(articles)
    taken = published is not None and published > today and any(a.published == published for a in articles)
    notes = [f"--published {published} is in the future"] if taken else []
    return notes + [f"{a.where}: published {a.published} is in the future" for a in articles
                    if a.published and a.published > today and a.published != published]


def _undated(articles: Sequence[Article], shown: int = 5) -> list[str]:
    """Articles with no publication date (none given, and no year in a dateline or date line): their relative
    dates ("on Tuesday", "June 26") cannot be resolved, so their events stay undated."""
    undated = [a.where for a in articles if a.published is None]
    if not undated:
        return []
    names = ", ".join(undated[:shown]) + (f" and {len(undated) - shown} more" if len(undated) > shown else "")
    return [f"no publication date for {names}: relative dates (\"on Tuesday\", \"June 26\") stay unresolved and "
            f"their events undated; give --published, or a dated dateline or date line"]


def _contradicted(articles: Sequence[Article]) -> list[str]:
    """Articles whose given publication date (a JSON Lines `published`, a page's meta tag, front matter) is not
    the date their own dateline or date line gives: the given one is used, and the user is told."""
    return [f"{a.where}: published {a.published}, but its dateline says {line.date}; {a.published} is used"
            for a in articles if a.published and (line := parse_dateline(a.text)).date and line.date != a.published]


@dataclass(frozen=True, slots=True)
class Reading:
    """The articles read; the files of the input folders that were passed over (``"path: why"``); warnings
    about what was read (``"path:line: what"``)."""

    articles: list[Article]
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def read_articles(inputs: Sequence[str | Path], published: date | None = None, *, required: bool = True,
                  today: date | None = None, exclude: Path | None = None) -> Reading:
    """Every article of the inputs (files, folders read recursively in sorted order, or "-" for JSON Lines
    on stdin; a file named twice is read once); `published` is the fallback date. Ids must be unique across
    inputs, and with ``required`` there must be at least one article. A publication date after `today`
    (default: the real one) is warned about, not refused. Folders are read without the `exclude` folder (the
    build's own outputs)."""
    articles: list[Article] = []
    skipped: list[str] = []
    seen: dict[Path, Path] = {}  # a file named twice ("build dir dir/a.txt", a link to it) is read once
    problems: list[InputError] = []
    outputs = exclude.resolve() if exclude is not None else None
    for item in inputs:
        if str(item) == "-":
            articles += read_jsonl(sys.stdin, "<stdin>", published)
            continue
        for path in _files(Path(item), skipped, outputs):
            if (real := path.resolve()) in seen:
                if path != seen[real]:
                    skipped.append(f"{path}: the same file as {seen[real]}")
                continue
            seen[real] = path
            try:
                articles += _read_file(path, published)
            except InputError as exc:  # (every bad file is named at once, not one per run)
                problems.append(exc)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise InputError(f"{len(problems)} files cannot be read:\n" + "\n".join(f"  {p}" for p in problems))
    _check_ids(articles)
    if required and not articles:
        others = f"; {len(skipped)} other file{'s' * (len(skipped) != 1)} skipped" if skipped else ""
        raise InputError(f"no articles to read ({', '.join(SUFFIXES)} files are read{others})",
                         ", ".join(map(str, inputs)) or None)
    warnings = _future_dates(articles, published, today or date.today()) + _undated(articles) + _contradicted(
        articles)
    return Reading(articles, tuple(skipped), tuple(warnings))
