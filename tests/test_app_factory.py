"""The app factory has no side effects: building the app opens, creates and migrates nothing."""

from __future__ import annotations

from api import create_app
from api.openapi import live_spec


def test_create_app_does_not_touch_the_database(tmp_path):
    path = tmp_path / "never.db"
    app = create_app({"TIMELINE_DATABASE_URL": f"sqlite:///{path}", "TESTING": True})
    assert app.url_map is not None
    assert not path.exists()


def test_the_openapi_document_needs_no_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    spec = live_spec()
    assert spec["paths"]["/api/v1/events"]
    assert list(tmp_path.iterdir()) == []
