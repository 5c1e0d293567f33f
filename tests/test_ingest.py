"""Reading articles: datelines, JSON Lines, HTML, folders, and clear errors for bad input."""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.ingest import article_from_record, parse_dateline, read_articles

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("text", "place", "published", "source"), [
    ("Antalya, 10 March 2022 (TDI): The Foreign Minister", "Antalya", date(2022, 3, 10), "TDI"),
    ("KYIV, Ukraine, March 10, 2022 (Reuters) - Russian forces", "KYIV", date(2022, 3, 10), "Reuters"),
    ("PARIS (AFP) — The French government", "PARIS", None, "AFP"),
    ("BUENOS AIRES, May 1 (Reuters) - Tens of thousands", "BUENOS AIRES", None, "Reuters"),  # no year: no date
    ("DUBAI, 13 Nov (Reuters) - Emirates placed", "DUBAI", None, "Reuters"),
    ("COLOMBO, Sri Lanka, June 2, 2025 (Xinhua) -- Floods killed", "COLOMBO", date(2025, 6, 2), "Xinhua"),  # QA 10
    ("WASHINGTON — The Senate voted", "WASHINGTON", None, None),
    ("GOMA, DR Congo — At least 78 people", "GOMA", None, None),  # the capitals are the town's
    ("Kyiv, Ukraine — The mayor", None, None, None),  # no capitals, date or source: no sure dateline
    ("Gaza City, 2023-10-09 (Al Jazeera): Strikes", "Gaza City", date(2023, 10, 9), "Al Jazeera"),
    ("The president said on Monday", None, None, None),
    ("Alexandria woman charged in connection with fire", None, None, None),
    ("KARACHI: Goods transporters went on strike", "KARACHI", None, None),
    ("Sudan crisis deepens\n\nUN: Fighting in El Fasher", None, None, None),  # two capitals: an acronym
    ("UN: 70% of youth oppose violence", None, None, None),
    # after a headline: on its own line, or run into the body as a first sentence
    ("Floods close schools\n\nLAGOS, Nigeria (AP) — Rains", "LAGOS", None, "AP"),
    ("Mason charged with assault. BANTAM — A Danbury mason", "BANTAM", None, None),
    ("Mason charged. He said. BANTAM — A mason", None, None, None),  # only right after the headline
    ("Kyiv talks end. Kyiv, Ukraine — The mayor", None, None, None),
])
def test_dateline(text, place, published, source):
    line = parse_dateline(text)
    assert (line.place, line.date, line.source) == (place, published, source)
    if place:
        assert text[line.span[0]: line.span[1]] == place


def test_seed_article_reads_verbatim():
    [article] = read_articles([ROOT / "seeds"]).articles
    raw = (ROOT / "seeds" / "000_1d75afbcd03a558f.txt").read_text(encoding="utf-8")
    assert article.text == raw and article.id == "000_1d75afbcd03a558f"
    assert (article.published, article.source, article.dateline) == (date(2022, 3, 10), "TDI", "Antalya")


def test_published_option_is_only_a_fallback(tmp_path):
    (tmp_path / "a.txt").write_text("No dateline here, just Kyiv.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Antalya, 10 March 2022 (TDI): Talks.", encoding="utf-8")
    a, b = read_articles([tmp_path], date(2024, 1, 2)).articles
    assert (a.published, b.published) == (date(2024, 1, 2), date(2022, 3, 10))
    assert read_articles([tmp_path / "a.txt"]).articles[0].published is None  # never the file's modification time


def test_jsonl_articles(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "x1", "text": "Talks in Kyiv\\u2028today.", "published": "2022-03-01", "url": "https://e.x/1"}'
                    '\n\n{"id": 7, "text": "Shelling in Kharkiv.", "source": "Wire"}\n', encoding="utf-8")
    a, b = read_articles([path]).articles
    assert (a.id, a.published, a.url, a.text) == ("x1", date(2022, 3, 1), "https://e.x/1", "Talks in Kyiv\u2028today.")
    assert (b.id, b.published, b.source) == ("7", None, "Wire")


