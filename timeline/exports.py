"""Timeline exports for other tools: CSV, NDJSON, TimelineJS, iCalendar, Grafana annotations,
Parquet.

Every function takes events in the JSON shape of :func:`timeline.queries.list_events` (ISO
datetimes in the article's own UTC offset, half-open ``[start, end)``) and returns text or
JSON-ready data. :data:`FORMATS` maps each format name to its media type and a *streaming*
renderer: ``fmt.stream(items)`` yields the output piece by piece while it reads the items, so
that a whole timeline (``limit=all``) is written with the memory of one item
(:func:`stream`); ``fmt.render(items)`` is the same output in one string.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain
from typing import Any

from timeline.articles import is_web_url
from timeline.temporal.types import GRANULARITIES

Event = dict[str, Any]

#: Granularities whose events are whole days, exported as all-day calendar entries: a day and
#: every coarser one.
WHOLE_DAYS = GRANULARITIES[GRANULARITIES.index("day") :]

# --- Columns (CSV and Parquet) ---------------------------------------------------------------

#: The columns of the tabular exports and their types: ``integer``, ``text``, ``datetime``
#: (ISO 8601 in the article's own UTC offset: read it as text, the offsets differ from row to
#: row) and ``utc`` (ISO 8601 in UTC ending in ``Z``; a timestamp type in Parquet). The
#: ``*_utc`` columns are the ones to parse (``pd.read_csv(..., parse_dates=[...])``).
COLUMN_TYPES: dict[str, str] = {
    "id": "integer",
    "article_id": "integer",
    "start": "datetime",
    "end": "datetime",
    "start_utc": "utc",
    "end_utc": "utc",
    "granularity": "text",
    "basis": "text",
    "tense": "text",
    "expression_text": "text",
    "expression_value": "text",
    "expression_type": "text",
    "expression_mod": "text",
    "title": "text",
    "source": "text",
    "url": "text",
    "published_at": "datetime",
    "published_at_utc": "utc",
    "text": "text",
}
CSV_COLUMNS = tuple(COLUMN_TYPES)


def utc_text(iso: str | None) -> str | None:
    """An ISO 8601 datetime with offset as the same instant in UTC, ``...Z``."""
    if not iso:
        return None
    moment = datetime.fromisoformat(iso).astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


def flat_row(event: Event) -> dict[str, Any]:
    """An event as one table row: the expression spread over ``expression_*`` columns and
    every datetime also in UTC (``*_utc``)."""
    expression = event.get("expression") or {}
    row = {**event, **{f"expression_{k}": v for k, v in expression.items()}}
    for name in ("start", "end", "published_at"):
        row[f"{name}_utc"] = utc_text(event.get(name))
    return row


def csv_lines(rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    """Each row as one RFC 4180 line (or quoted multi-line record), CRLF-terminated."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for cells in rows:
        out.seek(0)
        out.truncate()
        writer.writerow(cells)
        yield out.getvalue()


def stream_csv(events: Iterable[Event]) -> Iterator[str]:
    """RFC 4180 CSV with a header row, one line (or quoted multi-line record) at a time."""
    rows = ([csv_cell(row.get(c)) for c in CSV_COLUMNS] for row in map(flat_row, events))
    return csv_lines(chain([CSV_COLUMNS], rows))


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
    # Apostrophes stay as written (common in text, harmless in content and in the
    # double-quoted attributes TimelineJS writes).
    return html.escape(value, quote=False).replace('"', "&quot;")


def to_csv(events: Iterable[Event]) -> str:
    """RFC 4180 CSV with a header row; the dating expression is spread over four columns.
    Text cells that a spreadsheet would run as formulas are neutralized (:func:`csv_cell`)."""
    return "".join(stream_csv(events))


def stream_ndjson(events: Iterable[Event]) -> Iterator[str]:
    """One JSON event per line (newline-delimited JSON), each line ending in ``\\n``."""
    for event in events:
        yield json.dumps(event, ensure_ascii=False) + "\n"


def to_ndjson(events: Iterable[Event]) -> str:
    """One JSON event per line (newline-delimited JSON), each line ending in ``\\n``."""
    return "".join(stream_ndjson(events))


def stream_json_array(items: Iterable[Any], prefix: str = "", suffix: str = "") -> Iterator[str]:
    """``prefix`` + a JSON array of ``items`` + ``suffix``, one item at a time (the envelope
    of every JSON export: ``{"events": [`` ... ``], "next_cursor": null}``)."""
    yield prefix + "["
    separator = ""
    for item in items:
        yield separator + json.dumps(item, ensure_ascii=False)
        separator = ","
    yield "]" + suffix


