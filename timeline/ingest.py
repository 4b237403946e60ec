"""Ingestion: articles in, dated events out, one transaction per article.

The unit is :func:`ingest_article`: it validates a record (:func:`parse_article`), tags it
*before* opening a transaction (so the write lock is held only for the inserts), then stores the
article with its mentions and events in one transaction, or nothing at all:

- the same content (:attr:`ArticleInput.content_hash`) already stored: status ``present``,
  nothing written;
- the same URL stored with other content: status ``updated``; the stored article keeps its id,
  takes the new content, and its mentions and events are replaced, in one transaction;
- otherwise: status ``ingested``.

A process killed at any point therefore leaves only whole articles behind, and running the
same input again stores the rest and reports the committed ones as present.

:func:`ingest_paths` streams JSON files (one article, a list of them, or several values in a
row), JSONL files and directories of them, one record at a time, so memory stays flat whatever
the input size; a bad record is reported with its file and line and does not stop the others.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import peewee as pw

from timeline.extraction import Extraction, Tagger, extract
from timeline.store import (
    Article,
    Event,
    Mention,
    UTCDateTimeField,
    db_time,
    is_postgres,
    span_class,
    write_transaction,
)

STATUSES = ("ingested", "present", "updated")
_OPTIONAL_TEXT = ("url", "source", "language")
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
            [self.title, self.body, self.published_at.isoformat(), self.has_time, self.source,
             self.language],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What :func:`ingest_article` did: ``status`` (see :data:`STATUSES`) and the article."""

    status: str
    article: Article
    mentions: int = 0
    events: int = 0


