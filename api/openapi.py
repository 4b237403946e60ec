"""The OpenAPI document of the API, as committed in ``api/openapi.json``.

``python -m api.openapi > api/openapi.json`` (or ``make openapi``) regenerates the file;
``tests/web_api/test_api_meta.py`` fails when the committed file and the live document differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

COMMITTED = Path(__file__).with_name("openapi.json")


def live_spec() -> dict[str, Any]:
    """The document the app serves at ``/api/v1/openapi.json``. Building the app opens no
    database (the URL below is never connected to), so nothing depends on the environment."""
    from api import create_app

    app = create_app({"TIMELINE_DATABASE_URL": "sqlite:///:memory:"})
    with app.app_context():
        return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()


def render(spec: dict[str, Any]) -> str:
    """The canonical text of the document: two-space JSON, a final newline."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(live_spec()))