def stream_json_page(items: Iterable[Any], key: str = "events") -> Iterator[str]:
    """The JSON page of the REST API holding every item: ``{key: [...], "next_cursor":
    null}`` (the last and only page)."""
    yield from stream_json_array(items, f'{{"{key}": ', ', "next_cursor": null}')


# --- TimelineJS ------------------------------------------------------------------------------

#: How many date parts TimelineJS should show for an event of each granularity.
_PRECISION = {
    "minute": 5,
    "hour": 4,
    "partofday": 4,
    "day": 3,
    "weekend": 3,
    "week": 3,
    "month": 2,
    "quarter": 2,
    "half": 2,
    "season": 2,
    "year": 1,
    "decade": 1,
    "century": 1,
}
_PARTS = ("year", "month", "day", "hour", "minute")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_parts(moment: datetime, precision: int) -> dict[str, int]:
    return {part: getattr(moment, part) for part in _PARTS[:precision]}


def _exact_precision(moment: datetime) -> int:
    """The fewest date parts that name ``moment`` exactly (a boundary of a year: 1, of a
    month: 2, of a day: 3, of an hour: 4, else 5)."""
    if moment.minute or moment.second or moment.microsecond:
        return 5
    if moment.hour:
        return 4
    if moment.day != 1:
        return 3
    return 2 if moment.month != 1 else 1


def zone_name(moment: datetime) -> str:
    """``UTC+03:00`` for a datetime three hours ahead of UTC (``UTC`` when it is UTC)."""
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _display(moment: datetime, precision: int) -> str:
    """``moment`` written to ``precision`` parts: ``2022``, ``Apr 2022``, ``11 May 2022``,
    ``11 May 2022 18:00``."""
    if precision == 1:
        return str(moment.year)
    if precision == 2:
        return f"{_MONTHS[moment.month - 1]} {moment.year}"
    day = f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
    return day if precision == 3 else f"{day} {moment:%H:%M}"


def timelinejs_dates(event: Event) -> dict[str, Any]:
    """``start_date``, ``end_date`` (when the span is longer than its first unit) and
    ``display_date`` (the span in words with its zone) of an event in TimelineJS.

    Date parts go down to the event's granularity, or finer where the interval does not fall
    on that unit's boundaries: "since the start of the year" dated [1 Jan, 30 Apr) is not the
    whole year, so it keeps its months and days. The end is the last unit inside the
    half-open interval ([11 May, 12 May) ends on 11 May).
    """
    start = datetime.fromisoformat(event["start"])
    end = datetime.fromisoformat(event["end"])
    precision = max(
        _PRECISION.get(event["granularity"], 5), _exact_precision(start), _exact_precision(end)
    )
    last = end - timedelta(microseconds=1)
    if precision <= 3 and _exact_precision(end) <= 3:
        last_unit = last  # a whole day, month or year: its last unit is the day before `end`
    else:
        last_unit = end  # a clock time: the interval ends at that minute
    dates: dict[str, Any] = {"start_date": _date_parts(start, precision)}
    end_date = _date_parts(last_unit, precision)
    display = _display(start, precision)
    if end_date != dates["start_date"]:
        dates["end_date"] = end_date
        display += " – " + _display(last_unit, precision)
    if precision >= 4:
        display += f" ({zone_name(start)})"
    dates["display_date"] = display
    return dates


#: Headlines longer than this are cut at a word (the whole sentence stays in the text).
HEADLINE_CHARS = 90


