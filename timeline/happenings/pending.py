"""Noting what grouping has left to do: a row in ``happening_pending`` per change, written in
the transaction that made the change (cheap: no grouping code is loaded here).
:func:`timeline.happenings.grouping.group_pending` consumes them."""

from __future__ import annotations

from timeline.store import database


def mark_article(article_id: int) -> None:
    """Note that ``article_id``'s events need grouping (call inside its ingest transaction)."""
    database.execute_sql(
        f"INSERT INTO happening_pending (article_id) VALUES ({database.param})", (article_id,)
    )


def mark_deleted(article_id: int) -> None:
    """Note that the happenings of ``article_id``'s events will lose them (call before they
    are deleted, in the same transaction)."""
    p = database.param
    database.execute_sql(
        "INSERT INTO happening_pending (happening_id) SELECT DISTINCT he.happening_id FROM "
        f"happening_event he JOIN event e ON e.id = he.event_id WHERE e.article_id = {p}",
        (article_id,),
    )
