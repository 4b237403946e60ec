"""Ingesting files: every record of some paths, one transaction per article, failures
reported with file and line, optionally tagged in worker processes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.articles import ArticleInput, InvalidArticle, parse_article
from timeline.extraction import Extraction, Tagger, extract
from timeline.ingest.pool import _AHEAD_PER_WORKER, _in_order, _worker_pool
from timeline.ingest.readers import (
    DEFAULT_MAX_RECORD_BYTES,
    SourceRecord,
    display_name,
    input_files,
    read_records,
)
from timeline.ingest.writer import IngestResult, _commit, _present, group_happenings


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
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    group: bool = True,
) -> IngestSummary:
    """Ingest every record of ``paths`` (files or directories), one transaction per article.

    Records are streamed one at a time. A bad record (invalid JSON or UTF-8, an invalid
    article) is passed to ``on_failure`` and counted; the others go on. ``on_record(path,
    position)`` is called after each record with the bytes read so far in that file.
    A record larger than ``max_record_bytes`` is a failure too, read past without being held
    in memory.

    With ``workers`` > 0, articles are tagged in that many worker processes while this one
    validates, stores and reports them, in input order, exactly as without: only the tagging
    moves (see :func:`_ingest_parallel`). ``tagger`` must then be left to the default.

    The stored articles' reports are grouped into happenings once all are stored
    (:func:`timeline.ingest.writer.group_happenings`; not with ``group=False``, which leaves
    the work noted for the next grouping): a whole batch regroups faster than one article at
    a time, and an interrupted run leaves the work noted for the next one.
    """
    summary = IngestSummary()
    sources = _sources(paths, max_record_bytes)
    if workers > 0:
        if tagger is not None:
            raise ValueError("worker processes tag with timeline.temporal: leave tagger unset")
        _ingest_parallel(sources, summary, on_failure, on_record, workers)
        if group:
            group_happenings()
        return summary
    for path, source in sources:
        work = _prepare(source)
        extraction = None
        if isinstance(work, tuple):
            extraction = extract(work[0].body, work[0].reference, tagger, work[0].document_type)
        _settle(work, extraction, summary, on_failure)
        if on_record is not None and isinstance(source, SourceRecord):
            on_record(path, source.position)
    if group:
        group_happenings()
    return summary


def _sources(
    paths: Iterable[str | os.PathLike[str]],
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[tuple[Path, SourceRecord | Failure]]:
    """Every record of every input file, or a :class:`Failure` for a file that cannot be read
    (after the records read from it before the error)."""
    for path in input_files(paths):
        try:
            for source in read_records(path, max_record_bytes):
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
        done = _in_order(
            sources, lambda entry: _dispatch(entry[1], pool), workers * _AHEAD_PER_WORKER
        )
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
    return work, pool.submit(extract, work[0].body, work[0].reference, None, work[0].document_type)