def _headline(sentence: str) -> str:
    if len(sentence) <= HEADLINE_CHARS:
        return sentence
    cut = sentence[:HEADLINE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def timelinejs_text(event: Event) -> dict[str, str]:
    """The slide's ``headline`` (the event's own sentence, cut at a word when long) and
    ``text``: the whole sentence, how it was dated and in which zone, and the article (a link
    to it when it has a URL) with its source."""
    sentence = event["text"]
    start = datetime.fromisoformat(event["start"])
    expression = event.get("expression")
    if expression:
        dated = f"Dated by “{html_text(expression['text'])}” ({html_text(expression['value'])})"
    else:
        dated = "Dated by the article's publication time"
    title = html_text(event.get("title") or "the article")
    article = f'<a href="{html_text(event["url"])}">{title}</a>' if _web_url(event) else title
    if event.get("source"):
        article += f" — {html_text(event['source'])}"
    parts = [
        f"<p>{html_text(sentence)}</p>",
        f"<p>{dated}, times in {zone_name(start)}.</p>",
        f"<p>{article}</p>",
    ]
    return {"headline": html_text(_headline(sentence)), "text": "".join(parts)}


def timelinejs_event(event: Event) -> dict[str, Any]:
    """One TimelineJS slide for an event."""
    item: dict[str, Any] = {
        "unique_id": f"event-{event['id']}",
        **timelinejs_dates(event),
        "text": timelinejs_text(event),
    }
    if event.get("source"):
        item["group"] = html_text(event["source"])
    return item


def _timelinejs_title(title: str) -> str:
    return json.dumps({"text": {"headline": html_text(title), "text": ""}}, ensure_ascii=False)


def stream_timelinejs(events: Iterable[Event], title: str = "Timeline") -> Iterator[str]:
    """Knight Lab TimelineJS JSON, one slide at a time (see :func:`to_timelinejs`)."""
    yield from stream_json_array(
        (timelinejs_event(e) for e in events),
        f'{{"title": {_timelinejs_title(title)}, "events": ',
        "}",
    )


def to_timelinejs(events: Iterable[Event], title: str = "Timeline") -> dict[str, Any]:
    """Knight Lab TimelineJS JSON: ``{"title", "events": [{start_date, end_date, text, ...}]}``.

    Each slide's dates come from :func:`timelinejs_dates`, its headline and text from
    :func:`timelinejs_text`; ``group`` is the source. TimelineJS renders text as HTML: stored
    text is escaped (:func:`html_text`).
    """
    return {
        "title": {"text": {"headline": html_text(title), "text": ""}},
        "events": [timelinejs_event(event) for event in events],
    }


#: Spans that began less than this before a window are never background (a week running into
#: a two-day window is its context, not its background).
BACKGROUND_MARGIN = timedelta(days=7)


def without_background(
    items: Iterable[Event], start: datetime | None, end: datetime | None
) -> Iterator[Event]:
    """``items`` without the *background* spans of the window ``[start, end)``: those that
    began more than one window length (and more than :data:`BACKGROUND_MARGIN`) before it, a
    decade-long span seen from a week, which would zoom a TimelineJS axis out to years. Needs
    both bounds; else every item passes."""
    if start is None or end is None:
        yield from items
        return
    earliest = start - max(end - start, BACKGROUND_MARGIN)
    for item in items:
        if datetime.fromisoformat(item["start"]) >= earliest:
            yield item


# --- iCalendar -------------------------------------------------------------------------------


def _ical_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


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
    return (
        event["granularity"] in WHOLE_DAYS and start.time() == midnight and end.time() == midnight
    )


def _web_url(event: Event) -> bool:
    """Whether the event's article link may be exported as a link (http or https only)."""
    return bool(event.get("url")) and is_web_url(event["url"])


def _vevent(event: Event) -> list[str]:
    start = datetime.fromisoformat(event["start"])
    end = datetime.fromisoformat(event["end"])
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event['id']}@timeline",
        f"DTSTAMP:{_utc_stamp(datetime.fromisoformat(event['published_at']))}",
    ]
    if _is_whole_days(event, start, end):
        lines += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    else:
        lines += [f"DTSTART:{_utc_stamp(start)}", f"DTEND:{_utc_stamp(end)}"]
    summary = event.get("title") or event["text"]
    lines += [f"SUMMARY:{_ical_escape(summary)}", f"DESCRIPTION:{_ical_escape(event['text'])}"]
    if _web_url(event):
        lines.append(f"URL:{event['url']}")
    if event.get("source"):
        lines.append(f"CATEGORIES:{_ical_escape(event['source'])}")
    lines.append("END:VEVENT")
    return lines


def stream_ical(events: Iterable[Event], name: str = "timeline") -> Iterator[str]:
    """An iCalendar (RFC 5545) ``VCALENDAR``, one ``VEVENT`` at a time (see :func:`to_ical`)."""

    def folded(lines: list[str]) -> str:
        return "".join(_ical_fold(line) + "\r\n" for line in lines)

    yield folded(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//timeline//events//EN",
            "CALSCALE:GREGORIAN",
            f"X-WR-CALNAME:{_ical_escape(name)}",
        ]
    )
    for event in events:
        yield folded(_vevent(event))
    yield folded(["END:VCALENDAR"])


def to_ical(events: Iterable[Event], name: str = "timeline") -> str:
    """An iCalendar (RFC 5545) ``VCALENDAR`` with one ``VEVENT`` per event.

    Events of day granularity or coarser that run from midnight to midnight in the article's
    offset become all-day entries (``DTSTART;VALUE=DATE``, exclusive ``DTEND``); the rest are
    timed entries in UTC. ``DTSTAMP`` is the article's publication time, so the output is a
    pure function of the events.
    """
    return "".join(stream_ical(events, name))


# --- Grafana ---------------------------------------------------------------------------------


def epoch_ms(iso: str) -> int:
    """An ISO 8601 datetime as epoch milliseconds (Grafana's time unit)."""
    moment = datetime.fromisoformat(iso)
    return int(moment.timestamp()) * 1000 + moment.microsecond // 1000


