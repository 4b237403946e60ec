"""Happenings for other tools: the formats of the events (:mod:`timeline.exports`) and GeoJSON.

Every function takes happenings in the JSON shape of
:func:`timeline.queries.happenings.list_happenings`. CSV and NDJSON write the happening's own
fields; TimelineJS, iCalendar and Grafana reuse the event renderers on each happening seen as
one entry (its title as text, its sources as source); GeoJSON gives one point per place of a
happening that has coordinates, with the happening's fields as properties.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from timeline.exports import FORMATS as EVENT_FORMATS
from timeline.exports import Format, to_ndjson

HappeningItem = dict[str, Any]

CSV_COLUMNS = ("id", "start", "end", "granularity", "importance", "sources", "articles",
               "events", "places", "names", "why", "title")


def to_csv(happenings: Iterable[HappeningItem]) -> str:
    """RFC 4180 CSV with a header row; lists (sources, places, names) joined with "; "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in happenings:
        row = {**item, "sources": "; ".join(item["sources"]), "names": "; ".join(item["names"]),
               "places": "; ".join(p["name"] for p in item["places"])}
        writer.writerow([row[c] for c in CSV_COLUMNS])
    return out.getvalue()


def as_entries(happenings: Iterable[HappeningItem], *, text_ids: bool = True
               ) -> list[dict[str, Any]]:
    """Each happening as an entry of the event renderers (``id`` ``happening-N`` with
    ``text_ids``, so calendar UIDs never collide with events')."""
    return [{
        "id": f"happening-{item['id']}" if text_ids else item["id"],
        "article_id": None, "text": item["why"], "title": item["title"],
        "start": item["start"], "end": item["end"], "granularity": item["granularity"],
        "basis": "expression", "tense": None, "expression": None,
        "source": ", ".join(item["sources"]) or None, "url": None,
        "published_at": item["start"],
    } for item in happenings]


def to_geojson(happenings: Iterable[HappeningItem]) -> dict[str, Any]:
    """A GeoJSON ``FeatureCollection``: a ``Point`` per place with coordinates of each
    happening; properties are the happening's fields, ``place`` naming the point's place."""
    features = []
    for item in happenings:
        properties = {k: v for k, v in item.items() if k not in ("places", "events")}
        for place in item["places"]:
            if place.get("lat") is None or place.get("lon") is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {**properties, "place": {"name": place["name"],
                                                       "country": place["country"]}},
            })
    return {"type": "FeatureCollection", "features": features}


def _json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _via_events(name: str, *, text_ids: bool = True) -> Format:
    event_format = EVENT_FORMATS[name]
    return Format(name, event_format.media_type,
                  lambda items: event_format.render(as_entries(items, text_ids=text_ids)))


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "text/csv; charset=utf-8", to_csv),
        Format("ndjson", "application/x-ndjson", to_ndjson),
        _via_events("timelinejs"),
        _via_events("ics"),
        _via_events("grafana", text_ids=False),
        Format("geojson", "application/geo+json", lambda items: _json_text(to_geojson(items))),
    )
}
