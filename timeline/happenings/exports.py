"""Happenings for other tools: the formats of the events (:mod:`timeline.exports`) and GeoJSON.

Every function takes happenings in the JSON shape of
:func:`timeline.queries.happenings.list_happenings`. CSV and NDJSON write the happening's own
fields; TimelineJS, iCalendar and Grafana reuse the event renderers on each happening seen as
one entry (its title as text, its sources as source); GeoJSON gives one point per place of a
happening that has coordinates, with the happening's fields as properties.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from timeline.exports import FORMATS as EVENT_FORMATS
from timeline.exports import Format, csv_cell, csv_lines, stream_json_array, stream_ndjson

HappeningItem = dict[str, Any]

CSV_COLUMNS = (
    "id",
    "start",
    "end",
    "granularity",
    "importance",
    "sources",
    "articles",
    "events",
    "places",
    "names",
    "why",
    "title",
)


def stream_csv(happenings: Iterable[HappeningItem]) -> Iterator[str]:
    """RFC 4180 CSV with a header row, a line at a time; lists (sources, places, names) joined
    with "; "; cells a spreadsheet would run as formulas neutralized (:func:`csv_cell`)."""
    rows = ([csv_cell(row[c]) for c in CSV_COLUMNS] for row in map(_flat, happenings))
    return csv_lines(chain([CSV_COLUMNS], rows))


def _flat(item: HappeningItem) -> dict[str, Any]:
    """A happening with its lists joined for one CSV cell each."""
    return {
        **item,
        "sources": "; ".join(item["sources"]),
        "names": "; ".join(item["names"]),
        "places": "; ".join(p["name"] for p in item["places"]),
    }


def to_csv(happenings: Iterable[HappeningItem]) -> str:
    """The whole CSV at once (see :func:`stream_csv`)."""
    return "".join(stream_csv(happenings))


def as_entries(
    happenings: Iterable[HappeningItem], *, text_ids: bool = True, sentence_first: bool = False
) -> Iterator[dict[str, Any]]:
    """Each happening as an entry of the event renderers (``id`` ``happening-N`` with
    ``text_ids``, so calendar UIDs never collide with events'). The entry's ``title`` is the
    happening's title and its ``text`` the reasons for its importance; with
    ``sentence_first`` (TimelineJS, whose slide headline is the entry's text) the other way
    round."""
    for item in happenings:
        text, title = item["why"], item["title"]
        if sentence_first:
            text, title = title, text
        yield {
            "id": f"happening-{item['id']}" if text_ids else item["id"],
            "article_id": None,
            "text": text,
            "title": title,
            "start": item["start"],
            "end": item["end"],
            "granularity": item["granularity"],
            "basis": "expression",
            "tense": None,
            "expression": None,
            "source": ", ".join(item["sources"]) or None,
            "url": None,
            "published_at": item["start"],
        }


def geojson_features(happenings: Iterable[HappeningItem]) -> Iterator[dict[str, Any]]:
    """A GeoJSON ``Feature`` (a ``Point``) per place with coordinates of each happening;
    properties are the happening's fields, ``place`` naming the point's place."""
    for item in happenings:
        properties = {k: v for k, v in item.items() if k not in ("places", "events")}
        for place in item["places"]:
            if place.get("lat") is None or place.get("lon") is None:
                continue
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {
                    **properties,
                    "place": {"name": place["name"], "country": place["country"]},
                },
            }


def stream_geojson(happenings: Iterable[HappeningItem]) -> Iterator[str]:
    """A GeoJSON ``FeatureCollection`` of :func:`geojson_features`, a feature at a time."""
    return stream_json_array(
        geojson_features(happenings), '{"type": "FeatureCollection", "features": ', "}"
    )


def to_geojson(happenings: Iterable[HappeningItem]) -> dict[str, Any]:
    """The GeoJSON ``FeatureCollection`` as a dict (see :func:`geojson_features`)."""
    return {"type": "FeatureCollection", "features": list(geojson_features(happenings))}


def _via_events(name: str, *, text_ids: bool = True, sentence_first: bool = False) -> Format:
    event_format = EVENT_FORMATS[name]

    def stream(items: Iterable[HappeningItem]) -> Any:
        return event_format.stream(
            as_entries(items, text_ids=text_ids, sentence_first=sentence_first)
        )

    return Format(
        name, event_format.media_type, event_format.extension, stream, event_format.description
    )


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "text/csv; charset=utf-8", "csv", stream_csv, "CSV, one row per happening"),
        Format(
            "ndjson", "application/x-ndjson", "ndjson", stream_ndjson, "one JSON happening per line"
        ),
        _via_events("timelinejs", sentence_first=True),
        _via_events("ics"),
        _via_events("grafana", text_ids=False),
        Format(
            "geojson",
            "application/geo+json",
            "geojson",
            stream_geojson,
            "GeoJSON, a point per place of each happening",
        ),
    )
}