def grafana_annotation(event: Event) -> dict[str, Any]:
    """One Grafana annotation: ``time``/``timeEnd`` in epoch milliseconds, ``title``, ``text``
    and ``tags`` (source, granularity and basis)."""
    return {
        "id": event["id"],
        "time": epoch_ms(event["start"]),
        "timeEnd": epoch_ms(event["end"]),
        "title": event.get("title") or "",
        "text": event["text"],
        "tags": [t for t in (event.get("source"), event["granularity"], event["basis"]) if t],
    }


def to_grafana(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Grafana annotations (:func:`grafana_annotation`), as the JSON API and Infinity data
    sources read them."""
    return [grafana_annotation(event) for event in events]


# --- Parquet ---------------------------------------------------------------------------------

#: Rows per Parquet row group: the most rows a Parquet export holds in memory at once.
PARQUET_ROWS = 10_000


class MissingDependency(RuntimeError):
    """A format whose library is not installed (Parquet needs ``pyarrow``)."""


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingDependency(
            "Parquet export needs pyarrow: pip install 'timeline[parquet]'."
        ) from None
    return pyarrow, pyarrow.parquet


def parquet_schema() -> Any:
    """The Arrow schema of :data:`COLUMN_TYPES`: ``int64``, ``string``, and UTC timestamps
    (microseconds) for the ``*_utc`` columns."""
    pa, _ = _pyarrow()
    types = {
        "integer": pa.int64(),
        "text": pa.string(),
        "datetime": pa.string(),
        "utc": pa.timestamp("us", tz="UTC"),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMN_TYPES.items()])


class _Chunks:
    """A write-only file that keeps what is written until it is taken."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def stream_parquet(events: Iterable[Event], rows_per_group: int = PARQUET_ROWS) -> Iterator[bytes]:
    """A Parquet file of the :data:`COLUMN_TYPES` columns, one row group at a time."""
    pa, pq = _pyarrow()
    schema = parquet_schema()
    sink = _Chunks()
    writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema)

    def row_group(rows: list[dict[str, Any]]) -> bytes:
        columns = {name: [row.get(name) for row in rows] for name in COLUMN_TYPES}
        for name, kind in COLUMN_TYPES.items():
            if kind == "utc":
                columns[name] = [
                    None if v is None else datetime.fromisoformat(v) for v in columns[name]
                ]
        writer.write_table(pa.Table.from_pydict(columns, schema=schema))
        return sink.take()

    rows: list[dict[str, Any]] = []
    for event in events:
        rows.append(flat_row(event))
        if len(rows) == rows_per_group:
            yield row_group(rows)
            rows = []
    if rows:
        yield row_group(rows)
    writer.close()
    yield sink.take()


# --- The registry ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its name (``format=``), media type, file extension, streaming
    renderer (text pieces, or bytes for binary formats), and what it is in a few words (the API
    documents the ``format`` parameter with it)."""

    name: str
    media_type: str
    extension: str
    stream: Callable[[Iterable[Event]], Iterator[str] | Iterator[bytes]]
    description: str

    @property
    def essence(self) -> str:
        """The media type without parameters (``text/csv``)."""
        return self.media_type.split(";")[0].strip()

    def render(self, items: Iterable[Event]) -> str | bytes:
        """The whole output at once."""
        pieces: list[Any] = list(self.stream(items))
        if pieces and isinstance(pieces[0], bytes):
            return b"".join(pieces)
        return "".join(pieces)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "text/csv; charset=utf-8", "csv", stream_csv, "CSV, one row per event"),
        Format(
            "ndjson", "application/x-ndjson", "ndjson", stream_ndjson, "one JSON event per line"
        ),
        Format(
            "timelinejs",
            "application/json",
            "json",
            stream_timelinejs,
            "Knight Lab TimelineJS JSON",
        ),
        Format(
            "ics",
            "text/calendar; charset=utf-8",
            "ics",
            stream_ical,
            "iCalendar, all-day entries for whole days",
        ),
        Format(
            "grafana",
            "application/json",
            "json",
            lambda events: stream_json_array(grafana_annotation(e) for e in events),
            "Grafana annotations",
        ),
        Format(
            "parquet",
            "application/vnd.apache.parquet",
            "parquet",
            stream_parquet,
            "Apache Parquet, typed columns (needs pyarrow)",
        ),
    )
}


def stream(items: Iterable[Event], name: str) -> Iterator[bytes]:
    """``items`` (events, or any item a format knows) exported as ``name``, as UTF-8 bytes
    piece by piece: the memory used is that of one item (one row group for Parquet), however
    many items there are."""
    for piece in FORMATS[name].stream(items):
        yield piece.encode() if isinstance(piece, str) else piece
