"""What grouping reads of a sentence: places (gazetteer), names, and terms without dates."""

from __future__ import annotations

import pytest

from timeline.happenings.features import features
from timeline.happenings.names import find_names
from timeline.happenings.places import find_places, lookup


@pytest.mark.parametrize(
    "one, other",
    [
        ("Kiev", "Kyiv"),
        ("Odessa", "Odesa"),
        ("Kharkov", "Kharkiv"),
        ("Britain", "United Kingdom"),
        ("U.S.", "United States"),
    ],
)
def test_alternate_names_are_one_place(one, other):
    assert lookup(one) is not None and lookup(one) == lookup(other)


def test_a_place_has_a_country_and_coordinates():
    kyiv = lookup("Kyiv")
    assert (kyiv.name, kyiv.country) == ("Kyiv", "UA")
    assert 50 < kyiv.lat < 51 and 30 < kyiv.lon < 31
    assert lookup("Ukraine").to_json() == {
        "name": "Ukraine",
        "country": "UA",
        "lat": kyiv.lat,
        "lon": kyiv.lon,
    }  # its capital's


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Missiles hit Kiev and Odessa, the governor of the Donetsk region said.",
            ["Kyiv", "Odesa", "Donetsk"],
        ),
        ("In Washington, the Senate voted.", ["Washington"]),
        ("Finland's president told Vladimir Putin in a phone call.", ["Finland"]),  # not Vladimir
        ("Prime Minister Magdalena Andersson spoke.", []),  # not Magdalena, Mexico
        ("Shelling hit residential blocks overnight.", []),
    ],
)
def test_places_are_whole_capitalised_runs(text, expected):
    assert [p.name for p in find_places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "President Volodymyr Zelensky met Joe Biden in Kyiv on Monday.",
            ["Volodymyr Zelensky", "Joe Biden"],
        ),
        ("Britain's Ministry of Defence said the crossing failed.", ["Ministry of Defence"]),
        ("NATO and the Azovstal garrison.", ["NATO", "Azovstal"]),
        ("Shelling hit Kharkiv late Wednesday.", []),  # an opening word and a place: no name
    ],
)
def test_names_are_capitalised_runs_without_titles_times_and_places(text, expected):
    assert find_names(text) == expected


def test_terms_leave_out_the_dates_and_stand_places_by_their_id():
    tuesday = features("Missiles hit a depot in Kiev late on Tuesday.", [(33, 47)])
    night = features("Missiles hit a depot in Kyiv on Tuesday night.", [(32, 45)])
    assert tuesday.terms == night.terms
    assert "@geonames:703448" in tuesday.terms
    assert not {"tuesday", "late", "night"} & set(tuesday.terms)


def test_terms_are_stemmed_and_keep_numbers():
    terms = features(
        "The last fighters surrendered, bringing to 2,439 the soldiers who surrender."
    ).terms
    assert "2439" in terms and "surrend" in terms and "fighter" in terms


def test_reducing_the_links_keeps_the_components():
    """Dense days link many pairs; :func:`similarity._spanning` keeps one link per report and
    the same components."""
    import numpy as np

    from timeline.happenings import similarity

    rng = np.random.default_rng(7)
    count = 500
    i, j = rng.integers(0, count, 600), rng.integers(0, count, 600)
    rows, cols = similarity._spanning(count, [i[:300], i[300:]], [j[:300], j[300:]])
    assert len(rows[0]) < count

    def partition(labels):
        groups: dict[int, set[int]] = {}
        for node, label in enumerate(labels):
            groups.setdefault(int(label), set()).add(node)
        return sorted(sorted(g) for g in groups.values())

    assert partition(similarity.components(count, rows[0], cols[0])) == partition(
        similarity.components(count, i, j)
    )
