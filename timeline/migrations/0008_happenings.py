"""Happenings: events of one or many articles that report the same thing at the same time.

Four tables, all derived from the events (:mod:`timeline.happenings` fills them):

``happening``
    One row per happening: its interval (``start``/``end``, UTC, with the ``span_class`` of
    the events and the UTC offset it is shown in), ``granularity``, ``title`` (its most
    central report), ``importance`` and ``why``, and its ``places`` and ``names`` as JSON.
    Counts of sources, articles and events are not stored: they are read through the links.
``happening_event``
    The link: one row per expression-dated event that belongs to a happening, with the
    features grouping compares (``terms``: the sentence's words without its temporal
    expressions; ``places``: its gazetteer ids), computed once per event. Deleting an event
    deletes its link (``ON DELETE CASCADE``).
``happening_place``
    Which gazetteer places each happening has, for ``place=`` filters.
``happening_pending``
    Work left for grouping: articles whose events are not grouped yet and happenings that
    lost events. Ingestion and deletion add rows; :func:`timeline.happenings.group_pending`
    consumes them in one transaction, so an interrupted grouping is simply run again.

Every stored article is marked pending here, so the next grouping (any ingest, or
``timeline reprocess``) builds the happenings of a database that had none.
"""

from __future__ import annotations

import peewee as pw


def up(db: pw.Database) -> None:
    """Create the happening tables and mark every stored article for grouping."""
    postgres = isinstance(db, pw.PostgresqlDatabase)
    key = "SERIAL PRIMARY KEY" if postgres else "INTEGER NOT NULL PRIMARY KEY"
    stamp = "TIMESTAMP"
    real = "DOUBLE PRECISION" if postgres else "REAL"
    db.execute_sql(
        f'CREATE TABLE happening (id {key}, "start" {stamp} NOT NULL, "end" {stamp} NOT NULL, '
        "granularity VARCHAR(16) NOT NULL, span_class SMALLINT NOT NULL, "
        "utc_offset_minutes INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL, "
        f"title_event_id INTEGER, importance {real} NOT NULL DEFAULT 0, why TEXT NOT NULL "
        "DEFAULT '', places TEXT NOT NULL DEFAULT '[]', names TEXT NOT NULL DEFAULT '[]')"
    )
    db.execute_sql('CREATE INDEX happening_start_end_id ON happening ("start", "end", id)')
    db.execute_sql(
        "CREATE INDEX happening_span_class_start_end_id ON happening "
        '(span_class, "start", "end", id)'
    )
    db.execute_sql("CREATE INDEX happening_importance_id ON happening (importance, id)")
    db.execute_sql(
        "CREATE TABLE happening_event (event_id INTEGER NOT NULL PRIMARY KEY "
        "REFERENCES event (id) ON DELETE CASCADE ON UPDATE CASCADE, happening_id INTEGER NOT NULL "
        "REFERENCES happening (id) ON DELETE CASCADE, terms TEXT NOT NULL, "
        "places TEXT NOT NULL DEFAULT '')"
    )
    db.execute_sql(
        "CREATE INDEX happening_event_happening_id_event_id ON happening_event "
        "(happening_id, event_id)"
    )
    db.execute_sql(
        "CREATE TABLE happening_place (happening_id INTEGER NOT NULL REFERENCES happening (id) "
        "ON DELETE CASCADE, place_id VARCHAR(32) NOT NULL)"
    )
    db.execute_sql("CREATE INDEX happening_place_happening_id ON happening_place (happening_id)")
    db.execute_sql(
        "CREATE INDEX happening_place_place_id_happening_id ON happening_place "
        "(place_id, happening_id)"
    )
    db.execute_sql(
        f"CREATE TABLE happening_pending (id {key}, article_id INTEGER, happening_id INTEGER)"
    )
    db.execute_sql("INSERT INTO happening_pending (article_id) SELECT id FROM article")
