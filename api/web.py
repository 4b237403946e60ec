"""Server-rendered web pages for the timeline service.

The blueprint ``bp`` serves the human-facing pages at ``/`` (timeline view),
``/articles/<id>`` (article view) and ``/try`` (the "try it" panel). The pages
are rendered with Jinja templates from ``api/templates`` and enhanced by a small
vanilla JavaScript file in ``api/static/app``; all data comes from the REST API
under ``/api/v1`` so the page and the API never disagree.
"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static")


@bp.get("/")
def timeline_page() -> str:
    """Render the timeline view (placeholder until the templates land)."""
    return "timeline"