def parse_article(record: Any) -> ArticleInput:
    """Validate a decoded JSON record into an :class:`ArticleInput`.

    Required: ``title`` and ``body`` (non-blank strings), ``published_at`` (ISO 8601 date or
    datetime, offset optional; a naive value is UTC). Optional: ``url``, ``source``,
    ``language`` (strings or null; language defaults to ``en``). Other keys are ignored.
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
    for name in ("title", "body", *_OPTIONAL_TEXT):
        problem = _text_problem(values.get(name))
        if problem:
            errors.setdefault(name, []).append(problem)
    if errors:
        raise InvalidArticle(errors)
    return ArticleInput(**values)


def parse_published_at(value: Any) -> tuple[datetime, bool]:
    """An ISO 8601 date or datetime as an aware datetime, and whether it had a time of day.

    A date is midnight UTC of that day; a datetime without offset is UTC.
    """
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 string, got {_json_type(value)}")
    text = value.strip()
    try:
        if _DATE_ONLY.match(text):
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC), False
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or datetime: {value!r}") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC), True
    try:
        parsed.astimezone(UTC)  # stored in UTC: the moment must exist there
    except OverflowError:
        raise ValueError(f"outside the calendar in UTC: {value!r}") from None
    return parsed.astimezone(timezone(parsed.utcoffset() or timedelta(0))), True


def ingest_article(
    record: dict | ArticleInput, *, tagger: Tagger | None = None
) -> IngestResult:
    """Store one article with its mentions and events in one transaction (see module docs).

    Raises :class:`InvalidArticle` for an invalid record; nothing is written then.
    """
    article_input = record if isinstance(record, ArticleInput) else parse_article(record)
    content_hash = article_input.content_hash
    present = _present(content_hash)
    if present is not None:
        return present
    extraction = extract(article_input.body, article_input.reference, tagger)
    return _commit(article_input, content_hash, extraction)


def _commit(article_input: ArticleInput, content_hash: str, extraction: Extraction) -> IngestResult:
    """Store a tagged article in one transaction (see :func:`ingest_article`)."""
    for attempt in range(_ATTEMPTS):
        try:
            with write_transaction():
                return _store(article_input, content_hash, extraction)
        except pw.IntegrityError:
            # Another writer stored this content, or an article under this URL, between our
            # checks and our insert (PostgreSQL: writers do not queue; the unique indexes on
            # content_hash and url stop the second one). Look again: it is present now, or
            # an update of the article the other writer stored.
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


#: How often :func:`ingest_article` looks again after losing a race to another writer.
_ATTEMPTS = 3


def _article_id(column: str, value: str) -> int | None:
    """The id of the first article whose ``column`` equals ``value`` (one indexed lookup)."""
    database = Article._meta.database
    cursor = database.execute_sql(
        f'SELECT id FROM article WHERE "{column}" = {database.param} ORDER BY id LIMIT 1',
        (value,),
    )
    row = cursor.fetchone()
    return row[0] if row else None


def _present(content_hash: str) -> IngestResult | None:
    """The result ``present`` if an article with this content is stored, else ``None``."""
    existing = _article_id("content_hash", content_hash)
    return IngestResult("present", Article.get_by_id(existing)) if existing is not None else None


def _store(article_input: ArticleInput, content_hash: str, extraction: Extraction) -> IngestResult:
    present = _present(content_hash)
    if present is not None:
        return present
    fields = dict(
        title=article_input.title,
        body=article_input.body,
        published_at=article_input.published_at.astimezone(UTC),
        utc_offset_minutes=article_input.utc_offset_minutes,
        published_has_time=article_input.has_time,
        source=article_input.source,
        url=article_input.url,
        language=article_input.language,
        content_hash=content_hash,
        ingested_at=datetime.now(UTC),
    )
    previous = None
    if article_input.url is not None:
        previous = _article_id("url", article_input.url)
    if previous is not None and _article_id("content_hash", content_hash) == previous:
        # Another writer committed this very content since the check above (PostgreSQL reads
        # each statement's own snapshot): it is present, not an update.
        return IngestResult("present", Article.get_by_id(previous))
    if previous is not None:
        _delete_derived(previous)
        Article.update(**fields).where(Article.id == previous).execute()
        article_id, status = previous, "updated"
    else:
        row = tuple(fields[f.name] for f in _ARTICLE_FIELDS)
        (article_id,) = _insert_rows(Article, _ARTICLE_FIELDS, [row], returning_ids=True)
        status = "ingested"
    article = Article(id=article_id, **fields)
    mentions, events = _store_derived(article, extraction)
    return IngestResult(status, article, mentions, events)


_ARTICLE_FIELDS = (Article.title, Article.body, Article.published_at, Article.utc_offset_minutes,
                   Article.published_has_time, Article.source, Article.url, Article.language,
                   Article.content_hash, Article.ingested_at)
#: Columns written for each mention and event, in the order of the rows built below.
_MENTION_FIELDS = (Mention.article, Mention.start, Mention.end, Mention.text, Mention.type,
                   Mention.value, Mention.mod, Mention.signal, Mention.interval_start,
                   Mention.interval_end, Mention.granularity, Mention.rule)
_EVENT_FIELDS = (Event.article, Event.mention, Event.text, Event.sentence_start,
                 Event.sentence_end, Event.start, Event.end, Event.granularity, Event.basis,
                 Event.tense, Event.span_class)
#: Rows per INSERT statement (SQLite allows 32,766 parameters per statement).
_ROWS_PER_STATEMENT = 500


def _store_derived(article: Article, extraction: Extraction) -> tuple[int, int]:
    """Insert the mentions and events of ``extraction`` for ``article``; return their counts."""
    mention_ids: dict[int, int] = {}
    if extraction.timexes:
        rows = [
            (article.id, t.start, t.end, t.text, t.type, t.value, t.mod, t.signal,
             t.interval.start if t.interval else None, t.interval.end if t.interval else None,
             t.granularity, t.rule)
            for t in extraction.timexes
        ]
        ids = _insert_rows(Mention, _MENTION_FIELDS, rows, returning_ids=True)
        mention_ids = {id(t): i for t, i in zip(extraction.timexes, ids, strict=True)}
    if extraction.events:
        rows = [
            (article.id, mention_ids[id(e.timex)] if e.timex is not None else None,
             e.sentence.text, e.sentence.start, e.sentence.end, e.start, e.end, e.granularity,
             e.basis, e.tense, span_class(e.start, e.end))
            for e in extraction.events
        ]
        _insert_rows(Event, _EVENT_FIELDS, rows)
    return len(extraction.timexes), len(extraction.events)


def _insert_rows(
    model: type[pw.Model],
    fields: tuple[pw.Field, ...],
    rows: list[tuple[Any, ...]],
    *,
    returning_ids: bool = False,
) -> list[int]:
    """Multi-row ``INSERT``s of ``rows`` (values in the order of ``fields``).

    This is what ``Model.insert_many`` does, minus building a query tree per value, which
    costs more than the database itself for an article's hundred rows. Timestamps go through
    :func:`timeline.store.db_time` (naive UTC), so stored values are identical to peewee's. With
    ``returning_ids`` the new ids are returned in row order (``RETURNING``, as peewee does).
    """
    database = model._meta.database
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    postgres = is_postgres()
    times = [index for index, field in enumerate(fields) if isinstance(field, UTCDateTimeField)]
    ids: list[int] = []
    for offset in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[offset : offset + _ROWS_PER_STATEMENT]
        params: list[Any] = []
        for row in chunk:
            values = list(row)
            for index in times:
                if values[index] is not None:
                    values[index] = db_time(values[index], postgres)
            params.extend(values)
        placeholder = "(" + ", ".join([database.param] * len(fields)) + ")"
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ' + ", ".join([placeholder] * len(chunk))
        if returning_ids:
            sql += ' RETURNING "id"'
        cursor = database.execute_sql(sql, params)
        if returning_ids:
            ids.extend(row[0] for row in cursor.fetchall())
    return ids


def _delete_derived(article_id: int) -> None:
    Event.delete().where(Event.article == article_id).execute()
    Mention.delete().where(Mention.article == article_id).execute()


def delete_article(article_id: int) -> bool:
    """Delete an article with its mentions and events; false if there was none."""
    with write_transaction():
        _delete_derived(article_id)
        return Article.delete().where(Article.id == article_id).execute() > 0


@dataclass(frozen=True, slots=True)
class ReprocessResult:
    """Totals of :func:`reprocess`."""

    articles: int
    mentions: int
    events: int


def reprocess(
    progress: Callable[[int, int], None] | None = None,
    *,
    tagger: Tagger | None = None,
    workers: int = 0,
) -> ReprocessResult:
    """Re-derive the mentions and events of every stored article with the current tagger.

    Articles are visited in id order, one transaction each: the old derived rows are replaced
    by new ones, and the article row itself is never deleted, so an interruption leaves every
    article with either its old or its new events. ``progress(done, total)`` is called after
    each article. With ``workers`` > 0 the tagging runs in that many worker processes, a few
    articles ahead of the one being stored (see :func:`ingest_paths`).
    """
    total = Article.select().count()
    done = mentions = events = 0

    def rederive(article: Article, extraction: Extraction) -> None:
        nonlocal done, mentions, events
        with write_transaction():
            # Still stored with the content just tagged (content_hash is unique): one index
            # probe, not a re-read of the row and its body.
            if _article_id("content_hash", article.content_hash) == article.id:
                _delete_derived(article.id)
                counts = _store_derived(article, extraction)
                mentions += counts[0]
                events += counts[1]
        done += 1
        if progress is not None:
            progress(done, max(total, done))

    if workers > 0:
        if tagger is not None:
            raise ValueError("worker processes tag with timeline.temporal: leave tagger unset")
        with _worker_pool(workers) as pool:
            tagged = _in_order(
                _stored_articles(),
                lambda article: (article, pool.submit(extract, article.body, article.reference)),
                workers * _AHEAD_PER_WORKER,
            )
            for _, article, extraction in tagged:
                rederive(article, extraction)
    else:
        for article in _stored_articles():
            rederive(article, extract(article.body, article.reference, tagger))
    return ReprocessResult(done, mentions, events)


def _stored_articles() -> Iterator[Article]:
    """The stored articles in id order, read one at a time (an article stored meanwhile with
    a higher id is visited too)."""
    last_id = 0
    while True:
        article = Article.select().where(Article.id > last_id).order_by(Article.id).first()
        if article is None:
            return
        last_id = article.id
        yield article


# --- Reading files ---------------------------------------------------------------------------

INPUT_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINE_SUFFIXES = (".jsonl", ".ndjson")
_CHUNK = 1 << 16
_DECODER = json.JSONDecoder()  # stateless: one for every value read


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One record read from a file: the decoded ``value``, or the ``error`` that prevented it.

    ``line`` is the 1-based line where the record starts; ``position`` is how many bytes of the
    file have been read so far (for progress bars).
    """

    path: Path
    line: int
    value: Any = None
    error: str | None = None
    position: int = 0


