"""Recognition and resolution of place names in running text (table-driven)."""

from __future__ import annotations

import pytest

from geomap.gazetteer import open_gazetteer
from geomap.recognize import recognize, tokenize
from geomap.resolve import km, resolve


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


def places(text: str, gaz) -> dict[str, tuple[str | None, str | None]]:
    """surface -> (place name, country) for every resolved toponym."""
    tops = resolve(text, recognize(text, gaz))
    return {t.text: ((t.place.name, t.place.country_code) if t.place else (None, t.reason)) for t in tops}


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks were held in Turkey’s city of Antalya.", {"Turkey": ("Turkey", "TR"), "Antalya": ("Antalya", "TR")}),
    ("The Belarus-hosted peace talks stalled.", {"Belarus": ("Belarus", "BY")}),
    ("It is pro-Russia territory.", {"Russia": ("Russia", "RU")}),
    ("Tensions between the EU/US/Ukraine and NATO grew.", {"US": ("United States", "US"),
                                                           "Ukraine": ("Ukraine", "UA")}),
    ("He arrived in Los Angeles on Friday.", {"Los Angeles": ("Los Angeles", "US")}),
    ("She moved to Gainesville, Ga., last year.", {"Gainesville": ("Gainesville", "US"), "Ga.": ("Georgia", "US")}),
    ("Officials in the U.S. said so.", {"U.S.": ("United States", "US")}),
    ("Shelling hit Kharkov and Lugansk overnight.", {"Kharkov": ("Kharkiv", "UA"), "Lugansk": ("Luhansk", "UA")}),
])
def test_recognised_places(gaz, text, expected):
    assert places(text, gaz) == expected


@pytest.mark.parametrize("text", [
    "The meeting took place on 10 March 2022.",
    "Sergey Lavrov met Dmytro Kuleba and Mevlut Cavusoglu.",
    "Foreign Minister Kuleba spoke after consultations with its Security Council.",
    "The EU and NATO issued a statement, TDI reported.",
    "Reading the report, she frowned.",
    "Prices rose in May and June.",
    "It was the West’s chagrin.",
    "George Washington crossed the river.",
    "Coach Lincoln praised Troy Houston.",
])
def test_words_that_are_not_places(gaz, text):
    assert {k: v for k, v in places(text, gaz).items() if v[0]} == {}


def test_jordan_the_country(gaz):
    assert places("Refugees crossed into Jordan from Syria.", gaz)["Jordan"] == ("Jordan", "JO")


def test_donetsk_in_a_ukrainian_context_is_ukraines(gaz):
    text = "Shelling continued in Donetsk, in eastern Ukraine, near Mariupol."
    donetsk = next(t for t in resolve(text, recognize(text, gaz)) if t.text == "Donetsk")
    assert donetsk.place.country_code == "UA" and km(donetsk.place.lat, donetsk.place.lon, 48.023, 37.802) < 25


def test_donetsk_in_a_russian_context_near_rostov(gaz):
    text = "In Rostov Oblast, officials in Kamensk-Shakhtinsky and Donetsk, Russia, opened shelters."
    donetsk = next(t for t in resolve(text, recognize(text, gaz)) if t.text == "Donetsk")
    assert donetsk.place.country_code == "RU"


@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("The fair opened in Springfield on Monday.", 39.80, -89.64),  # no context: Illinois's capital
    ("Springfield, Illinois, hosted the fair.", 39.80, -89.64),
    ("Springfield, Mass., hosted the fair.", 42.10, -72.59),
    ("The fair in Springfield drew crowds from Boston and Worcester in Massachusetts.", 42.10, -72.59),
    ("Paris, Texas, held a parade.", 33.66, -95.56),
    ("Paris welcomed the delegates.", 48.85, 2.35),
])
def test_context_picks_the_homonym(gaz, text, lat, lon):
    first = resolve(text, recognize(text, gaz))[0]
    assert km(first.place.lat, first.place.lon, lat, lon) < 25, first.place


def test_one_sense_per_document(gaz):
    text = "Springfield, Mass., is busy. Later, Springfield council met."
    tops = [t for t in resolve(text, recognize(text, gaz)) if t.text == "Springfield"]
    assert len(tops) == 2 and tops[0].place == tops[1].place


def test_unknown_locative_names_are_reported_unresolved(gaz):
    text = "A fire broke out in Kelleyland overnight."
    tops = resolve(text, recognize(text, gaz))
    assert [(t.text, t.place, t.reason) for t in tops] == [("Kelleyland", None, "no candidate in the gazetteer")]


def test_tokens_drop_possessives_and_keep_abbreviations():
    assert [t.text for t in tokenize("Turkey’s U.S. W.Va. Kyiv's")] == ["Turkey", "U.S.", "W.Va.", "Kyiv"]
