"""The Flask application: the REST API (``/api/v1``), its OpenAPI document and docs, and the
web page (:mod:`api.web`).

:func:`create_app` is the only way to build the app (``flask --app api run`` finds it too):

- settings come from :data:`api.settings.SETTINGS` (environment, or the ``config`` mapping);
- the store is bound to ``TIMELINE_DATABASE_URL`` and every request opens its own connection
  and closes it afterwards. Building the app touches no database: the schema is migrated by
  whoever owns it (``timeline serve`` and ``timeline demo`` before their workers start,
  ``timeline db upgrade``, the test suite once per run), never by the factory;
- every error is ``application/problem+json`` (:mod:`api.errors`), including the 500 that Flask
  makes of an unexpected exception (after logging it);
- writes need an API key when keys are configured, and CORS answers the configured origins
  (:mod:`api.security`).
"""

from __future__ import annotations

import http
from collections.abc import Mapping
from typing import Any

import flask_smorest
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask
from flask_smorest.utils import prepare_response

from api import availability, document, errors, headers, ratelimits, schemas, security
from api.settings import load_settings
from timeline import __version__, store

API_PREFIX = "/api/v1"

#: flask-smorest and apispec configuration (not user settings: they fix the documented API).
_OPENAPI_CONFIG = {
    "API_TITLE": "timeline",
    "API_VERSION": __version__,
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": API_PREFIX,
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": "/static/vendor/swagger-ui/",
    "OPENAPI_SWAGGER_UI_CONFIG": {"deepLinking": True, "tryItOutEnabled": True},
    "API_SPEC_OPTIONS": {
        "info": {
            "description": (
                "Event timelines from news articles. Articles are tagged for temporal "
                "expressions, which are resolved against the publication time into intervals; "
                "the dated events are served in timeline order. Errors are "
                "application/problem+json (RFC 9457)."
            ),
            "license": {"name": "MIT"},
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "One of the keys in TIMELINE_API_KEYS (only when it is set).",
                }
            }
        },
    },
}


class Api(flask_smorest.Api):
    """flask-smorest's Api with problem+json errors, in the app and in the document."""

    ERROR_SCHEMA = errors.ProblemSchema

    def handle_http_exception(self, error):
        return errors.handle_http_exception(error)

    def _register_responses(self):
        """Document every error response as ``application/problem+json``."""
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, errors.PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Any error (problem+json)", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, errors.PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app. ``config`` overrides settings and Flask config keys (tests pass
    ``{"TIMELINE_DATABASE_URL": ..., "TESTING": True}``).

    The store is bound process-wide (:data:`timeline.store.database`), so the app created last
    in a process is the one whose database every app in it uses: one app per process, as
    gunicorn runs it.
    """
    app = Flask(__name__)
    settings = load_settings(config)
    app.config.update(settings)
    app.config.update(_OPENAPI_CONFIG)
    app.config["MAX_CONTENT_LENGTH"] = settings["TIMELINE_MAX_BODY_BYTES"]
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    if config:
        app.config.update({k: v for k, v in config.items() if k not in settings})

    # The store: bound (not connected, not migrated), then one connection per request.
    store.init_db(settings["TIMELINE_DATABASE_URL"], migrate=False)

    @app.before_request
    def _connect() -> None:
        store.database.connect(reuse_if_open=True)

    @app.teardown_request
    def _close(_exc: BaseException | None) -> None:
        if not store.database.is_closed():
            store.database.close()

    api = Api(app, spec_kwargs={"marshmallow_plugin": MarshmallowPlugin()})
    api.register_field(schemas.Moment, "string", None)  # its pattern says what it accepts
    # Answer shapes of /events formats that no decorator names (see resources._EVENT_FORMATS_DOC).
    api.spec.components.schema("TimelineJS", schema=schemas.TimelineJSSchema)
    api.spec.components.schema("GrafanaAnnotation", schema=schemas.GrafanaAnnotationSchema)

    from api import grafana, resources, web

    for blueprint in resources.BLUEPRINTS:
        api.register_blueprint(blueprint, url_prefix=API_PREFIX)
    api.register_blueprint(grafana.grafana, url_prefix=f"{API_PREFIX}/grafana")
    from api import digest

    api.register_blueprint(digest.blp, url_prefix=API_PREFIX)
    app.register_blueprint(web.bp)
    security.init_app(app)
    availability.init_app(app)
    headers.init_app(app)
    ratelimits.init_app(app)
    document.install(api.spec, app.config)  # the served document fits these settings
    return app
