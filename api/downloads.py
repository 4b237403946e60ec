"""The page's "download this view" menu: the current filters as whole exports of
``GET /api/v1/events`` (``limit=all``) in the formats people open elsewhere."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from timeline.exports import FORMATS

#: The menu's formats, in its order, with what each is for; a format the exports do not offer
#: (yet) is left out, so GeoJSON appears when it is added to :data:`timeline.exports.FORMATS`.
MENU = (
    ("csv", "CSV", "spreadsheets"),
    ("ics", "iCalendar", "calendars"),
    ("timelinejs", "TimelineJS", "a timeline embed"),
    ("geojson", "GeoJSON", "maps"),
    ("parquet", "Parquet", "notebooks"),
)


def download_links(filters: Mapping[str, str], api: str = "/api/v1/events") -> list[dict[str, str]]:
    """``[{"format", "label", "use", "url", "filename"}]`` for the filters given (empty ones
    are dropped)."""
    kept = {name: value for name, value in filters.items() if value}
    links = []
    for name, label, use in MENU:
        if name not in FORMATS:
            continue
        query = urlencode({**kept, "format": name, "limit": "all"})
        extension = FORMATS[name].extension
        links.append(
            {
                "format": name,
                "label": label,
                "use": use,
                "url": f"{api}?{query}",
                "filename": f"timeline-events.{extension}",
            }
        )
    return links
