"""The default view in a real browser: the key dates and one card per happening.

Against the real server over the seed articles (fixtures in ``conftest.py``): the page opens on
the days of the news, shows the API's happenings and the digest's key dates, opens a card on
its reports, narrows to a key date, and switches to every statement keeping the filters.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser

CARD_KEYS = """
els => els.map(e => ({id: Number(e.dataset.id), start: e.dataset.start, end: e.dataset.end,
                      badge: e.querySelector('.badge--sources').textContent,
                      title: e.querySelector('.happening__title').textContent}))
"""


def wait_for_happenings(page) -> None:
    page.wait_for_function(
        "() => !document.querySelector('#status').textContent.startsWith('Loading')"
    )


def api_query(page) -> dict[str, str]:
    query = parse_qs(urlparse(page.url).query)
    return {
        name: values[0]
        for name, values in query.items()
        if name in ("from", "to", "q", "source", "order")
    }


def test_the_page_opens_on_the_news_with_one_card_per_happening(page):
    page.goto("/")
    page.wait_for_url(re.compile(r"view=happenings"))
    query = parse_qs(urlparse(page.url).query)
    assert query["from"] == ["2022-04-08"]  # the first seed article's day, not 1814
    wait_for_happenings(page)
    cards = page.locator("li.happening").evaluate_all(CARD_KEYS)
    served = page.request.get("/api/v1/happenings", params={**api_query(page), "limit": 50}).json()[
        "happenings"
    ]
    assert cards and [c["id"] for c in cards] == [h["id"] for h in served]
    for card, happening in zip(cards, served, strict=True):
        count = len(happening["sources"])
        assert card["badge"] == f"{count} source{'' if count == 1 else 's'}"
        assert card["title"] == happening["title"]
    assert any(len(h["sources"]) > 1 for h in served), "the seeds report some things twice"


def test_the_key_dates_are_the_digest_in_time_order(page):
    page.goto("/")
    page.locator("#key-dates:not([hidden])").wait_for()
    days = page.locator("li.key-date").evaluate_all("els => els.map(e => e.dataset.date)")
    digest = page.request.get(
        "/api/v1/digest", params={**api_query(page), "dates": 8, "sentences": 1}
    ).json()["dates"]
    assert days == [d["date"] for d in digest]
    assert days == sorted(days) and 2 <= len(days) <= 8
    first = page.locator("li.key-date").first
    assert digest[0]["sentences"][0] in first.inner_text()


def test_a_card_opens_on_every_report_with_outlet_time_and_link(page):
    page.goto("/?order=importance")  # the seeds' most important happenings have 2 sources
    wait_for_happenings(page)
    card = page.locator("#happenings > li.happening:has(.badge--many)").first
    happening_id = card.get_attribute("data-id")
    detail = page.request.get(f"/api/v1/happenings/{happening_id}").json()
    card.locator("summary").click()
    reports = card.locator("li.report:not(.report--loading)")
    reports.first.wait_for()
    assert reports.count() == len(detail["events"])
    outlets = card.locator(".report__outlet").all_inner_texts()
    assert outlets == [event["source"] or "Unknown source" for event in detail["events"]]
    assert len(set(outlets)) > 1
    for index, event in enumerate(detail["events"]):
        report = reports.nth(index)
        assert report.locator("time").get_attribute("datetime") == event["published_at"]
        links = report.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
        assert f"/articles/{event['article_id']}" in links
        if event["url"]:
            assert event["url"] in links


def test_a_key_date_narrows_the_page_to_its_day(page):
    page.goto("/")
    page.locator("#key-dates:not([hidden])").wait_for()
    day = page.locator("li.key-date").first.get_attribute("data-date")
    page.locator("li.key-date a").first.click()
    page.wait_for_url(re.compile(rf"from={day}"))
    query = parse_qs(urlparse(page.url).query)
    after = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    assert query["to"] == [after] and query["view"] == ["happenings"]
    wait_for_happenings(page)
    cards = page.locator("li.happening").evaluate_all(CARD_KEYS)
    assert cards
    for card in cards:  # each overlaps the day (in the offsets the API gives)
        assert datetime.fromisoformat(card["start"]).date() <= date.fromisoformat(after)
        assert datetime.fromisoformat(card["end"]).date() >= date.fromisoformat(day)


def test_the_switch_to_every_statement_keeps_the_filters(page):
    page.goto("/")
    wait_for_happenings(page)
    page.get_by_label("Text").fill("Azovstal")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"q=Azovstal"))
    wait_for_happenings(page)
    ids = page.locator("li.happening").evaluate_all("els => els.map(e => Number(e.dataset.id))")
    served = page.request.get("/api/v1/happenings", params={**api_query(page), "limit": 50})
    assert ids and ids == [h["id"] for h in served.json()["happenings"]]
    assert ids != [
        h["id"]
        for h in page.request.get(
            "/api/v1/happenings",
            params={"from": api_query(page)["from"], "to": api_query(page)["to"], "limit": 50},
        ).json()["happenings"]
    ], "the text narrowed the list"
    page.get_by_role("link", name="Every statement").click()
    page.wait_for_url(re.compile(r"view=statements"))
    query = parse_qs(urlparse(page.url).query)
    assert query["q"] == ["Azovstal"] and query["basis"] == ["expression"]
    page.wait_for_function(
        "() => !document.querySelector('#status').textContent.startsWith('Loading')"
    )
    assert page.locator("li.event").count() > 0
    assert page.locator("li.event--publication").count() == 0  # not shown by default
    page.get_by_role("link", name="What happened").click()
    page.wait_for_url(re.compile(r"view=happenings"))
    assert parse_qs(urlparse(page.url).query)["q"] == ["Azovstal"]


def test_importance_order_puts_the_most_important_first(page):
    page.goto("/?view=happenings&order=importance&from=2022-04-01&to=2022-06-01")
    wait_for_happenings(page)
    ids = page.locator("li.happening").evaluate_all("els => els.map(e => Number(e.dataset.id))")
    served = page.request.get(
        "/api/v1/happenings",
        params={"order": "importance", "from": "2022-04-01", "to": "2022-06-01", "limit": 50},
    ).json()
    assert ids == [h["id"] for h in served["happenings"]]
    importance = [h["importance"] for h in served["happenings"]]
    assert importance == sorted(importance, reverse=True)
    assert "most important first" in page.locator("#status").inner_text()
