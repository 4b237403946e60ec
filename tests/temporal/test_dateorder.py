"""Numeric dates follow the locale: month-first by default and in en-US, day-first in en-GB
and in most other languages; a date that only works the other way is read that way."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from timeline.temporal import tag
from timeline.temporal.dateorder import order_of, order_shown

REF = date(2021, 5, 1)


@pytest.mark.parametrize(
    ("locale", "value"),
    [
        (None, "2021-03-04"),
        ("en", "2021-03-04"),
        ("en-US", "2021-03-04"),
        ("en_GB", "2021-04-03"),
        ("en-AU", "2021-04-03"),
        ("fr", "2021-04-03"),
        ("de-AT", "2021-04-03"),
        ("ja", "2021-03-04"),
        ("xx-unknown", "2021-03-04"),
    ],
)
def test_the_locale_orders_day_and_month(locale, value) -> None:
    for text in ("3/4/2021", "3-4-2021", "3.4.2021"):
        (t,) = tag(text, REF, locale=locale)
        assert t.value == value, (text, locale)


@pytest.mark.parametrize("locale", [None, "en-GB"])
def test_a_date_that_fits_one_order_only_is_read_that_way(locale) -> None:
    assert [t.value for t in tag("10/31/1974", REF, locale=locale)] == ["1974-10-31"]
    assert [t.value for t in tag("31/10/1974", REF, locale=locale)] == ["1974-10-31"]
    assert tag("31/13/1974", REF, locale=locale) == []


def test_order_of_prefers_the_locale_row_then_the_language() -> None:
    assert order_of("en-GB") == "DMY"
    assert order_of("en-CA") == "MDY"
    assert order_of("pt-BR") == "DMY"
    assert order_of(None) == "MDY"


def test_the_order_does_not_leak_between_calls() -> None:
    assert tag("3/4/2021", REF, locale="en-GB")[0].value == "2021-04-03"
    assert tag("3/4/2021", REF)[0].value == "2021-03-04"


def test_without_a_locale_chat_shows_its_order() -> None:
    # a chat export's stamps (blind text 568): "14/03/2025" can only be day-first, so the
    # text's "12/03/2025" is 12 March too, not 3 December
    export = "12/03/2025, 19:42 - Sam: sat?\n14/03/2025, 18:30 - Priya: booked it"
    chat = {"document_type": "colloquial"}
    assert [t.value for t in tag(export, REF, **chat) if t.text.startswith("12/03")] == [
        "2025-03-12T19:42"
    ]
    # month-first shown ("03/14/2025") keeps "03/12/2025" month-first
    assert tag("due 03/12/2025, paid 03/14/2025", REF, **chat)[0].value == "2025-03-12"
    # both orders shown, or none: the locale's (month-first by default)
    assert tag("seen 12/03/2025, 14/03/2025 and 03/14/2025", REF, **chat)[0].value == "2025-12-03"
    # a locale given wins over the text; news keeps month-first
    assert tag(export, REF, locale="en-US", **chat)[0].value == "2025-12-03T19:42"
    assert tag("Filed 12/03/2025 and 14/03/2025.", REF, document_type="news")[0].value == (
        "2025-12-03"
    )


def test_without_an_order_shown_chat_stamps_stay_before_the_reference() -> None:
    # lead, session 35 (blind text 942): every stamp of an export of 6 May 2026 could be read
    # either way ("06/05/2026"); month-first they would be from June, after the export, so
    # they are day-first, and so is the rest of the chat
    chat = {"document_type": "colloquial"}
    export = (
        "06/05/2026, 08:12 - Dave: bins still today?\n"
        "06/05/2026, 08:20 - Sue: no, thurs. garden waste is 08/05/2026"
    )
    ref = datetime(2026, 5, 6, 21, 40, tzinfo=UTC)
    assert [t.value for t in tag(export, ref, **chat) if "/" in t.text] == [
        "2026-05-06T08:12",
        "2026-05-06T08:20",
        "2026-05-08",
    ]
    # "[03/02/2027, 19:05]" on 3 February 2027: 2 March would be ahead of the export
    bracketed = "[03/02/2027, 19:05] Kim: who's in for friday?\n[03/02/2027, 19:09] Raj: me"
    ref = datetime(2027, 2, 3, 22, 0, tzinfo=UTC)
    assert tag(bracketed, ref, **chat)[0].value == "2027-02-03T19:05"
    # both readings before the reference: the default, month-first ("04/03/2026" on 20 May)
    ref = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)
    assert tag("04/03/2026, 10:02 - Sam: see u sat", ref, **chat)[0].value == "2026-04-03T10:02"
    # a date ahead either way (a plan) decides nothing; news keeps month-first
    assert tag("flights booked for 07/08/2026!!", ref, **chat)[0].value == "2026-07-08"
    assert tag("Filed on 06/05/2026.", date(2026, 5, 6), document_type="news")[0].value == (
        "2026-06-05"
    )


def test_without_an_order_shown_the_last_stamp_lies_near_the_reference() -> None:
    # s36-informal2 (blind text 1001): both readings keep the stamps before the export of 3
    # December 2026; day-first puts the last within a month of it, month-first nine months back
    chat = {"document_type": "colloquial"}
    export = "01/12/2026, 18:02 - Priya: names drawn tmrw\n03/12/2026, 22:06 - Priya: ok"
    ref = datetime(2026, 12, 3, 22, 10, tzinfo=UTC)
    assert [t.value for t in tag(export, ref, **chat) if "/" in t.text] == [
        "2026-12-01T18:02",
        "2026-12-03T22:06",
    ]
    assert order_shown(export, ref.date()) is True
    # month-first is the near reading: kept ("11/03/2026" in an export of 5 November)
    assert order_shown("11/03/2026, 08:00 - Jo: bins", date(2026, 11, 5)) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("14/03/2025", True),
        ("03/14/2025", False),
        ("12/03/2025", None),
        ("14/03/2025 03/14/2025", None),
        ("3.4.21 and 25.12.21", True),
        ("no dates here", None),
    ],
)
def test_order_shown(text, shown) -> None:
    assert order_shown(text) is shown