def test_html_visible_body_text(tmp_path):
    path = tmp_path / "story.html"
    path.write_text("""<html><head><title>Strikes</title><meta property="article:published_time"
    content="2022-03-12T08:00:00Z"><link rel="canonical" href="https://news.example/strikes"></head>
    <body><nav>Home | World</nav><script>var x = "Moscow";</script><article><h1>Strikes hit Kharkiv</h1>
    <p>Shelling hit <b>Kharkiv</b> on Friday.</p></article><footer>Contact us</footer></body></html>""",
                    encoding="utf-8")
    [article] = read_articles([path]).articles
    assert "Shelling hit Kharkiv on Friday." in article.text and "Moscow" not in article.text
    assert "Home" not in article.text and "Contact" not in article.text
    assert (article.published, article.url, article.title) == (date(2022, 3, 12), "https://news.example/strikes",
                                                               "Strikes")


@pytest.mark.parametrize(("head", "title"), [  # QA 8: the site's name after a page's title is no headline
    ('<title>Quake off Tonga | RNZ News</title><meta property="og:site_name" content="RNZ">', "Quake off Tonga"),
    ("<title>Quake off Tonga | RNZ News</title>", "Quake off Tonga"),
    ('<title>Landslide near Tromsø – NRK Troms</title><meta property="og:site_name" content="NRK">',
     "Landslide near Tromsø"),
    ('<title>Kyiv - the war goes on</title><meta property="og:site_name" content="BBC">', "Kyiv - the war goes on"),
])
def test_an_html_page_s_headline_drops_the_site_s_name(tmp_path, head, title):
    path = tmp_path / "story.html"
    path.write_text(f"<html><head>{head}</head><body><p>Shelling hit Kharkiv on Friday.</p></body></html>",
                    encoding="utf-8")
    assert read_articles([path]).articles[0].title == title


