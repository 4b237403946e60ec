"""Regenerate the screenshots in ``docs/screenshots/`` with Debian's headless Chromium.

    .venv/bin/python tests/browser/screenshots.py            # start a server over the seeds
    .venv/bin/python tests/browser/screenshots.py --url URL  # or use one already running

Takes the default view (the key dates and the happenings, one card opened on its reports), a
week of the statements view and an article (with one expression focused, its explanation open)
at desktop width and at 360 px, the try-it panel resolving a sentence (desktop, and its table at
390 px), and the statements view in dark mode with the download menu open. The server, when this
script starts one, is ``timeline serve`` over a fresh SQLite database of the seed articles
(see ``browser_harness.py``), so the pictures show what ``make demo`` shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

from browser_harness import CHROMIUM, ROOT, launch, running_server

OUT = ROOT / "docs" / "screenshots"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 780}}
#: The article shown: the seed whose expressions make the richest picture.
ARTICLE_TITLE = "Ukraine says Russia has begun the battle for the Donbas"
#: The happenings shown: the default view on the days of the seed articles, most important
#: first (the first card, reported by two outlets, is opened on its reports).
HAPPENINGS_VIEW = "/?order=importance"
#: The statements shown: one week of the seed storyline.
TIMELINE_VIEW = "/?view=statements&from=2022-05-09&to=2022-05-16"
TRY_TEXT = (
    "Officials said late Wednesday that the talks, suspended since April, "
    "would resume within two weeks."
)


def article_path(page) -> str:
    """The page of the article titled :data:`ARTICLE_TITLE` (found through the API)."""
    found = page.request.get("/api/v1/articles", params={"q": ARTICLE_TITLE}).json()
    for article in found["articles"]:
        if article["title"] == ARTICLE_TITLE:
            return f"/articles/{article['id']}"
    raise SystemExit(f"no seed article titled {ARTICLE_TITLE!r}")


def shoot(base: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for name, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, base_url=base)
            page = context.new_page()

            page.goto(HAPPENINGS_VIEW)
            page.wait_for_function(
                "() => !document.querySelector('#status').textContent.startsWith('Loading')"
            )
            page.locator("#key-dates:not([hidden])").wait_for()
            several = page.locator("#happenings > li.happening:has(.badge--many)").first
            several.locator("summary").click()
            several.locator(".report:not(.report--loading)").first.wait_for()
            page.evaluate("document.getElementById('filter-box').open = false")
            page.evaluate("window.scrollTo(0, 0)")
            written.append(OUT / f"happenings-{name}.png")
            page.screenshot(path=written[-1])

            page.goto(TIMELINE_VIEW)
            page.wait_for_function(
                "() => !document.querySelector('#status').textContent.startsWith('Loading')"
            )
            page.locator("#overview:not([hidden])").wait_for()
            written.append(OUT / f"timeline-{name}.png")
            page.screenshot(path=written[-1])

            page.goto(article_path(page))
            mark = page.locator("#article-body mark.timex").first
            mark.focus()
            page.evaluate("window.scrollTo(0, 0)")
            written.append(OUT / f"article-{name}.png")
            page.screenshot(path=written[-1])

            if name == "desktop":
                page.goto("/try")
                page.get_by_label("Reference date").fill("2022-05-14")
                page.get_by_label("Text").fill(TRY_TEXT)
                page.locator("#try-table tbody tr").first.wait_for()
                page.locator("#try-highlight mark.timex").first.focus()
                written.append(OUT / "try-desktop.png")
                page.screenshot(path=written[-1], full_page=True)
            context.close()

        # Dark mode, with the "download this view" menu open; the try-it table on a phone.
        context = browser.new_context(viewport=SIZES["desktop"], base_url=base, color_scheme="dark")
        page = context.new_page()
        page.goto(TIMELINE_VIEW)
        page.wait_for_function(
            "() => !document.querySelector('#status').textContent.startsWith('Loading')"
        )
        page.locator("#overview:not([hidden])").wait_for()
        page.locator("details.download summary").click()
        written.append(OUT / "timeline-dark.png")
        page.screenshot(path=written[-1])
        context.close()

        context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base)
        page = context.new_page()
        page.goto("/try")
        page.get_by_label("Reference date").fill("2022-05-14")
        page.get_by_label("Text").fill(TRY_TEXT)
        page.locator("#try-table tbody tr").first.wait_for()
        page.locator("#try-table").scroll_into_view_if_needed()
        written.append(OUT / "try-phone.png")
        page.screenshot(path=written[-1])
        context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of a running server (default: start one)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"no Chromium at {CHROMIUM}: run `make browser`")
    with tempfile.TemporaryDirectory() as workdir:
        server = nullcontext(args.url) if args.url else running_server(Path(workdir))
        with server as base:
            for path in shoot(base):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
