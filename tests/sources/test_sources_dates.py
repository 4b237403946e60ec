"""Publication dates of the fixture pages, fetched from the local site: the right instant,
from the right finder, for at least 95% of them (the rate is printed)."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from source_helpers import FETCHED_AT

from timeline.sources.dates import (
    EARLIEST,
    FINDERS,
    DateRefused,
    Page,
    find_published_at,
    read_date,
)
from timeline.sources.pages import page_language, parse_html

SITE = Path(__file__).resolve().parent / "site"
EXPECTED = tomllib.loads((SITE / "pages.toml").read_text(encoding="utf-8"))


def _find(site, fetcher, path):
    result = fetcher.fetch(site.url(path))
    tree = parse_html(result.content)
    return find_published_at(Page(tree, result.final_url, FETCHED_AT, page_language(tree)))


def _outcome(site, fetcher, path):
    """``(instant or 'fetched'/'refused', finder)`` for one fixture page."""
    try:
        found = _find(site, fetcher, path)
    except DateRefused:
        return "refused", "refused"
    if found.flagged:
        return "fetched", "fetched"
    return found.moment.astimezone(UTC), found.source


def _expected(entry):
    if entry["expected"] in ("fetched", "refused"):
        return entry["expected"]
    return datetime.fromisoformat(entry["expected"])


def test_there_are_at_least_40_pages_of_every_style():
    assert len(EXPECTED) >= 40
    finders = {entry["source"] for entry in EXPECTED.values()}
    assert {name for name, _ in FINDERS} - {"feed"} <= finders
    languages = {
        (SITE / path).read_text(encoding="utf-8").split('lang="')[1][:2] for path in EXPECTED
    }
    assert {"de", "ru", "uk", "fr", "en"} <= languages


def test_date_found_for_at_least_95_percent_of_the_pages(site, fetcher, capsys):
    right, wrong = 0, []
    for path, entry in EXPECTED.items():
        got = _outcome(site, fetcher, path)
        if got == (_expected(entry), entry["source"]):
            right += 1
        else:
            wrong.append(
                f"{path}: expected {entry['expected']} ({entry['source']}), got {got[0]} ({got[1]})"
            )
    rate = right / len(EXPECTED)
    with capsys.disabled():
        print(
            f"\npublication date found with the right instant and finder: {right}/"
            f"{len(EXPECTED)} fixture pages ({rate:.1%})"
        )
        for line in wrong:
            print("  missed", line)
    assert rate >= 0.95, wrong


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_each_page(site, fetcher, path):
    """One case per page, so a regression names its page (a few may fail within the 95%)."""
    entry = EXPECTED[path]
    assert _outcome(site, fetcher, path) == (_expected(entry), entry["source"])


def test_a_feed_date_outranks_the_page():
    page = Page(
        parse_html(
            b"<html><head><meta property='article:published_time' "
            b"content='2022-05-01T00:00:00Z'></head><body>x</body></html>"
        ),
        "http://news.example/a",
        FETCHED_AT,
        "en",
        "Sat, 14 May 2022 09:30:00 +0100",
    )
    found = find_published_at(page)
    assert (found.source, found.moment.isoformat()) == ("feed", "2022-05-14T09:30:00+01:00")


def test_no_date_is_flagged_with_the_fetch_time():
    found = find_published_at(
        Page(
            parse_html(b"<html><body><p>Nothing</p></body></html>"),
            "http://news.example/a",
            FETCHED_AT,
        )
    )
    assert found.flagged and found.moment == FETCHED_AT and found.source == "fetched"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("2099-01-01T00:00:00Z", "in the future"),
        ("1985-06-01", "before the web"),
    ],
)
def test_implausible_dates_are_refused_with_a_reason(text, reason):
    html = f"<html><head><meta name='pubdate' content='{text}'></head><body>x</body></html>"
    with pytest.raises(DateRefused, match=reason):
        find_published_at(Page(parse_html(html.encode()), "http://news.example/a", FETCHED_AT))


def test_an_implausible_date_gives_way_to_the_next_finder():
    html = (
        "<html><head><meta property='article:published_time' content='1970-01-01T00:00:00Z'>"
        "</head><body><div class='byline'>Published 2 May 2022</div></body></html>"
    )
    found = find_published_at(
        Page(parse_html(html.encode()), "http://news.example/a", FETCHED_AT, "en")
    )
    assert found.source == "byline" and found.moment == datetime(2022, 5, 2, tzinfo=UTC)
    assert "before the web" in found.refused[0]


def test_a_page_published_within_the_tolerance_is_accepted():
    soon = (FETCHED_AT + timedelta(hours=3)).isoformat()
    html = f"<html><head><meta name='pubdate' content='{soon}'></head></html>"
    found = find_published_at(Page(parse_html(html.encode()), "http://x.example/", FETCHED_AT))
    assert found.source == "meta"
    assert EARLIEST < found.moment


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("Sat, 14 May 2022 09:30:00 +0100", None, "2022-05-14T09:30:00+01:00"),
        ("2022-05-14T09:30:00Z", None, "2022-05-14T09:30:00+00:00"),
        ("Published 14 May 2022, 09:30 BST", ("en",), "2022-05-14T08:30:00+00:00"),
        ("14 мая 2022, 09:30", ("ru", "en"), "2022-05-14T09:30:00"),
        ("vor 2 Stunden", ("de", "en"), "2022-05-15T10:00:00"),
        ("May 3, 2022 6:15 p.m. ET", ("en",), "2022-05-03T22:15:00+00:00"),
    ],
)
def test_read_date(text, languages, expected):
    moment, has_time = read_date(
        text, languages=languages, relative_base=FETCHED_AT.replace(tzinfo=None)
    )
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
        expected_moment = datetime.fromisoformat(expected).astimezone(UTC)
    else:
        expected_moment = datetime.fromisoformat(expected)
    assert moment == expected_moment and has_time
