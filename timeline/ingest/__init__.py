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

Its parts, one job each: :mod:`timeline.articles` validates a record (both doors use it),
:mod:`.writer` stores one article, :mod:`.readers` reads files and streams, :mod:`.files`
ingests paths, :mod:`.pool` runs the tagging worker processes, :mod:`.reprocess` re-derives
stored articles.
"""

from timeline.articles import ArticleInput, InvalidArticle, parse_article, parse_published_at
from timeline.ingest.files import Failure, IngestSummary, ingest_paths
from timeline.ingest.readers import (
    INPUT_SUFFIXES,
    STDIN,
    SourceRecord,
    display_name,
    input_files,
    read_records,
    read_stream,
)
from timeline.ingest.reprocess import ReprocessResult, reprocess
from timeline.ingest.writer import STATUSES, IngestResult, delete_article, ingest_article

__all__ = [
    "INPUT_SUFFIXES",
    "STATUSES",
    "STDIN",
    "ArticleInput",
    "Failure",
    "IngestResult",
    "IngestSummary",
    "InvalidArticle",
    "ReprocessResult",
    "SourceRecord",
    "delete_article",
    "display_name",
    "ingest_article",
    "ingest_paths",
    "input_files",
    "parse_article",
    "parse_published_at",
    "read_records",
    "read_stream",
    "reprocess",
]
