"""The database away: 503, not 500.

When the database cannot be reached (PostgreSQL stopped, restarting or out of connections;
a SQLite file locked past its busy timeout or gone), every endpoint answers
``503 Service Unavailable`` as ``application/problem+json`` with ``Retry-After``, naming the
dependency in ``errors.database``; the web pages answer a 503 page. Nothing is retried in
the request: the client decides, and the next request opens a new connection, so the service
recovers by itself as soon as the database answers again.

The log gets one line when a worker process finds the database gone and one when it finds it
back, not a traceback per request. Errors that are not about reaching the database (a
syntax error, a constraint) stay 500s.
"""

from __future__ import annotations

import logging
import re

import peewee
from flask import Flask, Response, current_app, render_template, request

from api import errors
from timeline import store

log = logging.getLogger("api.availability")

#: Seconds a client is asked to wait before trying again.
RETRY_AFTER_SECONDS = 5

#: SQLite errors that mean "cannot use the file now" (the rest are programming errors).
_SQLITE_UNAVAILABLE = re.compile(
    r"locked|busy|unable to open|disk i/o|readonly|connection", re.IGNORECASE
)


_STATE = "timeline.availability"  # app.extensions key: {"down": bool}, one per worker process


def is_unavailable(error: BaseException) -> bool:
    """Whether ``error`` means the database cannot be reached right now."""
    if isinstance(error, peewee.InterfaceError):
        return True
    if not isinstance(error, peewee.OperationalError):
        return False
    if store.database.obj is not None and store.is_postgres():
        return True  # psycopg2: connection and server state; syntax errors are Programming
    return bool(_SQLITE_UNAVAILABLE.search(str(error)))


def _kind() -> str:
    return "postgresql" if store.database.obj is not None and store.is_postgres() else "sqlite"


def went_away(error: BaseException) -> None:
    """Note (once per outage) that the database is away."""
    state = current_app.extensions[_STATE]
    if not state["down"]:
        state["down"] = True
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        log.warning(
            "database unavailable (%s): %s; answering 503 until it is back", _kind(), reason
        )


def came_back() -> None:
    """Note (once) that the database answers again."""
    state = current_app.extensions[_STATE]
    if state["down"]:
        state["down"] = False
        log.warning("database available again (%s)", _kind())


def unavailable_response() -> Response | tuple[str, int, dict[str, str]]:
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    message = (
        f"The database ({_kind()}) is not answering; try again in {RETRY_AFTER_SECONDS} seconds."
    )
    if request.blueprint == "web":
        return (
            render_template("message.html", title="Temporarily unavailable", message=message),
            503,
            headers,
        )
    return errors.problem(503, message, {"database": [f"{_kind()} is unavailable"]}, headers)


def _handle(error: Exception):
    if not is_unavailable(error):
        raise error
    went_away(error)
    if not store.database.is_closed():
        try:
            store.database.close()
        except peewee.PeeweeException:
            pass
    return unavailable_response()


def _connected() -> None:
    """After the per-request connection opened: the database is (back) up."""
    came_back()


def init_app(app: Flask) -> None:
    """Install the handlers; :func:`_connected` runs after the app's connect hook."""
    app.extensions[_STATE] = {"down": False}
    app.register_error_handler(peewee.OperationalError, _handle)
    app.register_error_handler(peewee.InterfaceError, _handle)
    app.before_request(_connected)
