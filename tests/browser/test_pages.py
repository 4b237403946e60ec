"""The web page in a real browser, against the real server over the seed articles.

Each test drives Debian's headless Chromium through Playwright (fixtures in ``conftest.py``):
the timeline lists events in timeline order and pages through the API's cursor, a filter
narrows it and stays in the URL, an article shows its expressions highlighted and explained
on focus, the try-it panel resolves text live and can store it, and nothing needs horizontal
scrolling at 360 px.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser

#: Events per page of the timeline (``static/app/timeline.js``).
PAGE = 100

#: The events of the days in the window (those already under way before it are folded away).
DAY_EVENT = "section.day:not(.day--earlier) li.event"

EVENT_KEYS = """
els => els.map(e => ({id: e.dataset.id, start: e.dataset.start, end: e.dataset.end,
                      text: e.innerText}))
"""


def wait_for_events(page) -> None:
    """Until the events are in (folded ones too: those are attached but not visible)."""
    page.wait_for_function(
        "() => !document.querySelector('#status').textContent.startsWith('Loading')"
    )


def shown_events(page) -> list[dict]:
    return page.locator("li.event").evaluate_all(EVENT_KEYS)


def timeline_key(event: dict) -> tuple[datetime, datetime, int]:
    return (
        datetime.fromisoformat(event["start"]),
        datetime.fromisoformat(event["end"]),
        int(event["id"]),
    )


def test_events_appear_in_timeline_order_and_page_through_the_cursor(page):
    page.goto("/?view=statements&from=&to=&basis=")  # the whole history, every statement
    page.wait_for_selector("li.event")
    first = shown_events(page)
    api_events = page.request.get("/api/v1/events?limit=500").json()["events"]
    assert len(api_events) > PAGE, "the seeds should fill more than one page"
    assert len(first) == PAGE
    assert first == sorted(first, key=timeline_key)
    assert [e["id"] for e in first] == [str(e["id"]) for e in api_events[:PAGE]]

    page.get_by_role("button", name="Load more events").click()
    page.wait_for_function(f"() => document.querySelectorAll('li.event').length > {PAGE}")
    both = shown_events(page)
    assert both == sorted(both, key=timeline_key)
    assert len({e["id"] for e in both}) == len(both), "a page boundary repeated an event"
    assert [e["id"] for e in both] == [str(e["id"]) for e in api_events[: len(both)]]

    days = page.locator("section.day").evaluate_all("els => els.map(e => e.dataset.day)")
    assert days == sorted(days) and len(days) == len(set(days)), "days are grouped once, in order"


def test_the_precision_filter_drops_vaguer_events(page):
    page.goto("/?view=statements&coarsest=day&limit=500&from=&to=")
    wait_for_events(page)
    badges = page.locator("li.event .event__when .badge:not(.badge--pub)").all_inner_texts()
    assert badges and set(badges) <= {"minute", "hour", "part of day", "day"}


def test_events_dated_by_publication_are_marked(page):
    page.goto("/?view=statements&basis=publication")
    page.wait_for_selector(DAY_EVENT)
    events = page.locator(DAY_EVENT)
    assert events.count() > 0
    assert page.locator("li.event:not(.event--publication)").count() == 0
    assert events.first.get_by_text("dated by publication").is_visible()


def test_a_filter_narrows_the_timeline_and_stays_in_the_url(page):
    page.goto("/?view=statements&limit=500")
    page.wait_for_selector(DAY_EVENT)
    everything = len(shown_events(page))

    page.get_by_label("Source").select_option("Baltic Dispatch")
    page.get_by_label("Text").fill("NATO")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"source=Baltic"))
    wait_for_events(page)

    query = parse_qs(urlparse(page.url).query)
    assert query["source"] == ["Baltic Dispatch"] and query["q"] == ["NATO"]
    narrowed = page.locator("li.event")
    assert 0 < narrowed.count() < everything
    for text in narrowed.evaluate_all("els => els.map(e => e.textContent)"):
        assert "Baltic Dispatch" in text and "nato" in text.lower()

    page.reload()  # a shared URL shows the same view, with the form filled in
    wait_for_events(page)
    assert page.get_by_label("Source").input_value() == "Baltic Dispatch"
    assert page.get_by_label("Text").input_value() == "NATO"
    assert page.locator("li.event").count() == narrowed.count()


def test_an_article_opens_with_its_expressions_highlighted(page):
    page.goto("/?view=statements&basis=expression")
    page.wait_for_selector(DAY_EVENT)
    page.locator(f"{DAY_EVENT} .event__meta a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    article_id = int(page.url.rsplit("/", 1)[1])
    article = page.request.get(f"/api/v1/articles/{article_id}").json()
    assert article["mentions"], "the article that dates an event has expressions"

    marks = page.locator("#article-body mark.timex")
    assert marks.count() == len(article["mentions"])
    assert marks.all_inner_texts() == [m["text"] for m in article["mentions"]]
    assert page.locator("#article-body").inner_text() == article["body"]

    # Keyboard: Tab reaches the first expression, and focus shows how it was read.
    first = article["mentions"][0]
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.timex')"):
            break
    assert page.evaluate("document.activeElement.textContent") == first["text"]
    tip = page.locator(f"#tip-{first['id']}")
    assert tip.is_visible()
    for fact in (first["value"], first["rule"], first["granularity"] or "—"):
        assert fact in tip.inner_text()


def test_try_it_resolves_late_wednesday_against_the_reference(page):
    page.goto("/try")
    page.get_by_label("Reference date").fill("2022-05-14")
    page.get_by_label("Text").fill("Officials said late Wednesday that the talks had failed.")
    mark = page.locator("#try-highlight mark.timex")
    mark.wait_for()
    assert mark.inner_text() == "late Wednesday"
    row = page.locator("#try-table tbody tr").filter(has_text="late Wednesday")
    assert "2022-05-11" in row.inner_text()
    assert "END" in row.inner_text()
    assert "2022-05-14" in page.locator("#try-status").inner_text()


def test_try_it_stores_the_text_as_an_article(page):
    page.goto("/try")
    page.get_by_label("Reference date").fill("2022-05-14")
    page.get_by_label("Text").fill("Talks resumed on Friday, two days after the strike.")
    page.locator("#try-highlight mark.timex").first.wait_for()
    page.get_by_label("Title").fill("Browser test: talks resume")
    page.get_by_role("button", name="Store article").click()
    link = page.get_by_role("link", name="Open the article")
    link.wait_for()
    link.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Browser test: talks resume"
    assert "Friday" in page.locator("#article-body mark.timex").all_inner_texts()


@pytest.mark.parametrize("path", ["/", "/?view=statements", "/articles/1", "/try"])
def test_pages_fit_a_360_pixel_screen(chromium, server, path):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, base_url=server)
    page = context.new_page()
    page.goto(path)
    page.wait_for_load_state("networkidle")
    if path == "/":
        page.wait_for_selector("#happenings > li.happening")
    elif path.startswith("/?"):
        page.wait_for_selector(DAY_EVENT)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 360, f"{path} is {width} px wide: it scrolls sideways on a phone"


def test_the_overview_bar_of_a_day_narrows_the_timeline_to_it(page):
    page.goto("/?view=statements")
    bars = page.locator("#axis a")
    bars.first.wait_for()
    # The busiest day holds the axis's one tab stop; the arrow keys walk the bars.
    busiest = page.locator("#axis a[tabindex='0']")
    assert busiest.count() == 1
    busiest.focus()
    page.keyboard.press("Home")
    assert page.evaluate("document.activeElement === document.querySelector('#axis a')")
    page.keyboard.press("End")
    page.keyboard.press("ArrowLeft")
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert page.evaluate("document.activeElement.getAttribute('tabindex')") == "0"

    busiest.click()
    page.wait_for_url(re.compile(r"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}"))
    wait_for_events(page)
    assert shown_events(page)
    query = parse_qs(urlparse(page.url).query)
    day_start = datetime.fromisoformat(query["from"][0] + "T00:00:00+00:00")
    day_end = datetime.fromisoformat(query["to"][0] + "T00:00:00+00:00")
    for event in shown_events(page):  # every event shown overlaps the chosen day
        assert datetime.fromisoformat(event["start"]) < day_end
        assert datetime.fromisoformat(event["end"]) > day_start
    # Those already under way are folded into one group; the rest begin on the day.
    earlier = page.locator("section.day--earlier li.event").evaluate_all(EVENT_KEYS)
    assert all(datetime.fromisoformat(e["start"]) < day_start for e in earlier)
    on_the_day = page.locator("section.day:not(.day--earlier) li.event").evaluate_all(EVENT_KEYS)
    assert on_the_day and all(datetime.fromisoformat(e["start"]) >= day_start for e in on_the_day)
    assert page.get_by_label("From").input_value() == query["from"][0]
    assert label.endswith("events") or label.endswith("event")


def test_escape_hides_an_expressions_explanation(page):
    page.goto("/articles/1")
    mark = page.locator("#article-body mark.timex").first
    mark.focus()
    tip = page.locator(f"#{mark.get_attribute('aria-describedby')}")
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert tip.is_visible()


def test_a_shared_try_it_url_resolves_on_load_and_follows_the_form(page):
    page.goto("/try?text=They+met+late+Wednesday.&reference=2022-05-14")
    row = page.locator("#try-table tbody tr").filter(has_text="late Wednesday")
    row.wait_for()
    assert "2022-05-11" in row.inner_text()
    page.get_by_label("Text").fill("They met two days ago.")
    page.wait_for_url(re.compile(r"text=They\+met\+two\+days\+ago"))
    assert parse_qs(urlparse(page.url).query)["reference"] == ["2022-05-14"]


def test_skipping_the_background_starts_at_the_first_article(page):
    page.goto("/?view=statements&from=&to=")  # the whole history, asked for
    wait_for_events(page)
    page.get_by_role("link", name=re.compile("Skip the background")).click()
    page.wait_for_url(re.compile(r"from=2022-04-08"))  # the first seed article's day
    wait_for_events(page)
    days = page.locator("section.day:not(.day--earlier)").evaluate_all(
        "els => els.map(e => e.dataset.day)"
    )
    assert days and days[0] >= "2022-04-08"
    assert page.locator("section.day--earlier li.event").count() > 0
    assert page.locator("section.day--earlier details").get_attribute("open") is None


def test_an_example_fills_the_try_it_panel_and_resolves(page):
    page.goto("/try?reference=2022-05-14")
    page.get_by_role("button", name=re.compile("late Wednesday")).click()
    assert "late Wednesday" in page.get_by_label("Text").input_value()
    page.locator("#try-highlight mark.timex").first.wait_for()
    assert "late Wednesday" in page.locator("#try-highlight mark.timex").all_inner_texts()


def test_the_article_view_needs_no_script(chromium, server):
    context = chromium.new_context(java_script_enabled=False, base_url=server)
    page = context.new_page()
    page.goto("/articles/1")
    mark = page.locator("#article-body mark.timex").first
    mark.focus()
    tip = page.locator(f"#{mark.get_attribute('aria-describedby')}")
    visible = tip.is_visible()
    context.close()
    assert visible, "the explanation is shown by CSS on focus, script or not"
