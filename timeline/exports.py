"""Timeline exports for other tools: CSV, NDJSON, TimelineJS, iCalendar, Grafana annotations.

Every function takes events in the JSON shape of :func:`timeline.queries.list_events` (ISO
datetimes in the article's own UTC offset, half-open ``[start, end)``) and returns text or
JSON-ready data. :data:`FORMATS` maps each format name to its media type and renderer so that
a caller (the REST API, a command) can offer them all without knowing their details.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from timeline.articles import is_web_url

Event = dict[str, Any]

#: Granularities whose events are whole days, exported as all-day calendar entries.
WHOLE_DAYS = ("day", "weekend", "week", "month", "quarter", "half", "season", "year",
              "decade", "century")

CSV_COLUMNS = (
    "id", "article_id", "start", "end", "granularity", "basis", "tense", "expression_text",
    "expression_value", "expression_type", "expression_mod", "title", "source", "url",
    "published_at", "text",
)


#: First characters that make a spreadsheet read a cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs: text beginning with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return gets a leading apostrophe (shown as text, the apostrophe
    hidden); numbers and other text are written as they are."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def html_text(value: str) -> str:
    """``value`` as HTML text (TimelineJS renders its strings as HTML): ``<``, ``>``, ``&``
    and quotes escaped, so stored markup is shown, never run."""
    return html.escape(value, quote=True)


def to_csv(events: Iterable[Event]) -> str:
    """RFC 4180 CSV with a header row; the dating expression is spread over four columns.
    Text cells that a spreadsheet would run as formulas are neutralized (:func:`csv_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        expression = event.get("expression") or {}
        row = {**event, **{f"expression_{k}": v for k, v in expression.items()}}
        writer.writerow([csv_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()


def to_ndjson(events: Iterable[Event]) -> str:
    """One JSON event per line (newline-delimited JSON), each line ending in ``\\n``."""
    return "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events)


# --- TimelineJS ------------------------------------------------------------------------------

#: How many date parts TimelineJS should show for an event of each granularity.
_PRECISION = {"minute": 5, "hour": 4, "partofday": 4, "day": 3, "weekend": 3, "week": 3,
              "month": 2, "quarter": 2, "half": 2, "season": 2, "year": 1, "decade": 1,
              "century": 1}
_PARTS = ("year", "month", "day", "hour", "minute")


def _date_parts(moment: datetime, precision: int) -> dict[str, int]:
    return {part: getattr(moment, part) for part in _PARTS[:precision]}


def to_timelinejs(events: Iterable[Event], title: str = "Timeline") -> dict[str, Any]:
    """Knight Lab TimelineJS JSON: ``{"title", "events": [{start_date, end_date, text, ...}]}``.

    Dates are given as parts down to the event's granularity (a month event has ``year`` and
    ``month`` only). ``end_date`` is the last unit inside the half-open interval and is left
    out when it equals the start (a one-day event is shown as that day). TimelineJS renders
    text as HTML: the headline, text and group are escaped (:func:`html_text`).
    """
    items = []
    for event in events:
        start = datetime.fromisoformat(event["start"])
        end = datetime.fromisoformat(event["end"])
        precision = _PRECISION.get(event["granularity"], 5)
        start_date = _date_parts(start, precision)
        # The last instant inside the half-open interval: [May 11, May 12) ends on May 11.
        end_date = _date_parts(end - timedelta(microseconds=1), precision)
        item: dict[str, Any] = {
            "unique_id": f"event-{event['id']}",
            "start_date": start_date,
            "text": {"headline": html_text(event.get("title") or ""),
                     "text": html_text(event["text"])},
        }
        if end_date != start_date:
            item["end_date"] = end_date
        if event.get("source"):
            item["group"] = html_text(event["source"])
        items.append(item)
    return {"title": {"text": {"headline": html_text(title), "text": ""}}, "events": items}


# --- iCalendar -------------------------------------------------------------------------------


def _ical_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _ical_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _is_whole_days(event: Event, start: datetime, end: datetime) -> bool:
    midnight = datetime.min.time()
    return (event["granularity"] in WHOLE_DAYS
            and start.time() == midnight and end.time() == midnight)


def _web_url(event: Event) -> bool:
    """Whether the event's article link may be exported as a link (http or https only)."""
    return bool(event.get("url")) and is_web_url(event["url"])


def to_ical(events: Iterable[Event], name: str = "timeline") -> str:
    """An iCalendar (RFC 5545) ``VCALENDAR`` with one ``VEVENT`` per event.

    Events of day granularity or coarser that run from midnight to midnight in the article's
    offset become all-day entries (``DTSTART;VALUE=DATE``, exclusive ``DTEND``); the rest are
    timed entries in UTC. ``DTSTAMP`` is the article's publication time, so the output is a
    pure function of the events.
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//events//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ical_escape(name)}"]
    for event in events:
        start = datetime.fromisoformat(event["start"])
        end = datetime.fromisoformat(event["end"])
        lines += ["BEGIN:VEVENT", f"UID:event-{event['id']}@timeline",
                  f"DTSTAMP:{_utc_stamp(datetime.fromisoformat(event['published_at']))}"]
        if _is_whole_days(event, start, end):
            lines += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
        else:
            lines += [f"DTSTART:{_utc_stamp(start)}", f"DTEND:{_utc_stamp(end)}"]
        summary = event.get("title") or event["text"]
        lines += [f"SUMMARY:{_ical_escape(summary)}",
                  f"DESCRIPTION:{_ical_escape(event['text'])}"]
        if _web_url(event):
            lines.append(f"URL:{event['url']}")
        if event.get("source"):
            lines.append(f"CATEGORIES:{_ical_escape(event['source'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_ical_fold(line) + "\r\n" for line in lines)


# --- Grafana ---------------------------------------------------------------------------------


def _epoch_ms(iso: str) -> int:
    moment = datetime.fromisoformat(iso)
    return int(moment.timestamp()) * 1000 + moment.microsecond // 1000


def to_grafana(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Grafana annotations: ``time``/``timeEnd`` in epoch milliseconds, ``title``, ``text`` and
    ``tags`` (source, granularity and basis), as the JSON API and Infinity data sources read
    them."""
    return [
        {
            "id": event["id"],
            "time": _epoch_ms(event["start"]),
            "timeEnd": _epoch_ms(event["end"]),
            "title": event.get("title") or "",
            "text": event["text"],
            "tags": [t for t in (event.get("source"), event["granularity"], event["basis"]) if t],
        }
        for event in events
    ]


# --- The registry ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its name (``format=``), media type, renderer to text, and what it is
    in a few words (the API documents the ``format`` parameter with it)."""

    name: str
    media_type: str
    render: Callable[[list[Event]], str]
    description: str

    @property
    def essence(self) -> str:
        """The media type without parameters (``text/csv``)."""
        return self.media_type.split(";")[0].strip()


def _json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "text/csv; charset=utf-8", to_csv, "CSV, one row per event"),
        Format("ndjson", "application/x-ndjson", to_ndjson, "one JSON event per line"),
        Format("timelinejs", "application/json",
               lambda events: _json_text(to_timelinejs(events)), "Knight Lab TimelineJS JSON"),
        Format("ics", "text/calendar; charset=utf-8", to_ical,
               "iCalendar, all-day entries for whole days"),
        Format("grafana", "application/json", lambda events: _json_text(to_grafana(events)),
               "Grafana annotations"),
    )
}
