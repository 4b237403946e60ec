"""Automated accessibility checks of every page with axe-core, at desktop width and 360 px.

axe-core (``vendor/axe-core``, see its ``SOURCE.md``) is injected into each page once the
page has loaded its data, and run with the WCAG 2.0/2.1 A and AA rules. Automated rules catch
a part of the problems only (contrast, names, labels, landmarks, ARIA use); the keyboard tests
in ``test_pages.py`` cover focus and tab order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}


def violations(page) -> list[str]:
    page.evaluate(AXE.read_text())  # through DevTools: the page's CSP allows no inline script
    result = page.evaluate("rules => axe.run(document, rules)", RULES)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(node["target"][0] for node in v["nodes"][:3])
        for v in result["violations"]
    ]


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=str)
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?view=statements&from=2022-05-09&to=2022-05-16",
        "/?view=happenings&from=2022-05-09&to=2022-05-16",
        "/articles/3",
        "/try?text=He+left+late+Wednesday.&reference=2022-05-14",
    ],
)
def test_no_wcag_violations(chromium, server, path, viewport):
    context = chromium.new_context(viewport=VIEWPORTS[viewport], base_url=server)
    page = context.new_page()
    page.goto(path)
    page.wait_for_load_state("networkidle")
    found = violations(page)
    context.close()
    assert not found, "\n".join(found)


def test_an_open_explanation_has_no_wcag_violations(page):
    page.goto("/articles/3")
    page.locator("#article-body mark.timex").first.focus()
    assert not violations(page)
