"""What the page's new parts read from the server: the download menu's links (whole exports of
the page's filters, formats from timeline.exports.FORMATS) and /resolve's event_interval."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlparse

from api.downloads import MENU, download_links
from timeline.exports import FORMATS


def test_download_links_keep_the_filters_and_ask_for_everything():
    links = download_links({"from": "2022-05-01", "to": "", "source": "Kyiv Ledger"})
    assert [link["format"] for link in links] == [n for n, _, _ in MENU if n in FORMATS]
    for link in links:
        query = parse_qs(urlparse(link["url"]).query)
        assert query == {
            "from": ["2022-05-01"],
            "source": ["Kyiv Ledger"],
            "format": [link["format"]],
            "limit": ["all"],
        }
        assert link["filename"].endswith("." + FORMATS[link["format"]].extension)


def test_geojson_appears_when_the_exports_offer_it(monkeypatch):
    from timeline import exports

    assert "geojson" not in [link["format"] for link in download_links({})]
    monkeypatch.setitem(
        exports.FORMATS,
        "geojson",
        exports.Format(
            "geojson", "application/geo+json", "geojson", lambda items: iter(()), "GeoJSON"
        ),
    )
    assert "geojson" in [link["format"] for link in download_links({})]


def test_the_page_offers_the_menu_with_its_filters(client, story):
    html = client.get("/?view=statements&source=Wire&q=Troops", follow_redirects=True).data.decode()
    hrefs = [unescape(h) for h in re.findall(r'<a href="(/api/v1/events\?[^"]+)" download', html)]
    assert hrefs
    for href in hrefs:
        query = parse_qs(urlparse(href).query)
        assert query["source"] == ["Wire"] and query["q"] == ["Troops"]
        assert client.get(href).status_code == 200


def test_resolve_gives_the_event_interval_of_each_expression(client):
    body = client.post(
        "/api/v1/resolve",
        json={"text": "Prices have risen since the start of the year.", "reference": "2022-05-14"},
    )
    (timex,) = body.get_json()["timexes"]
    assert timex["event_interval"] == {
        "start": "2022-01-01T00:00:00+00:00",
        "end": "2022-05-14T00:00:00+00:00",
    }
    assert timex["interval"]["end"] != timex["event_interval"]["end"]
    vague = client.post(
        "/api/v1/resolve", json={"text": "It happened recently.", "reference": "2022-05-14"}
    ).get_json()
    assert all(t["event_interval"] is None for t in vague["timexes"] if t["interval"] is None)
