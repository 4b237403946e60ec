"""Numeric dates follow the locale: month-first by default and in en-US, day-first in en-GB
and in most other languages; a date that only works the other way is read that way."""

from __future__ import annotations

from datetime import date

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
