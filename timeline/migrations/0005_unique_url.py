"""One article per URL: the index on ``article.url`` becomes unique.

Ingestion treats the same URL with other content as an *update* of the stored article, so a
URL names at most one article. Before this migration the rule was only checked, not enforced:
two writers storing different content under one URL at the same moment (PostgreSQL, where
they do not queue for a lock) could both insert. With the unique index the second one fails,
looks again and updates instead (:func:`timeline.ingest.ingest_article`).

A database that already holds such twins keeps every article: for each URL held by several,
the most recently ingested one keeps it (its content is what one writer after the other would
have left) and the others' ``url`` is cleared, with a warning naming how many.
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)


def up(db: pw.Database) -> None:
    """Clear the URL of all but the newest article per URL, then make ``article_url`` unique."""
    cursor = db.execute_sql(
        "UPDATE article SET url = NULL WHERE url IS NOT NULL AND id <> "
        "(SELECT newest.id FROM article AS newest WHERE newest.url = article.url "
        "ORDER BY newest.ingested_at DESC, newest.id DESC LIMIT 1)"
    )
    if cursor.rowcount:
        log.warning(
            "%d article(s) shared a URL with a newer one; their url was cleared "
            "(the articles are kept)",
            cursor.rowcount,
        )
    db.execute_sql("DROP INDEX IF EXISTS article_url")
    db.execute_sql("CREATE UNIQUE INDEX article_url ON article (url)")