#: The path ``-``: standard input (a file named "-" is ``./-``).
STDIN = Path("-")


def display_name(path: Path) -> str:
    """How ``path`` is named in messages: ``<stdin>`` for :data:`STDIN`."""
    return "<stdin>" if path == STDIN else str(path)


def input_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to read: each file given, and the JSON/JSONL files inside each directory.

    ``-`` is standard input (:data:`STDIN`), at most once. Directories are walked
    recursively in name order; hidden entries are skipped. Raises :class:`FileNotFoundError`
    for a path that does not exist, :class:`ValueError` for ``-`` given twice.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if os.fspath(raw) == "-":
            if STDIN in files:
                raise ValueError("standard input (-) can be read only once")
            files.append(STDIN)
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(
                    Path(root) / name
                    for name in sorted(names)
                    if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES)
                )
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return files


def read_records(path: Path) -> Iterator[SourceRecord]:
    """The records of one file, streamed: JSONL line by line, JSON value by value.

    :data:`STDIN` is read with :func:`read_stream`."""
    if path == STDIN:
        yield from read_stream(sys.stdin.buffer, path)
        return
    with open(path, "rb") as stream:
        if path.name.lower().endswith(_LINE_SUFFIXES):
            yield from _jsonl_records(path, stream)
        else:
            yield from _json_records(path, stream)