@pytest.mark.parametrize("page", [
    # an author's block (QA 8: "Pacific Journalist, RNZ Pacific" had put a point in the Pacific Ocean)
    """<body><div class="author">Pacific Journalist, RNZ Pacific</div><div class="post-credits">Photo: Taiz
    Media</div><p>Warplanes struck Hodeidah on Sunday.</p></body>""",
    # page furniture named by its class, id or role: a menu bar, related links, a sidebar, a cookie notice
    """<body><div class="topbar"><a>Live</a> <a>Ukraine war</a> <a>Middle East</a></div><div id="content">
    <p>Warplanes struck Hodeidah on Sunday.</p></div><div class="related">Floods in Taiz kill 12</div>
    <div role="navigation">Sanaa | Aden</div><div id="cookie-banner">We use cookies in Paris</div></body>""",
    # a <main> element: what lies outside it is no story ("sidebar" here is not even named as one)
    """<body><div class="col"><p>Trending: Tokyo</p></div><main><p>Warplanes struck Hodeidah on Sunday.</p></main>
    <div class="col">Paris fashion week opens</div></body>""",
    # a related article teaser inside an aside's article does not join the story's
    """<body><article><p>Warplanes struck Hodeidah on Sunday.</p></article><aside><article>Floods in Taiz kill 12
    </article></aside></body>""",
])
def test_html_page_furniture_is_no_article_text(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Strikes</title></head>{page}</html>", encoding="utf-8")
    [article] = read_articles([path]).articles
    assert article.text == "Warplanes struck Hodeidah on Sunday."


def test_folders_are_read_recursively_in_sorted_order_and_other_files_are_listed(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.md", "b/0.txt", "notes.csv", "b/scan.PDF"):
        (tmp_path / name).write_text("Kyiv.", encoding="utf-8")
    reading = read_articles([tmp_path])
    assert [a.id for a in reading.articles] == ["1", "0", "2"]
    reason = "not an article (.txt, .md, .jsonl, .html, .htm files are read)"
    assert reading.skipped == (f"{tmp_path}/b/scan.PDF: {reason}", f"{tmp_path}/notes.csv: {reason}")


@pytest.mark.parametrize(("names", "message"), [
    ((), r"empty: no articles to read \(.txt, .md, .jsonl, .html, .htm files are read\)$"),
    (("b.pdf",), r"empty: no articles to read \(.* files are read; 1 other file skipped\)$"),
    (("b.pdf", "c.doc"), r"; 2 other files skipped\)$"),
])
def test_no_articles_is_an_error_unless_not_required(tmp_path, names, message):
    folder = tmp_path / "empty"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"%PDF")
    with pytest.raises(InputError, match=message):
        read_articles([folder])
    assert read_articles([folder], required=False).articles == []


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.txt", None, "missing.txt: no such file or folder"),
    ("latin1.txt", "Zürich".encode("latin-1"), r"latin1.txt:1: not UTF-8 text \(byte 0xfc at offset 1\)"),  # QA 8
    ("latin1b.txt", "Kyiv\nZürich".encode("latin-1"), "latin1b.txt:2: not UTF-8 text"),  # the line it is on
    ("empty.txt", b"  \n", "empty.txt: empty file"),
    ("utf16.txt", "Kyiv\nZürich".encode("utf-16-le"), "utf16.txt: UTF-16 text without its byte-order mark"),
    ("binary.txt", b"Kyiv\nPK\x03\x04\x00\x14\xc3\xa9", "binary.txt:2: binary data, not a text article"),
    ("broken.jsonl", b'{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "broken.jsonl:2: not valid JSON"),
    ("noid.jsonl", b'{"text": "ok"}\n', "noid.jsonl:1: missing or empty 'id'"),
    ("numtext.jsonl", b'{"id": "a", "text": 42}\n', "numtext.jsonl:1: 'text' must be a string, not a number"),
    ("listtext.jsonl", b'{"id": "a", "text": ["ok"]}\n', "listtext.jsonl:1: 'text' must be a string, not a list"),
    ("baddate.jsonl", b'{"id": "a", "text": "ok", "published": "March"}\n', "baddate.jsonl:1: 'published'"),
    ("table.csv", b"a,b\n", "table.csv: unsupported input type"),
])
def test_bad_input_names_file_and_line(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_articles([path])


@pytest.mark.parametrize(("files", "message"), [
    ({"a/same.txt": "Kyiv.", "b/same.txt": "Kyiv."}, "b/same.txt: article id 'same' also used by {}/a/same.txt$"),
    ({"dup.jsonl": '{"id": "a", "text": "Kyiv."}\n{"id": "b", "text": "Kyiv."}\n\n{"id": "a", "text": "Kyiv."}\n'},
     "dup.jsonl:4: article id 'a' also used by {}/dup.jsonl:1$"),
    ({"a.txt": "Kyiv.", "b.jsonl": '{"id": "a", "text": "Kyiv."}\n'},
     "b.jsonl:1: article id 'a' also used by {}/a.txt$"),
])
def test_duplicate_ids_are_refused_naming_both_places(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.format(tmp_path)):
        read_articles([tmp_path])


TODAY = date(2024, 5, 1)


@pytest.mark.parametrize(("name", "text", "published", "warnings"), [
    ("a.jsonl", '{"id": "x", "text": "Kyiv.", "published": "2024-04-01"}\n\n{"id": "y", "text": "Kyiv.", '
                '"published": "2024-05-02"}\n', None,
     ["{}/a.jsonl:3: published 2024-05-02 is in the future"]),
    ("a.txt", "Antalya, 10 March 2999 (TDI): Talks.", None, ["{}/a.txt: published 2999-03-10 is in the future"]),
    ("a.html", '<meta property="article:published_time" content="2030-01-01"><p>Kyiv.</p>', None,
     ["{}/a.html: published 2030-01-01 is in the future"]),
    ("a.txt", "No date here.", date(2999, 1, 1), ["--published 2999-01-01 is in the future"]),  # once, not per file
    ("a.txt", "Antalya, 1 May 2024 (TDI): Talks today.", date(2024, 5, 1), []),  # today is not the future
    ("a.jsonl", '{"id": "x", "text": "Kyiv.", "published": "2022-03-10"}\n', None, []),
])
def test_future_publication_dates_are_warnings(tmp_path, name, text, published, warnings):
    (tmp_path / name).write_text(text, encoding="utf-8")
    reading = read_articles([tmp_path / name], published, today=TODAY)
    assert list(reading.warnings) == [w.format(tmp_path) for w in warnings] and reading.articles


@pytest.mark.parametrize(("text", "published", "dated"), [
    ("LONDON, Jan 3 (Reuters) - Police said on Tuesday.", "2024-01-09", date(2024, 1, 3)),  # filed before it was
    ("KYIV, Dec 31 (Reuters) - Drones hit Odesa.", "2024-01-02", date(2023, 12, 31)),  # published, across a year
    ("KYIV, Jan 3 (Reuters) - Drones hit Odesa.", "2024-12-20", date(2024, 12, 20)),  # too long before: the date given
    ("Antalya, 10 March 2022 (TDI): Talks.", "2024-01-09", date(2024, 1, 9)),  # a record's own date wins
])
def test_a_dateline_day_without_its_year_dates_the_story(text, published, dated):
    """Review: "LONDON, Jan 3 … on Tuesday" published on Jan 9 had been dated from Jan 9 (Tuesday = Jan 9)."""
    assert article_from_record({"id": "a", "text": text, "published": published}, "a.jsonl", 1).published == dated


def test_articles_without_a_publication_date_are_warned_about(tmp_path):
    """QA: "NAIROBI, June 26 (AP)" gave no date (no year) and nothing said so; its events were all undated."""
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text("NAIROBI, June 26 (AP) — Police fired tear gas.", encoding="utf-8")
    reading = read_articles([tmp_path], today=TODAY)
    names = ", ".join(str(tmp_path / f"{i}.txt") for i in range(5))
    assert reading.warnings == (f"no publication date for {names} and 2 more: relative dates (\"on Tuesday\", "
                                '"June 26") stay unresolved and their events undated; give --published, or a dated '
                                "dateline or date line",)
    assert read_articles([tmp_path], date(2024, 4, 27), today=TODAY).warnings == ()


@pytest.mark.parametrize(("text", "place", "published"), [
    ("Tornado damages homes\n\nBy Staff Writer, The Paris News\nMarch 19, 2025\n\nPARIS, Texas — A tornado",
     "PARIS", date(2025, 3, 19)),  # past a byline and a date line, which dates the article
    ("Council votes\nPublished: 19 March 2025\nThe council met on Tuesday.", None, date(2025, 3, 19)),
    ("Mill burns\nUpdated 4:12 PM EDT, October 8, 2026\nBERLIN, N.H. (AP) — A fire", "BERLIN",  # QA 5:
     date(2026, 10, 8)),
    ("Mill burns\nOctober 8, 2026 4:12 PM EDT\nBERLIN, N.H. (AP) — A fire", "BERLIN", date(2026, 10, 8)),  # with a
    ("Mill burns\n8 October 2026, 16:12 BST\nLONDON — A fire", "LONDON", date(2026, 10, 8)),  # clock time
    ("Sri Lanka floods kill 11\nPublished: 2026-11-18 20:14:05\nCOLOMBO, Nov 18 (Xinhua) -- Floods", "COLOMBO",
     date(2026, 11, 18)),  # QA 13: an ISO date with seconds
    ("Floods\n2026-11-18T20:14:05+05:30\nCOLOMBO -- Floods", "COLOMBO", date(2026, 11, 18)),
    ("Nor'easter\n*Portland Press Herald* · Updated 4:12 PM EST, November 27, 2026\nPORTLAND, Maine — Snow",
     "PORTLAND", date(2026, 11, 27)),  # QA 13: an outlet's name before it (its "EST" was Burkina Faso's Est)
    ("CULIACÁN, Mexico, Sept 14 (NdN) - Gunmen killed five", "CULIACÁN", None),  # an accented capital
    ("CHIȘINĂU, Nov 23, 2026 (Reuters) - Moldova voted", "CHIȘINĂU", date(2026, 11, 23)),  # QA 9: comma below
    ("ĐÀ NẴNG, Vietnam, Nov 3, 2026 (Reuters) - Floods hit", "ĐÀ NẴNG", date(2026, 11, 3)),
    ("Talks end\nBy Staff\nBy Desk\nBy Bureau\nMarch 19, 2025\nKYIV — Talks", None, None),  # three lines at most
    ("Storm Bram\n\nBy Conor Gallagher, West of Ireland Correspondent\nSat, Jan 24, 2026\n\nAround 150,000 homes",
     None, date(2026, 1, 24)),  # QA 6: an abbreviated weekday
    ("Floods\nBy Daniel Jaines Local Democracy Reporter Thursday, 19th November 2026, 4:20pm\nThursday, 19th November "
     "2026, 4:20pm\nBOSTON — A plan", "BOSTON", date(2026, 11, 19)),  # a day's ordinal
    ("Boston councillors back plan\n\nBOSTON, Lincolnshire — Councillors in Boston have voted to allow cars back "
     "into part of the town's market place, reversing a ban that traders said had cost them customers.\n\nBy Sarah "
     "Appleby\nPublished: 3 March 2026\n\nMore text.", "BOSTON", date(2026, 3, 3)),  # QA 7: below a long lead
])
def test_datelines_after_bylines_and_date_lines(text, place, published):
    line = parse_dateline(text)
    assert (line.place, line.date) == (place, published)


@pytest.mark.parametrize(("text", "source"), [
    ("Nor'easter\n*Portland Press Herald* · Updated 4:12 PM EST, November 27, 2026\nPORTLAND, Maine — Snow",
     "Portland Press Herald"),  # QA 14: the outlet before a date line is the source ("outlet not given")
    ("Stadium tax fails\n\n*The Kansas City Star* · Updated 9:15 AM CST, November 4, 2026\n\nVoters rejected it.",
     "The Kansas City Star"),
    ("Council votes\nPublished: 19 March 2025\nThe council met on Tuesday.", None),
    ("Mill burns\nReuters | October 8, 2026\nBERLIN, N.H. (AP) — A fire", "AP"),  # the dateline's own wins
])
def test_an_outlet_named_before_a_date_line_is_the_source(text, source):
    assert parse_dateline(text).source == source


@pytest.mark.parametrize(("text", "headline"), [
    ("By Staff Writer\nMarch 19, 2026\nPARIS, Texas — A fire", None),  # QA 12: the README's layout had the byline
    # as every popup's title
    ("Fire guts mill\nBy Staff Writer\nMarch 19, 2026\nPARIS, Texas — A fire", "Fire guts mill"),
    ("By-election called\nPARIS, Texas — A vote", "By-election called"),  # (a headline that starts so)
])
def test_a_byline_is_no_headline(text, headline):
    line = parse_dateline(text)
    assert (line.place, line.headline) == ("PARIS", headline)


def test_a_photo_caption_is_no_dateline(tmp_path):
    """Review 19: "FILE PHOTO: A view of …" had been read as a dateline, then blanked: a toponym of spaces."""
    path = tmp_path / "fordow.txt"
    path.write_text("FILE PHOTO: A view of the Fordow site, Iran, January 2024. Maxar/Handout via REUTERS\nUS bombers "
                    "struck three Iranian nuclear sites on Saturday.", encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert article.dateline is None and article.dateline_span is None and "FILE PHOTO" not in article.text


@pytest.mark.parametrize(("name", "content", "kept", "dropped"), [  # QA 6: page furniture inside the article
    ("chile.txt", "Wildfires tear through hills\nBy María José Contreras\nPublished: 9 February 2026\n\n"
     "VIÑA DEL MAR, Chile (AP) — Wildfires swept through Quilpué on Saturday.\n\nRead more:\n"
     "Flash floods hit Mukalla, killing three\nProtest in Aden over power cuts\n\nFires also hit Limache.",
     ["Wildfires tear", "VIÑA DEL MAR", "Fires also hit Limache."],
     ["María José", "Published", "Read more", "Mukalla", "Aden"]),
    ("kenya.md", "NAIROBI (Reuters) - Police fired tear gas on Tuesday.\n\nFILE PHOTO: Police disperse protesters "
     "in Nairobi, Kenya, June 25, 2024\n\nRelated: [Floods kill 12 in Garissa](https://example.com/x)\n\n"
     "Voters queue in Nuwara Eliya on Tuesday. Pic by Nimal Jayaratne\n\nProtests spread to Kisumu.",
     ["NAIROBI", "Protests spread to Kisumu."], ["FILE PHOTO", "Garissa", "Nuwara Eliya"]),
    ("yemen.html", "<html><body><article><p class='meta'>By Ahmed al-Haj | July 21, 2026</p><figure><img src='a.jpg'>"
     "<figcaption>Workers unload wheat at Hodeidah port on Monday.</figcaption></figure><p>SANAA, Yemen (AP) — A "
     "ship docked in Hodeidah.</p><p><strong>Related:</strong></p><ul><li>Flash floods hit Mukalla</li><li>Strikes "
     "hit Mocha</li></ul><p>Fighting flared near Marib.</p></article></body></html>",
     ["SANAA", "Fighting flared near Marib."], ["Ahmed", "Workers unload", "Mukalla", "Mocha"]),
    ("wire.jsonl", '{"id": "w", "text": "By Sarah Jones, Reuters\\nLONDON - Talks began.\\nSee also: Floods in '
     'York"}\n',
     ["LONDON - Talks began."], ["Sarah", "York"]),
])
def test_page_furniture_inside_an_article_is_blanked(tmp_path, name, content, kept, dropped):
    (tmp_path / name).write_text(content, encoding="utf-8")
    article = read_articles([tmp_path / name]).articles[0]
    assert all(k in article.text for k in kept) and not any(d in article.text for d in dropped), article.text
    if not name.endswith(".html"):  # blanked, not cut: offsets into the text as read still hold
        assert len(article.text) == len(content if name.endswith(".txt") else article.text)


def test_a_headline_before_the_dateline_is_the_title(tmp_path):
    """QA 5: a .txt article's headline had never been shown."""
    (tmp_path / "a.txt").write_text("Floods close schools\nLAGOS, Nigeria (AP) — Floods closed schools.",
                                    encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "Fire guts mill. SALEM, Ore. — A fire."}\n'
                                      '{"id": "c", "title": "Given", "text": "Fire guts mill. SALEM, Ore. — A fire."}\n'
                                      '{"id": "d", "text": "SALEM, Ore. — A fire."}\n', encoding="utf-8")
    titles = {a.id: a.title for a in read_articles([tmp_path], date(2024, 4, 1)).articles}
    assert titles == {"a": "Floods close schools", "b": "Fire guts mill.", "c": "Given", "d": None}


def test_a_given_date_that_contradicts_the_dateline_is_warned_about(tmp_path):
    """QA 5: a JSON Lines `published` had silently overridden a dateline saying otherwise."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "published": "2026-11-01", "text": "NAIROBI, Nov 10, 2026 (AP) - Police fired."}\n'
                    '{"id": "b", "published": "2026-11-10", "text": "NAIROBI, Nov 10, 2026 (AP) - Police fired."}\n',
                    encoding="utf-8")
    reading = read_articles([path], today=date(2026, 11, 28))
    assert [a.published for a in reading.articles] == [date(2026, 11, 1), date(2026, 11, 10)]  # the given date
    assert reading.warnings == (f"{path}:1: published 2026-11-01, but its dateline says 2026-11-10; 2026-11-01 is "
                                "used",)


def test_every_bad_line_of_a_jsonl_file_is_named_at_once(tmp_path):
    """QA: a file with bad lines 2 to 5 had taken four runs to find them all."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{bad\n{"id": "c"}\n\n{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_articles([path])
    assert str(info.value) == (f"{path}: 3 lines cannot be read:\n"
                               f"  {path}:2: not valid JSON: Expecting property name enclosed in double quotes\n"
                               f"  {path}:3: missing or empty 'text'\n  {path}:5: missing or empty 'id'")


def test_every_bad_file_of_a_folder_is_named_at_once(tmp_path):
    for name, data in {"a.txt": b"Kyiv.", "empty.txt": b"", "blank.md": b"  \n", "b.txt": b"\xff\xfe"}.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError, match="3 files cannot be read") as info:
        read_articles([tmp_path])
    assert all(name in str(info.value) for name in ("empty.txt: empty file", "blank.md: empty file", "b.txt:1"))


