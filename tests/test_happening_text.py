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


def _brute_force_labels(starts, ends, offsets, terms, cities):
    """The components of the documented links, scoring every pair (the definition that
    :func:`similarity.group_labels` computes without scanning)."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from timeline.happenings import similarity

    count = len(terms)
    sets = [set(t.split()) for t in terms]
    places = [set(c.split()) for c in cities]
    levels = [similarity.level(e - s) for s, e in zip(starts, ends, strict=True)]
    rows, cols = [], []
    for i in range(count):
        for j in range(i + 1, count):
            n = len(sets[i] & sets[j])
            if n < similarity.MIN_SHARED or abs(levels[i] - levels[j]) > 1:
                continue
            cosine = n / (len(sets[i]) * len(sets[j])) ** 0.5
            if cosine < similarity.MIN_COSINE and not (
                n >= similarity.MANY_SHARED and cosine >= similarity.MANY_COSINE
            ):
                continue
            if places[i] and places[j] and not places[i] & places[j]:
                continue
            apart = min(abs(offsets[i] - offsets[j]), similarity.MAX_SLACK)
            if starts[i] < ends[j] + apart and starts[j] < ends[i] + apart:
                rows.append(i)
                cols.append(j)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def _partition(labels):
    groups: dict[int, set[int]] = {}
    for node, label in enumerate(labels):
        groups.setdefault(int(label), set()).add(node)
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_grouping_components_are_those_of_every_pair(seed):
    """:func:`similarity.group_labels` generates candidates by city and by time and skips pairs
    already joined; its components are those of scoring every pair, whatever the order of the
    reports."""
    import numpy as np

    from timeline.happenings import similarity

    rng = np.random.default_rng(seed)
    count = 700
    day = 86400.0
    lengths = rng.choice([3600.0, 6 * 3600.0, day, 7 * day, 30 * day, 365 * day], count)
    starts = rng.integers(0, 40, count) * day + rng.choice([0.0, 18 * 3600.0], count)
    ends = starts + lengths
    offsets = rng.choice([-4 * 3600.0, 0.0, 3 * 3600.0, 10 * 3600.0], count)
    vocabulary = [f"w{k}" for k in range(14)]
    terms = [
        " ".join(rng.choice(vocabulary, rng.integers(2, 9), replace=False)) for _ in range(count)
    ]
    cities = [
        " ".join(rng.choice(["c1", "c2", "c3"], rng.integers(0, 3), replace=False))
        for _ in range(count)
    ]
    expected = _partition(_brute_force_labels(starts, ends, offsets, terms, cities))
    assert len(expected) > 20 and max(map(len, expected)) > 5  # neither all apart nor one
    for order in (np.arange(count), rng.permutation(count)):
        labels = similarity.group_labels(
            starts[order],
            ends[order],
            offsets[order],
            similarity.vectors([terms[k] for k in order]),
            [cities[k] for k in order],
        )
        found = _partition(labels)
        assert sorted(sorted(int(order[k]) for k in group) for group in found) == expected


def test_the_stop_words_are_scikit_learns():
    """Grouping reads its copy of scikit-learn's English stop words (importing scikit-learn
    would cost it about 125 MB); the copy must not drift from the list."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as theirs

    from timeline.happenings.features import ENGLISH_STOP_WORDS as ours

    assert ours == theirs


def test_grouping_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = (
        "import sys; from timeline.happenings import grouping; "
        "from timeline.happenings.features import features; features('Missiles hit Kyiv.'); "
        "print(any(m == 'sklearn' or m.startswith('sklearn.') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("The formal decision is expected on Sunday, the government said.", "Sunday", True),
        ("Parliament is likely to vote early next week.", "early next week", True),
        ("The leaders will meet President Biden on Thursday.", "Thursday", True),
        ("The government decided on Sunday to apply.", "Sunday", False),
        (
            "The bridge that collapsed on May 12 cut the line, and repairs will take months.",
            "May 12",
            False,
        ),
        ("He said that no one today can predict how long this war will last.", "today", False),
    ],
)
def test_a_report_speaks_of_the_future_by_the_words_of_its_own_date(sentence, expression, expected):
    from datetime import UTC, datetime

    from timeline.happenings.grouping import Report, _tense
    from timeline.temporal.tense import sentence_tense

    start = sentence.index(expression)
    now = datetime(2022, 5, 14, tzinfo=UTC)
    report = Report(
        1,
        1,
        now,
        now,
        "day",
        sentence,
        0,
        None,
        None,
        None,
        None,
        now,
        0,
        1,
        sentence_tense(sentence),
        None,
    )
    assert (_tense(report, (start, start + len(expression))) == "future") is expected