def read_stream(stream: BinaryIO, path: Path = STDIN) -> Iterator[SourceRecord]:
    """The records of a stream without a file name (standard input), streamed.

    Its format is told from its start: JSONL if the first non-blank line is a whole JSON value
    other than a list (an article per line, read line by line, a bad line skipped), else JSON
    (one article, a list of them, or several in a row, as in a ``.json`` file). Records are
    handed on as soon as they arrive, so a producer can keep writing to the pipe.
    """
    replay = _Replay(stream)
    head = replay.peek_line()
    text = head.removeprefix(codecs.BOM_UTF8).strip()
    jsonl = False
    if text and not text.startswith(b"["):
        try:
            json.loads(text)
            jsonl = True
        except UnicodeDecodeError:  # a bad byte in a one-line object: JSONL reports its line
            jsonl = text.startswith(b"{") and text.endswith(b"}")
        except ValueError:
            pass
    yield from (_jsonl_records if jsonl else _json_records)(path, replay)  # type: ignore[arg-type]


#: How much of standard input :func:`read_stream` may read ahead to tell its format.
_PEEK_LIMIT = 1 << 20


class _Replay:
    """A byte stream read ahead by a line and then replayed, counting the bytes handed out
    (:meth:`tell`; a pipe cannot tell). Reads return what is available (``read1``) instead of
    waiting for a whole chunk."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.head = b""
        self.position = 0

    def peek_line(self, limit: int = _PEEK_LIMIT) -> bytes:
        """Read ahead up to the first non-blank line (kept for the reader) and return it; at
        most ``limit`` bytes of it, and of what precedes it, so that a huge one-line JSON
        list is not read whole (a cut line does not parse: it is read as JSON)."""
        while True:
            line = self.stream.readline(limit)
            self.head += line
            if not line or line.strip() or len(self.head) >= limit:
                return line

    def _take_head(self, size: int) -> bytes:
        data = self.head if size < 0 else self.head[:size]
        self.head = self.head[len(data):]
        return data

    def read(self, size: int = -1) -> bytes:
        if self.head:
            data = self._take_head(size)
        elif size < 0:
            data = self.stream.read()
        else:
            read1 = getattr(self.stream, "read1", None)
            data = read1(size) if read1 is not None else self.stream.read(size)
        self.position += len(data)
        return data

    def readline(self) -> bytes:
        if self.head:
            end = self.head.find(b"\n")
            if end >= 0:
                line = self._take_head(end + 1)
            else:
                line = self._take_head(-1) + self.stream.readline()
        else:
            line = self.stream.readline()
        self.position += len(line)
        return line

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def tell(self) -> int:
        return self.position


def _jsonl_records(path: Path, stream: BinaryIO) -> Iterator[SourceRecord]:
    for number, raw in enumerate(stream, start=1):
        position = stream.tell()
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield SourceRecord(path, number, error=_utf8_error(exc, raw), position=position)
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield SourceRecord(path, number, error=f"invalid JSON: {exc.msg} (column {exc.colno})",
                               position=position)
            continue
        yield SourceRecord(path, number, value=value, position=position)


class _JsonStream:
    """Incremental reader of the JSON values in a UTF-8 byte stream, tracking line numbers."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.first = True
        self.bad: _JsonError | None = None

    def fill(self) -> bool:
        """Read another chunk; false at end of file.

        Text up to an invalid UTF-8 byte is kept, so the values before it are read; the
        :class:`_JsonError` naming the byte is raised when the reader needs more than that.
        """
        if self.bad is not None:
            raise self.bad
        if self.eof:
            return False
        chunk = self.stream.read(_CHUNK)
        if self.first and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8):]
        self.first = False
        if self.pos > _CHUNK:
            self.buffer = self.buffer[self.pos:]
            self.pos = 0
        try:
            if not chunk:
                self.eof = True
                self.buffer += self.decoder.decode(b"", final=True)
                return False
            self.buffer += self.decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            good = exc.object[: exc.start].decode("utf-8")
            line = self.line + self.buffer.count("\n", self.pos) + good.count("\n")
            self.buffer += good
            self.bad = _JsonError(line, _utf8_error(exc, None))
        return True

    def advance(self, to: int) -> None:
        self.line += self.buffer.count("\n", self.pos, to)
        self.pos = to

    def peek(self) -> str:
        """The next non-white-space character ('' at end of input), consuming white space."""
        while True:
            index = self.pos
            while index < len(self.buffer) and self.buffer[index] in " \t\r\n":
                index += 1
            self.advance(index)
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def value(self) -> Any:
        """Decode the value at the current position (after :meth:`peek`)."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.fill():
                    continue
                raise _located(exc, self) from None
            if end == len(self.buffer) and self.buffer[self.pos] not in "{[\"" and self.fill():
                continue  # a number or literal may continue in the next chunk
            self.advance(end)
            return value


class _JsonError(ValueError):
    """A JSON syntax error at a line of the file."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _located(exc: json.JSONDecodeError, reader: _JsonStream) -> _JsonError:
    line = reader.line + reader.buffer.count("\n", reader.pos, exc.pos)
    return _JsonError(line, f"invalid JSON: {exc.msg}")


