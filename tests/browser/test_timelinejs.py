"""The format=timelinejs export rendered by Knight Lab's TimelineJS3 itself (the npm package,
installed by ``make browser`` into tests/browser/.timelinejs and served to the page by the
test, nothing fetched from elsewhere): a slide shows the event's dates, zone and sentence."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "tests/browser/.timelinejs/node_modules/@knight-lab/timelinejs/dist"
ORIGIN = "https://timelinejs.invalid"
PAGE = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="{ORIGIN}/css/timeline.css">
<script src="{ORIGIN}/js/timeline.js"></script></head>
<body><div id="embed" style="width: 1000px; height: 600px"></div></body></html>"""


@pytest.fixture(scope="module")
def timelinejs() -> Path:
    if not (DIST / "js/timeline.js").exists() and shutil.which("npm"):
        subprocess.run(
            ["bash", str(ROOT / "scripts/ensure-timelinejs")],
            check=False,
            capture_output=True,
            timeout=300,
        )
    if not (DIST / "js/timeline.js").exists():
        pytest.skip("TimelineJS3 is not installed (needs npm: `make browser` installs it)")
    return DIST


def _export(server: str, query: str) -> dict:
    with urllib.request.urlopen(f"{server}/api/v1/events?format=timelinejs&{query}") as answer:
        return json.load(answer)


def test_an_event_renders_with_its_dates_zone_and_sentence(chromium, server, timelinejs):
    data = _export(server, "from=2022-05-09&to=2022-05-16&limit=all")
    assert data["events"], data
    # A span that keeps its end: several days, shown with both dates.
    slide = next(s for s in data["events"] if "end_date" in s and "hour" not in s["start_date"])
    context = chromium.new_context(viewport={"width": 1100, "height": 700})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def route(route):
        url = route.request.url
        if url.startswith(ORIGIN + "/"):
            path = timelinejs / url[len(ORIGIN) + 1 :].split("?")[0]
            if path.is_file():
                route.fulfill(path=str(path))
                return
        route.abort()

    page.route("**/*", route)
    try:
        page.set_content(PAGE)
        page.wait_for_function("() => Boolean(window.TL && window.TL.Timeline)")
        page.evaluate(
            f"""data => {{
            window.tl = new TL.Timeline('embed', data, {{script_path: '{ORIGIN}/js/'}});
        }}""",
            data,
        )
        # Its marker sits on the time axis once the timeline is drawn; then go to its slide.
        page.wait_for_selector(f"[id='{slide['unique_id']}-marker']", state="attached")
        page.evaluate("id => window.tl.goToId(id)", slide["unique_id"])
        shown = page.locator(f"[id='{slide['unique_id']}']")
        date = shown.locator(".tl-headline-date").first
        date.wait_for(state="visible", timeout=15_000)
        assert date.text_content().strip() == slide["display_date"]  # shown in capitals by CSS
        assert " – " in slide["display_date"]  # the span's end is on screen too
        headline = shown.locator(".tl-headline").first.text_content().strip()
        assert headline == slide["text"]["headline"]
        text = shown.locator(".tl-text-content").first
        assert "times in UTC" in text.inner_text()
        assert text.locator("a").first.get_attribute("href").startswith("https://")
    finally:
        context.close()
    assert not errors, errors