def test_links_in_a_folder_are_listed_when_they_are_not_read(tmp_path):
    (tmp_path / "real.txt").write_text("Shelling hit Kyiv.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "zlink.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "folder").symlink_to(tmp_path / "sub")
    reading = read_articles([tmp_path])
    assert [a.id for a in reading.articles] == ["real"]
    assert sorted(s.removeprefix(f"{tmp_path}/") for s in reading.skipped) == [
        "dangling.txt: a broken link", "folder: a link to a folder (not followed)",
        f"zlink.txt: the same file as {tmp_path}/real.txt"]


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + b"LAGOS, May 2, 2024 (Reuters) - Protesters rallied.",
    "LAGOS, May 2, 2024 (Reuters) - Protesters rallied.".encode("utf-16"),
])
def test_a_byte_order_mark_is_read_not_kept(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_articles([path]).articles[0]
    assert article.text.startswith("LAGOS") and article.published == date(2024, 5, 2) and article.dateline == "LAGOS"


def test_markdown_reads_as_its_reader_sees_it(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Floods in Lagos\ndate: 2024-05-02\nsource: Lagos Wire\nurl: https://w.example/a\n"
                    "---\n## Protests\n\nCrowds rallied in [Abuja](https://example.com/abuja) on Wednesday.\n",
                    encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert article.title == "Floods in Lagos" and article.published == date(2024, 5, 2)
    assert (article.source, article.url) == ("Lagos Wire", "https://w.example/a")  # QA 5: had been ignored
    assert article.text == "Protests\n\nCrowds rallied in Abuja on Wednesday.\n"  # no front matter, marks or links


def test_markdown_quotes_emphasis_and_a_heading_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Storm hits Libya\n\n> Protesters marched in **Kinshasa** on *Monday*.\n\nFloods hit _Bukavu_ "
                    "on `Tuesday`; snake_case stays.\n", encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert article.title == "Storm hits Libya"  # the first heading, without front matter
    assert article.text == ("Storm hits Libya\n\nProtesters marched in Kinshasa on Monday.\n\nFloods hit Bukavu on "
                            "Tuesday; snake_case stays.\n")


def test_a_markdown_heading_before_the_dateline(tmp_path):
    path = tmp_path / "lagos.md"
    path.write_text("# Floods close schools\n\nLAGOS, Nigeria, May 2, 2024 (AP) — Rains flooded Lagos on "
                    "Wednesday.\n", encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert (article.dateline, article.published, article.source) == ("LAGOS", date(2024, 5, 2), "AP")
    assert article.text[article.body_start:].startswith("Rains")


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Floods hit Kano.", encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path, tmp_path / "a.txt"]).articles] == ["a"]


@pytest.mark.parametrize(("url", "kept"), [("https://e.x/1", "https://e.x/1"), ("javascript:alert(1)", None),
                                           ("JavaScript:alert(1)", None), ("ftp://e.x/1", None)])
def test_only_web_addresses_are_kept_as_links(tmp_path, url, kept):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Kyiv.", "url": url}) + "\n", encoding="utf-8")
    assert read_articles([path]).articles[0].url == kept