def _json_records(path: Path, stream: BinaryIO) -> Iterator[SourceRecord]:
    """A JSON file: one value, several values in a row, or a list whose items are records.

    A list is read item by item. A syntax error ends the file (nothing after it can be
    located reliably); the records before it are kept.
    """
    reader = _JsonStream(stream)
    try:
        first = reader.peek()
        if first == "":
            yield SourceRecord(path, 1, error="empty file: expected an article or a list")
            return
        if first == "[":
            reader.advance(reader.pos + 1)
            items = 0
            need_value = True
            while True:
                char = reader.peek()
                if char == "":
                    raise _JsonError(reader.line, "invalid JSON: unterminated list")
                if need_value and not (char == "]" and items == 0):
                    line = reader.line
                    value = reader.value()
                    items += 1
                    need_value = False
                    yield SourceRecord(path, line, value=value, position=stream.tell())
                elif char == ",":
                    reader.advance(reader.pos + 1)
                    need_value = True
                elif char == "]":
                    reader.advance(reader.pos + 1)
                    break
                else:
                    raise _JsonError(
                        reader.line, f"invalid JSON: expected ',' or ']', got {char!r}"
                    )
        while reader.peek() != "":
            line = reader.line
            value = reader.value()
            yield SourceRecord(path, line, value=value, position=stream.tell())
    except _JsonError as exc:
        yield SourceRecord(path, exc.line, error=exc.reason, position=stream.tell())


