"""Search by words: a folded-words column on events and articles, indexed; the trigram
indexes of ``0004_text_search_index`` go.

``q`` used to be a substring (``q=UN`` matched "until" and "run"). It is now a list of words
(see :mod:`timeline.queries.search`), matched against a column that holds the folded words of
what is searched (:func:`timeline.words.words_column`): ``event.words`` (the sentence, then the
article's title) and ``article.words`` (the title, then the body). Every match is decided by
the same ``LIKE '% word %'`` on both databases; an index only finds the candidates.

SQLite
    An FTS5 table with ``tokenize='ascii'`` over ``event.words``, *external content*, kept in
    step by triggers (as ``0004`` did). The column holds folded words separated by spaces, so
    the ascii tokenizer (ASCII letters and digits, and every non-ASCII character, are word
    characters) cuts it into exactly those words.

PostgreSQL
    A GIN ``gin_trgm_ops`` index on ``event.words`` (``LIKE`` uses it directly), when the
    ``pg_trgm`` extension is there or can be created; otherwise a warning, and searches scan.

Rows already stored are filled here, in batches, with :func:`timeline.words.words_column` (if
its folding ever changes, a new migration must fill the columns again).
"""

from __future__ import annotations

import peewee as pw

from timeline.migrations.search_indexes import create_external_content_fts, create_pg_trgm
from timeline.words import words_column

#: The FTS5 table (SQLite) and the GIN index (PostgreSQL) over ``event.words``.
SQLITE_FTS = "event_words_fts"
POSTGRES_TRGM = "event_words_trgm"

_OLD_SQLITE_FTS = ("event_text_fts", "article_title_fts")
_OLD_POSTGRES_TRGM = ("event_text_trgm", "article_title_trgm")
_BATCH = 1000


def up(db: pw.Database) -> None:
    postgres = isinstance(db, pw.PostgresqlDatabase)
    if postgres:
        for index in _OLD_POSTGRES_TRGM:
            db.execute_sql(f"DROP INDEX IF EXISTS {index}")
    else:
        for fts in _OLD_SQLITE_FTS:
            for action in ("insert", "delete", "update"):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {fts}_{action}")
            db.execute_sql(f"DROP TABLE IF EXISTS {fts}")
    for table in ("article", "event"):
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN words TEXT NOT NULL DEFAULT ''")
    _fill(db, "SELECT id, title, body FROM article WHERE id > {p} ORDER BY id LIMIT {n}", "article")
    _fill(
        db,
        "SELECT e.id, e.text, a.title FROM event e JOIN article a ON a.id = e.article_id "
        "WHERE e.id > {p} ORDER BY e.id LIMIT {n}",
        "event",
    )
    if postgres:
        _index_postgres(db)
    else:
        _index_sqlite(db)


def _fill(db: pw.Database, select: str, table: str) -> None:
    """Set ``words`` of every row of ``table`` from the texts ``select`` reads (batched)."""
    p = db.param
    last = 0
    while True:
        rows = db.execute_sql(select.format(p=p, n=_BATCH), (last,)).fetchall()
        if not rows:
            return
        for row_id, *texts in rows:
            db.execute_sql(
                f"UPDATE {table} SET words = {p} WHERE id = {p}", (words_column(*texts), row_id)
            )
        last = rows[-1][0]


def _index_sqlite(db: pw.Database) -> None:
    create_external_content_fts(db, SQLITE_FTS, "event", "words", "ascii")


def _index_postgres(db: pw.Database) -> None:
    if not create_pg_trgm(db, "word search"):
        return
    db.execute_sql(f"CREATE INDEX {POSTGRES_TRGM} ON event USING gin (words gin_trgm_ops)")
