"""The date helpers of ``api/static/app/common.js``, run in Chromium on a blank page.

They decide how every interval reads on the page, so each reading is pinned here: whole days,
months and years as dates, clock times with their offset, the API's offsets read literally
(never in the browser's time zone), and the Link header's next page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

COMMON_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "app" / "common.js"


@pytest.fixture(scope="module")
def js(chromium):
    context = chromium.new_context(timezone_id="Pacific/Auckland")  # far from every offset
    page = context.new_page()
    page.set_content("<!doctype html><html lang='en'><title>t</title><body></body></html>")
    page.add_script_tag(path=str(COMMON_JS))
    yield lambda expression, *args: page.evaluate(expression, *args)
    context.close()


@pytest.mark.parametrize(
    ("start", "end", "reading"),
    [
        ("2022-05-11T00:00:00+03:00", "2022-05-12T00:00:00+03:00", "Wed 11 May 2022 (UTC+03:00)"),
        ("2022-05-09T00:00:00+03:00", "2022-05-16T00:00:00+03:00", "9–15 May 2022 (UTC+03:00)"),
        ("2022-04-28T00:00:00+00:00", "2022-05-05T00:00:00+00:00", "28 Apr – 4 May 2022 UTC"),
        ("2021-12-27T00:00:00+00:00", "2022-01-03T00:00:00+00:00", "27 Dec 2021 – 2 Jan 2022 UTC"),
        ("2022-04-01T00:00:00+03:00", "2022-05-01T00:00:00+03:00", "April 2022 (UTC+03:00)"),
        ("2022-01-01T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "2022 UTC"),
        ("2014-01-01T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "2014–2022 UTC"),
        (
            "2022-05-11T12:00:00+03:00",
            "2022-05-12T00:00:00+03:00",
            "Wed 11 May 2022, 12:00–24:00 (UTC+03:00)",
        ),
        (
            "2022-05-10T20:00:00-04:00",
            "2022-05-11T06:00:00-04:00",
            "Tue 10 May 2022 20:00 – Wed 11 May 2022 06:00 (UTC-04:00)",
        ),
        ("2022-05-11T14:00:00Z", "2022-05-11T15:00:00Z", "Wed 11 May 2022, 14:00–15:00 UTC"),
    ],
)
def test_intervals_read_as_people_write_them_and_name_their_zone(js, start, end, reading):
    assert js("([s, e]) => Timeline.describeInterval(s, e)", [start, end]) == reading


def test_labels_can_leave_the_zone_of_whole_days_out(js):
    assert (
        js(
            "Timeline.describeInterval('2022-04-01T00:00:00+03:00', "
            "'2022-05-01T00:00:00+03:00', false)"
        )
        == "April 2022"
    )


def test_counts_have_thousands_separators(js):
    assert js("Timeline.plural(196559, 'event')") == "196,559 events"
    assert js("Timeline.plural(1, 'event')") == "1 event"
    assert js("Timeline.formatCount(1234567)") == "1,234,567"


@pytest.mark.parametrize(
    ("hours", "label"),
    [
        (1 / 60, "1 minute"),
        (0.5, "30 minutes"),
        (1, "1 hour"),
        (12, "12 hours"),
        (24, "1 day"),
        (24 * 7, "7 days"),
        (24 * 30, "about 4 weeks"),
        (24 * 92, "about 3 months"),
        (24 * 365 * 8, "about 8 years"),
    ],
)
def test_durations_are_labelled_in_the_largest_fitting_unit(js, hours, label):
    assert js("h => Timeline.durationLabel(h * 3600000)", hours) == label


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2022-04-01T00:00:00+03:00", "2022-05-01T00:00:00+03:00", "1 month"),
        ("2022-02-01T00:00:00+00:00", "2022-03-01T00:00:00+00:00", "1 month"),
        ("2022-02-14T00:00:00+00:00", "2022-05-14T00:00:00+00:00", "3 months"),
        ("2022-01-01T00:00:00+00:00", "2023-01-01T00:00:00+00:00", "1 year"),
        ("2022-05-11T18:00:00+03:00", "2022-05-11T18:01:00+03:00", "1 minute"),
        ("2022-05-11T00:00:00+03:00", "2022-05-12T00:00:00+03:00", "1 day"),
    ],
)
def test_calendar_months_and_years_are_named_exactly(js, start, end, label):
    assert (
        js(
            "([s, e]) => Timeline.durationLabel(Timeline.parseIso(e).instant - "
            "Timeline.parseIso(s).instant, s, e)",
            [start, end],
        )
        == label
    )


def test_extent_bars_grow_with_the_extent(js):
    widths = js(
        "hs => hs.map(h => Timeline.extentWidth(h * 3600000))",
        [1, 24, 24 * 7, 24 * 31, 24 * 365, 24 * 365 * 10, 24 * 365 * 200],
    )
    assert widths[0] == 6 and widths[-2] == widths[-1] == 100
    assert widths == sorted(widths) and len(set(widths[:-1])) == len(widths) - 1


def test_days_are_keyed_in_the_offset_the_api_gives(js):
    # 23:30 in UTC-04:00 is already the next day in UTC, and later still in Auckland.
    assert (
        js("Timeline.dayKey(Timeline.parseIso('2022-05-13T23:30:00-04:00').wall)") == "2022-05-13"
    )
    assert js("Timeline.parseIso('2022-05-13T23:30:00-04:00').instant") == js(
        "Date.parse('2022-05-14T03:30:00Z')"
    )


@pytest.mark.parametrize(
    ("header", "url"),
    [
        ('<http://h/api/v1/events?cursor=abc>; rel="next"', "http://h/api/v1/events?cursor=abc"),
        ('<http://h/a>; rel="prev", <http://h/b>; rel="next"', "http://h/b"),
        ("<http://h/b>; rel=next", "http://h/b"),
        ('<http://h/a>; rel="prev"', None),
        ("", None),
    ],
)
def test_the_next_page_comes_from_the_link_header(js, header, url):
    assert js("h => Timeline.nextLink(h)", header) == url


@pytest.mark.parametrize(
    ("link", "cursor", "url"),
    [
        ('</api/v1/happenings?cursor=abc>; rel="next"', "abc", "/api/v1/happenings?cursor=abc"),
        (None, "xyz", "/api/v1/happenings?from=2022-05-01&cursor=xyz"),  # the body's cursor
        (None, None, None),  # the last page
    ],
)
def test_the_following_page_is_the_link_or_else_the_cursor(js, link, cursor, url):
    script = """([link, cursor]) => Timeline.followingPage({next_cursor: cursor}, {
        url: "http://127.0.0.1:5000/api/v1/happenings?from=2022-05-01&cursor=old",
        headers: {get: () => link}})"""
    assert js(script, [link, cursor]) == url