def _utf8_error(exc: UnicodeDecodeError, raw: bytes | None) -> str:
    byte = exc.object[exc.start:exc.start + 1]
    where = f" at column {exc.start + 1}" if raw is not None else ""
    return f"not UTF-8: byte 0x{byte.hex()}{where}"


# --- Ingesting files -------------------------------------------------------------------------


@dataclass
class IngestSummary:
    """Counts of :func:`ingest_paths`, by outcome."""

    ingested: int = 0
    present: int = 0
    updated: int = 0
    failed: int = 0
    mentions: int = 0
    events: int = 0


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be ingested, where it was and why."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{display_name(self.path)}:{self.line}: {self.reason}"


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_failure: Callable[[Failure], None] | None = None,
    on_record: Callable[[Path, int], None] | None = None,
    tagger: Tagger | None = None,
    workers: int = 0,
) -> IngestSummary:
    """Ingest every record of ``paths`` (files or directories), one transaction per article.

    Records are streamed one at a time. A bad record (invalid JSON or UTF-8, an invalid
    article) is passed to ``on_failure`` and counted; the others go on. ``on_record(path,
    position)`` is called after each record with the bytes read so far in that file.

    With ``workers`` > 0, articles are tagged in that many worker processes while this one
    validates, stores and reports them, in input order, exactly as without: only the tagging
    moves (see :func:`_ingest_parallel`). ``tagger`` must then be left to the default.
    """
    summary = IngestSummary()
    sources = _sources(paths)
    if workers > 0:
        if tagger is not None:
            raise ValueError("worker processes tag with timeline.temporal: leave tagger unset")
        _ingest_parallel(sources, summary, on_failure, on_record, workers)
        return summary
    for path, source in sources:
        work = _prepare(source)
        extraction = None
        if isinstance(work, tuple):
            extraction = extract(work[0].body, work[0].reference, tagger)
        _settle(work, extraction, summary, on_failure)
        if on_record is not None and isinstance(source, SourceRecord):
            on_record(path, source.position)
    return summary


def _sources(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, SourceRecord | Failure]]:
    """Every record of every input file, or a :class:`Failure` for a file that cannot be read
    (after the records read from it before the error)."""
    for path in input_files(paths):
        try:
            for source in read_records(path):
                yield path, source
        except OSError as exc:
            yield path, Failure(path, 0, f"cannot read: {exc.strerror or exc}")


def _fail(
    summary: IngestSummary, on_failure: Callable[[Failure], None] | None, failure: Failure
) -> None:
    summary.failed += 1
    if on_failure is not None:
        on_failure(failure)


def _count(summary: IngestSummary, result: IngestResult) -> None:
    setattr(summary, result.status, getattr(summary, result.status) + 1)
    summary.mentions += result.mentions
    summary.events += result.events


#: What :func:`_prepare` makes of a record: a failure, the result of content already stored,
#: or the validated article and its content hash, to tag and store.
_Work = Failure | IngestResult | tuple[ArticleInput, str]


