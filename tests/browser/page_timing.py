"""Time the timeline page in Debian's headless Chromium against a running server.

    .venv/bin/python tests/browser/page_timing.py --url http://127.0.0.1:8000

For each view, prints how long until the first page of events is shown (navigation, the
page, its scripts and ``GET /api/v1/events``) and until the overview is drawn
(``GET /api/v1/timeline``, which loads in parallel and never holds the events back). Point it
at ``timeline serve`` over a large database (``bench/api.py`` builds one of 1,000,000 events)
to see the page stay usable where a timeline is big.
"""

from __future__ import annotations

import argparse
import time

from browser_harness import launch

VIEWS = ("/", "/?from=2022-05-01&to=2022-06-01", "/?from=2022-05-10&to=2022-05-11", "/?q=talks")
LOADED = "() => !document.querySelector('#status').textContent.startsWith('Loading')"


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="base URL of a running timeline server")
    parser.add_argument("--repeat", type=int, default=3, help="runs per view (best is shown)")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for view in VIEWS:
            events, overview = [], []
            for _ in range(args.repeat):
                began = time.perf_counter()
                page.goto(args.url + view)
                page.wait_for_function(LOADED, timeout=60_000)
                events.append(time.perf_counter() - began)
                page.locator("#overview:not([hidden])").wait_for(timeout=60_000)
                overview.append(time.perf_counter() - began)
            status = page.locator("#status").inner_text()
            print(
                f"{view:40} events {min(events) * 1000:6.0f} ms   "
                f"overview {min(overview) * 1000:6.0f} ms   ({status})"
            )
        browser.close()


if __name__ == "__main__":
    main()
