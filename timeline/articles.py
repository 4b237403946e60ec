"""The article record: what both doors (``timeline ingest`` and ``POST /api/v1/articles``)
accept, validated once.

:func:`parse_article` turns a decoded JSON record into an :class:`ArticleInput` or raises
:class:`InvalidArticle` listing every problem at once. Other keys of the record are ignored,
at both doors. :func:`parse_moment` is the one ISO 8601 date-or-datetime parser of the project
(publication times, the CLI's ``--reference``/``--from``/``--to``, the API's and the page's
times all go through it).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from timeline.temporal.narrative import DOCUMENT_TYPES

_OPTIONAL_TEXT = ("url", "source", "language")

#: The supported range of publication times, ``[SUPPORTED_FROM, SUPPORTED_UNTIL)`` in UTC.
#: Far enough inside the calendar (years 1 to 9999) that everything derived from a
#: publication time (its local day in any offset, "next week", "the next century") can be
#: computed and shown in any UTC offset; :mod:`timeline.extraction` keeps derived intervals
#: inside it too.
SUPPORTED_FROM = datetime(100, 1, 1, tzinfo=UTC)
SUPPORTED_UNTIL = datetime(9900, 1, 1, tzinfo=UTC)
SUPPORTED_RANGE_TEXT = "0100-01-01T00:00Z to 9899-12-31T23:59Z"

#: Link schemes an article's ``url`` may have: anything else (``javascript:``, ``data:``)
#: could run in the page that shows the link.
URL_SCHEMES = ("http", "https")
_DATE_ONLY = re.compile(r"^\d{4}-?\d{2}-?\d{2}$")


class InvalidArticle(ValueError):
    """A record that is not a valid article; ``errors`` maps each field to its messages."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__(
            "; ".join(f"{name}: {', '.join(messages)}" for name, messages in errors.items())
        )


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """A validated article, ready to store.

    ``published_at`` is timezone-aware in the article's own offset (UTC when the input had
    none); ``has_time`` is false when only a date was given.
    """

    title: str
    body: str
    published_at: datetime
    has_time: bool = True
    url: str | None = None
    source: str | None = None
    language: str = "en"
    #: Where the publication time came from (see :attr:`timeline.store.Article.
    #: published_at_source`); not part of the content hash.
    published_at_source: str | None = None
    #: how the tagger reads the body (:data:`timeline.temporal.DOCUMENT_TYPES`); not part of
    #: the content hash: the same text is the same article however it is read
    document_type: str = "auto"

    @property
    def utc_offset_minutes(self) -> int:
        offset = self.published_at.utcoffset() or timedelta(0)
        return int(offset.total_seconds() // 60)

    @property
    def reference(self) -> datetime | date:
        """The tagger's reference: the local publication time, or its date."""
        return self.published_at if self.has_time else self.published_at.date()

    @property
    def content_hash(self) -> str:
        """SHA-256 of the content: title, body, publication time and offset, source, language.

        The URL is not part of it: the same text syndicated under two URLs is one article.
        """
        canonical = json.dumps(
            [
                self.title,
                self.body,
                self.published_at.isoformat(),
                self.has_time,
                self.source,
                self.language,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_article(record: Any) -> ArticleInput:
    """Validate a decoded JSON record into an :class:`ArticleInput`.

    Required: ``title`` and ``body`` (non-blank strings), ``published_at`` (ISO 8601 date or
    datetime, offset optional; a naive value is UTC). Optional: ``url``, ``source``,
    ``language`` (strings or null; language defaults to ``en``), ``document_type`` (news,
    narrative, colloquial or auto, the default; null is auto). Other keys are ignored.
    Raises :class:`InvalidArticle` listing every problem at once.
    """
    if not isinstance(record, dict):
        raise InvalidArticle({"_record": [f"expected a JSON object, got {_json_type(record)}"]})
    errors: dict[str, list[str]] = {}
    values: dict[str, Any] = {}
    for name in ("title", "body"):
        value = record.get(name)
        if value is None:
            errors.setdefault(name, []).append("missing")
        elif not isinstance(value, str):
            errors.setdefault(name, []).append(f"expected a string, got {_json_type(value)}")
        elif not value.strip():
            errors.setdefault(name, []).append("must not be empty")
        else:
            values[name] = value
    published = record.get("published_at")
    if published is None:
        errors.setdefault("published_at", []).append("missing")
    else:
        try:
            values["published_at"], values["has_time"] = parse_published_at(published)
            check_supported(values["published_at"])
        except ValueError as exc:
            errors.setdefault("published_at", []).append(str(exc))
    for name in _OPTIONAL_TEXT:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            errors.setdefault(name, []).append(f"expected a string, got {_json_type(value)}")
        elif not value.strip():
            errors.setdefault(name, []).append("must not be empty (omit it or use null)")
        else:
            values[name] = value.strip()
    if "url" in values and not is_web_url(values["url"]):
        errors.setdefault("url", []).append(
            "must be an absolute http:// or https:// URL with a host"
        )
        del values["url"]
    kind = record.get("document_type")
    if kind is not None:
        if kind not in DOCUMENT_TYPES:
            errors.setdefault("document_type", []).append(
                f"must be one of {', '.join(DOCUMENT_TYPES)}, got {kind!r}"
            )
        else:
            values["document_type"] = kind
    for name in ("title", "body", *_OPTIONAL_TEXT):
        problem = _text_problem(values.get(name))
        if problem:
            errors.setdefault(name, []).append(problem)
    if errors:
        raise InvalidArticle(errors)
    return ArticleInput(**values)


@dataclass(frozen=True, slots=True)
class Moment:
    """A parsed ISO 8601 date or datetime: ``value`` is timezone-aware (in the written offset;
    UTC when none was written; midnight UTC for a date), ``has_time`` is false for a date and
    ``has_offset`` false when no offset was written."""

    value: datetime
    has_time: bool
    has_offset: bool


def parse_moment(value: Any) -> Moment:
    """Parse an ISO 8601 date (``2022-05-14``, ``20220514``) or datetime (offset optional).

    Raises :class:`ValueError` with a message naming the problem.
    """
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 string, got {_json_type(value)}")
    text = value.strip()
    try:
        if _DATE_ONLY.match(text):
            day = date.fromisoformat(text)
            return Moment(datetime(day.year, day.month, day.day, tzinfo=UTC), False, False)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or datetime: {value!r}") from None
    if parsed.tzinfo is None:
        return Moment(parsed.replace(tzinfo=UTC), True, False)
    try:
        parsed.astimezone(UTC)  # stored in UTC: the moment must exist there
    except OverflowError:
        raise ValueError(
            f"outside the supported range {SUPPORTED_RANGE_TEXT} (UTC): {value!r}"
        ) from None
    return Moment(parsed.astimezone(timezone(parsed.utcoffset() or timedelta(0))), True, True)


def parse_published_at(value: Any) -> tuple[datetime, bool]:
    """An ISO 8601 date or datetime as an aware datetime, and whether it had a time of day
    (:func:`parse_moment`: a date is midnight UTC of that day; a datetime without offset is
    UTC)."""
    moment = parse_moment(value)
    return moment.value, moment.has_time


def check_supported(moment: datetime) -> None:
    """Raise :class:`ValueError` when ``moment`` lies outside the supported range of
    publication times (:data:`SUPPORTED_FROM`, :data:`SUPPORTED_UNTIL`)."""
    if not SUPPORTED_FROM <= moment < SUPPORTED_UNTIL:
        raise ValueError(
            f"outside the supported range {SUPPORTED_RANGE_TEXT} (UTC): {moment.isoformat()!r}"
        )


def in_supported_range(start: datetime, end: datetime) -> bool:
    """Whether the interval ``[start, end)`` lies inside the supported range."""
    return SUPPORTED_FROM <= start and end <= SUPPORTED_UNTIL


#: White space as ``str.strip`` and ``str.isspace`` know it, spelled out for a regular
#: expression class: ``\s`` means other characters in other engines (ECMAScript's, which JSON
#: Schema patterns follow, has U+FEFF and lacks U+001C-U+001F and U+0085), so patterns of
#: the OpenAPI document name the characters. A test holds it to ``str.isspace``.
SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Text that is not blank and has no NUL character: the rule of ``title``, ``body``,
#: ``source`` and ``language`` (:func:`parse_article`), also their OpenAPI ``pattern``.
TEXT_PATTERN = rf"^[^\x00]*[^{SPACE}\x00][^\x00]*$"

#: The one rule for links (stored, exported, shown as links), also the OpenAPI ``pattern`` of
#: ``url``: ``http://`` or ``https://`` (any case), a host (no user info), an optional port,
#: then anything without white space or control characters.
WEB_URL_PATTERN = (
    rf"^[Hh][Tt][Tt][Pp][Ss]?://[^{SPACE}/?#@:\x00-\x1f\x7f]+(?::[0-9]{{0,5}})?"
    rf"(?:[/?#][^{SPACE}\x00-\x1f\x7f]*)?$"
)
_WEB_URL = re.compile(WEB_URL_PATTERN)


def is_web_url(value: str) -> bool:
    """Whether ``value`` is an absolute ``http://`` or ``https://`` URL with a host
    (:data:`WEB_URL_PATTERN`)."""
    return isinstance(value, str) and _WEB_URL.fullmatch(value) is not None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _text_problem(value: str | None) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode text (unpaired surrogate)"
    return None
