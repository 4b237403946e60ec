"""Security headers (issue 12, defect 11): the pages load nothing from elsewhere and run no
inline script or style, so they carry a strict Content-Security-Policy; every answer says
``nosniff``, may not be framed and sends no referrer elsewhere. The browser tests run the
pages with this policy on and fail on any violation (``browser_harness.watch_csp``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PAGES = ["/", "/try", "/articles/1", "/articles/999", "/api/v1/docs"]
TEMPLATES = Path(__file__).resolve().parents[2] / "api" / "templates"


def _policy(response) -> dict[str, str]:
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.strip() for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("url", PAGES)
def test_pages_carry_a_strict_content_security_policy(client, story, url):
    response = client.get(url)
    assert response.mimetype == "text/html"
    policy = _policy(response)
    assert policy["default-src"] == "default-src 'self'"
    assert policy["frame-ancestors"] == "frame-ancestors 'none'"
    assert policy["object-src"] == "object-src 'none'"
    header = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header
    assert "*" not in header


@pytest.mark.parametrize(
    "url", [*PAGES, "/api/v1/events", "/api/v1/health", "/api/v1/nothing", "/assets/app.css"]
)
def test_every_answer_has_the_common_headers(client, story, url):
    with client.get(url) as response:
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_have_no_inline_script_or_style(template):
    text = (TEMPLATES / template).read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>"
    assert "<style" not in text
    assert not re.search(r"\sstyle=", text), "style attribute"
    assert not re.search(r"\son[a-z]+=", text), "inline event handler"
