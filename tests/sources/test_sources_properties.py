"""Properties over open-ended input: canonical URLs are stable, and no page or date string,
however odd, makes the readers raise anything but their own refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sources.canonical import InvalidURL, canonical_url
from timeline.sources.dates import DateRefused, Page, find_published_at, read_date
from timeline.sources.feeds import NotAFeed, sniff
from timeline.sources.pages import NotAnArticle, parse_html

_segment = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%", max_size=12)
_urls = st.builds(
    lambda scheme, host, path, query: f"{scheme}://{host}/{'/'.join(path)}?{query}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.from_regex(r"[a-z][a-z0-9-]{0,10}(\.[a-z]{2,6}){1,2}", fullmatch=True),
    st.lists(_segment, max_size=4),
    st.lists(
        st.tuples(st.sampled_from(["utm_source", "id", "amp", "a", "fbclid", "page"]), _segment),
        max_size=4,
    ).map(lambda kv: "&".join(f"{k}={v}" for k, v in kv)),
)


@given(_urls)
def test_canonical_url_is_idempotent_and_drops_tracking(url):
    canonical = canonical_url(url)
    assert canonical_url(canonical) == canonical
    assert "utm_source=" not in canonical and "fbclid=" not in canonical
    assert canonical.startswith(("http://", "https://"))


@given(st.text(max_size=60))
def test_canonical_url_accepts_or_refuses_cleanly(text):
    try:
        canonical_url(text)
    except InvalidURL:
        pass


@pytest.mark.slow  # 60 texts through dateparser in four language settings
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.sampled_from([None, ("en",), ("de", "en"), ("ru", "en")]))
def test_read_date_never_raises(text, languages):
    result = read_date(text, languages=languages, relative_base=datetime(2022, 5, 15, 12))
    assert result is None or isinstance(result[0], datetime)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_html_gets_a_date_or_a_reason(markup):
    try:
        tree = parse_html(f"<html><body><div class='date'>{markup}</div></body></html>")
        found = find_published_at(
            Page(tree, "http://x.example/a", datetime(2022, 5, 15, tzinfo=UTC), "en")
        )
    except (NotAnArticle, DateRefused):
        return
    assert found.moment.tzinfo is not None


@given(st.binary(max_size=200))
def test_sniff_tells_a_kind_or_refuses(content):
    try:
        assert sniff(content)
    except NotAFeed:
        pass
