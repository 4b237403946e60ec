"""The page's readings and its way out to other tools, in Chromium against the seeds: exact
durations, intervals with their zone, the try-it table's event interval (visible on a phone),
no overview for a bad window, dark mode, and the "download this view" menu."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser


def wait_for_events(page) -> None:
    page.wait_for_function(
        "() => !document.querySelector('#status').textContent.startsWith('Loading')"
    )


def event_card(page, words: str):
    return page.locator("li.event").filter(has_text=words).first


def test_durations_read_exactly(page):
    page.goto("/?view=statements&basis=&from=2022-03-01&to=2022-05-01&q=Trudeau")
    wait_for_events(page)
    march = event_card(page, "Trudeau")
    assert march.locator(".extent__label").inner_text() == "lasts 1 month"
    page.goto("/?view=statements&basis=&from=2022-04-08&to=2022-04-09&q=10:30")
    wait_for_events(page)
    strike = event_card(page, "The strike came at about 10:30")
    assert strike.locator(".extent__label").inner_text() == "lasts 1 minute"
    when = strike.locator(".event__when time").inner_text()
    assert when.endswith("(UTC+03:00)"), when


def test_whole_day_intervals_name_their_zone(page):
    page.goto("/?view=statements&basis=&from=2022-03-01&to=2022-05-01&q=Trudeau")
    wait_for_events(page)
    when = event_card(page, "Trudeau").locator(".event__when time").inner_text()
    assert when == "March 2022 UTC"


def test_try_it_shows_the_events_interval_and_keeps_it_on_a_phone(chromium, server):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, base_url=server)
    page = context.new_page()
    try:
        page.goto("/try")
        page.get_by_label("Reference date").fill("2022-05-14")
        page.get_by_label("Text").fill("Prices have risen since the start of the year.")
        row = page.locator("#try-table tbody tr").filter(has_text="the start of the year")
        row.wait_for()
        cell = row.locator("td.interval")
        # The event runs from the start of the year to the reference, not to the end of the
        # expression's own span (its first months).
        assert cell.inner_text().splitlines()[0] == "1 Jan – 13 May 2022 UTC"
        assert "expression:" in cell.inner_text()
        box = cell.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + 40 <= 390, box
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
    finally:
        context.close()


def test_a_bad_from_draws_no_overview(page):
    page.goto("/?view=statements&basis=&from=yesterday")
    wait_for_events(page)
    assert "from" in page.locator("#status").inner_text()
    page.wait_for_timeout(300)
    assert page.locator("#overview").is_hidden()
    assert page.locator("#axis li").count() == 0


def test_counts_have_thousands_separators_in_the_page(page):
    page.goto("/")
    assert page.evaluate("Timeline.plural(196559, 'event')") == "196,559 events"


def test_dark_mode_follows_the_system(chromium, server):
    colours = {}
    for scheme in ("light", "dark"):
        context = chromium.new_context(color_scheme=scheme, base_url=server)
        page = context.new_page()
        page.goto("/?view=statements&basis=")
        wait_for_events(page)
        colours[scheme] = page.evaluate("""() => {
            const body = getComputedStyle(document.body);
            const card = getComputedStyle(document.querySelector('li.event'));
            return [body.backgroundColor, body.color, card.backgroundColor];
        }""")
        context.close()
    assert colours["light"][0] == "rgb(245, 246, 249)"
    assert colours["dark"][0] == "rgb(17, 21, 29)"
    assert colours["dark"][1] != colours["light"][1]
    assert colours["dark"][2] == "rgb(26, 32, 44)"


def test_the_download_menu_carries_the_filters(page):
    page.goto("/?view=statements&basis=&from=2022-05-01&to=2022-06-01&source=Kyiv+Ledger")
    menu = page.locator("details.download")
    menu.locator("summary").click()
    links = {
        a.get_attribute("data-format"): a.get_attribute("href") for a in menu.locator("a").all()
    }
    assert {"csv", "ics", "timelinejs"} <= set(links)
    for href in links.values():
        query = parse_qs(urlparse(href).query)
        assert query["source"] == ["Kyiv Ledger"] and query["limit"] == ["all"]
        assert query["from"] == ["2022-05-01"] and query["to"] == ["2022-06-01"]
    answer = page.request.get(links["csv"])
    assert answer.ok
    rows = list(csv.DictReader(io.StringIO(answer.text())))
    assert rows and {row["source"] for row in rows} == {"Kyiv Ledger"}
    assert answer.headers.get("x-total-count") == str(len(rows))


@pytest.mark.parametrize("path", ["/?from=2022-05-01", "/try"])
def test_the_page_fits_390_pixels(chromium, server, path):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, base_url=server)
    page = context.new_page()
    page.goto(path)
    page.wait_for_load_state("networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 390