def _prepare(source: SourceRecord | Failure) -> _Work:
    """Validate a record and look its content up (an article already stored is not tagged
    again): the part of ingesting it that comes before tagging."""
    if isinstance(source, Failure):
        return source
    if source.error is not None:
        return Failure(source.path, source.line, source.error)
    try:
        article_input = parse_article(source.value)
    except InvalidArticle as exc:
        return Failure(source.path, source.line, f"invalid article: {exc}")
    content_hash = article_input.content_hash
    present = _present(content_hash)
    return present if present is not None else (article_input, content_hash)


def _settle(
    work: _Work,
    extraction: Extraction | None,
    summary: IngestSummary,
    on_failure: Callable[[Failure], None] | None,
) -> None:
    """Count (and report) what :func:`_prepare` made of a record, storing a tagged article."""
    if isinstance(work, Failure):
        _fail(summary, on_failure, work)
    elif isinstance(work, IngestResult):
        _count(summary, work)
    else:
        assert extraction is not None
        _count(summary, _commit(*work, extraction))


#: Articles handed to the workers ahead of the one being stored, per worker (bounds memory).
_AHEAD_PER_WORKER = 4


def _ingest_parallel(
    sources: Iterator[tuple[Path, SourceRecord | Failure]],
    summary: IngestSummary,
    on_failure: Callable[[Failure], None] | None,
    on_record: Callable[[Path, int], None] | None,
    workers: int,
) -> None:
    """Tag in ``workers`` processes, store here, in input order.

    This process reads and validates each record and looks its content up (an article
    already stored is not tagged again), then hands the body to a worker; at most
    ``workers * _AHEAD_PER_WORKER`` articles are out at once, so memory stays flat. Results
    are stored one transaction each, in the order of the input, so reports, statuses and
    what a kill leaves behind are those of ingesting without workers.
    """
    with _worker_pool(workers) as pool:
        done = _in_order(sources, lambda entry: _dispatch(entry[1], pool),
                         workers * _AHEAD_PER_WORKER)
        for (path, source), work, extraction in done:
            _settle(work, extraction, summary, on_failure)
            if on_record is not None and isinstance(source, SourceRecord):
                on_record(path, source.position)


def _dispatch(source: SourceRecord | Failure, pool: Any) -> tuple[_Work, Any]:
    """What :func:`_ingest_parallel` does with a record, as ``(work, tagging)``: the
    :func:`_prepare` of it, and for an article to store its tagging handed to a worker (a
    future)."""
    work = _prepare(source)
    if not isinstance(work, tuple):
        return work, None
    return work, pool.submit(extract, work[0].body, work[0].reference)


_Item = TypeVar("_Item")


def _in_order(
    items: Iterable[_Item], start: Callable[[_Item], tuple[Any, Any]], ahead: int
) -> Iterator[tuple[_Item, Any, Any]]:
    """Start work on each item and hand back ``(item, value, result)`` in input order.

    ``start(item)`` returns ``(value, future)``, the future being ``None`` when there is
    nothing to wait for; ``result`` is the future's result (``None`` without one). At most
    ``ahead`` items are started beyond the first one not handed back, so memory stays flat
    whatever the number of items, and the workers always have the next ones at hand.
    """
    from collections import deque

    pending: deque[tuple[_Item, Any, Any]] = deque()

    def settled() -> tuple[_Item, Any, Any]:
        item, value, future = pending.popleft()
        return item, value, (future.result() if future is not None else None)

    for item in items:
        pending.append((item, *start(item)))
        while pending and (len(pending) > ahead or pending[0][2] is None
                           or pending[0][2].done()):
            yield settled()
    while pending:
        yield settled()


@contextmanager
def _worker_pool(workers: int) -> Iterator[Any]:
    """``workers`` tagging processes. Started with ``spawn``, they import the tagger afresh
    and share no database connection with this process; each exits as soon as this process
    is gone (:func:`_watch_parent`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        yield pool


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the storing process is gone. Killed (SIGKILL) it cannot
    stop its workers, and they would wait for work forever."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


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
