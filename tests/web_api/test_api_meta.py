"""Health, resolve, CORS, settings, the OpenAPI document and the offline docs page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from api import create_app
from api.openapi import COMMITTED, render
from api.settings import SETTINGS, load_settings
from timeline.store import Article

ROOT = Path(__file__).resolve().parents[2]


def test_health(client):
    body = client.get("/api/v1/health").get_json()
    assert body["status"] == "ok"
    assert body["database"] in ("sqlite", "postgresql")


def test_resolve_tags_and_stores_nothing(client):
    response = client.post(
        "/api/v1/resolve",
        json={"text": "The talks ended late Wednesday.", "reference": "2022-05-14T09:30:00+03:00"},
    )
    assert response.status_code == 200, response.data
    body = response.get_json()
    assert body["reference"] == "2022-05-14T09:30:00+03:00"
    wednesday = next(t for t in body["timexes"] if "Wednesday" in t["text"])
    assert wednesday["value"] == "2022-05-11"
    assert (
        "The talks ended late Wednesday."[wednesday["start"] : wednesday["end"]]
        == wednesday["text"]
    )
    assert Article.select().count() == 0


def test_resolve_prefer_settles_a_phrase_without_tense(client):
    def value(**extra):
        response = client.post(
            "/api/v1/resolve",
            json={"text": "at 3 in the morning", "reference": "2022-05-14T09:30:00+00:00", **extra},
        )
        assert response.status_code == 200, response.data
        return response.get_json()["timexes"][0]["value"]

    assert value(prefer="future") == "2022-05-15T03:00"
    assert value(prefer="past") == "2022-05-14T03:00"
    assert value() == "2022-05-14T03:00"


def test_resolve_rejects_an_unknown_prefer(client):
    response = client.post(
        "/api/v1/resolve", json={"text": "monday", "reference": "2022-05-14", "prefer": "soon"}
    )
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
    assert "prefer" in response.get_data(as_text=True)


def test_resolve_locale_orders_a_numeric_date(client):
    response = client.post(
        "/api/v1/resolve", json={"text": "3/4/2021", "reference": "2022-05-14", "locale": "en-GB"}
    )
    assert response.get_json()["timexes"][0]["value"] == "2021-04-03"


# --- CORS ------------------------------------------------------------------------------------


@pytest.fixture
def cors_client(db, database_url):
    return create_app(
        {
            "TIMELINE_DATABASE_URL": database_url,
            "TIMELINE_CORS_ORIGINS": "https://grafana.example.org",
        }
    ).test_client()


def test_cors_allowed_origin(cors_client):
    response = cors_client.get("/api/v1/events", headers={"Origin": "https://grafana.example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://grafana.example.org"
    assert "Link" in response.headers["Access-Control-Expose-Headers"]
    assert "Origin" in response.headers["Vary"]


def test_cors_other_origin_gets_no_grant(cors_client):
    response = cors_client.get("/api/v1/events", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_preflight(cors_client):
    response = cors_client.options(
        "/api/v1/articles",
        headers={
            "Origin": "https://grafana.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert response.status_code == 200
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in response.headers["Access-Control-Allow-Headers"]


def test_cors_off_by_default(client):
    response = client.get("/api/v1/events", headers={"Origin": "https://grafana.example.org"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_wildcard(db, database_url):
    client = create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TIMELINE_CORS_ORIGINS": "*"}
    ).test_client()
    response = client.get("/api/v1/health", headers={"Origin": "https://any.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


# --- settings --------------------------------------------------------------------------------


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert re.search(rf"^\| `{setting.name}` \|", doc, re.MULTILINE), setting.name


def test_settings_come_from_config_then_environment_then_default():
    environ = {"TIMELINE_API_KEYS": "a,b", "TIMELINE_MAX_BODY_BYTES": "10"}
    values = load_settings({"TIMELINE_MAX_BODY_BYTES": 5}, environ)
    assert values["TIMELINE_API_KEYS"] == ("a", "b")
    assert values["TIMELINE_MAX_BODY_BYTES"] == 5
    assert values["TIMELINE_READS_REQUIRE_KEY"] is False
    assert values["TIMELINE_CORS_ORIGINS"] == ()


def test_a_bad_setting_names_itself():
    with pytest.raises(ValueError, match="TIMELINE_READS_REQUIRE_KEY"):
        load_settings({}, {"TIMELINE_READS_REQUIRE_KEY": "maybe"})


# --- the OpenAPI document and the docs page ----------------------------------------------------


def test_committed_openapi_matches_the_live_document(client):
    live = client.get("/api/v1/openapi.json").get_json()
    assert COMMITTED.read_text(encoding="utf-8") == render(live), (
        "api/openapi.json is stale: run `make openapi` (python -m api.openapi > "
        "api/openapi.json) and commit it"
    )


def test_openapi_documents_every_endpoint_and_problem_errors(client):
    spec = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert set(spec["paths"]) == {
        "/api/v1/health",
        "/api/v1/resolve",
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/events",
        "/api/v1/timeline",
        "/api/v1/sources",
        "/api/v1/sources/{source_id}",
        "/api/v1/happenings",
        "/api/v1/happenings/{happening_id}",
        "/api/v1/digest",
        *(
            f"/api/v1/grafana/{p}"
            for p in ("", "search", "metrics", "query", "annotations", "tag-keys", "tag-values")
        ),
    }
    default_error = spec["components"]["responses"]["DEFAULT_ERROR"]
    assert list(default_error["content"]) == ["application/problem+json"]
    formats = spec["paths"]["/api/v1/events"]["get"]["responses"]["200"]["content"]
    assert set(formats) == {
        "application/json",
        "text/csv",
        "application/x-ndjson",
        "text/calendar",
        "application/vnd.apache.parquet",
    }


def test_docs_page_loads_only_local_assets(client):
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    html = page.data.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets, html
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by the app"
        with client.get(asset) as response:  # a file response: close it
            assert response.status_code == 200, asset
    assert "/api/v1/openapi.json" in html


def test_vendored_docs_ui_carries_its_license():
    vendor = ROOT / "api" / "static" / "vendor" / "swagger-ui"
    assert "Apache License" in (vendor / "LICENSE").read_text(encoding="utf-8")
    assert "swagger-ui-dist" in (vendor / "SOURCE.md").read_text(encoding="utf-8")


def test_every_export_format_is_offered_and_documented(client):
    """The export formats are listed once (timeline.exports.FORMATS): the ``format`` parameter,
    the media types a client may ask for with Accept and the documented answers follow it."""
    from api import resources
    from timeline import exports

    spec = client.get("/api/v1/openapi.json").get_json()
    get = spec["paths"]["/api/v1/events"]["get"]
    (fmt,) = [p for p in get["parameters"] if p["name"] == "format"]
    assert fmt["schema"]["enum"] == ["json", *exports.FORMATS]
    content = get["responses"]["200"]["content"]
    for f in exports.FORMATS.values():
        assert f.name in fmt["description"]
        assert f.essence in content
        if f.essence == "application/json":
            assert resources.JSON_FORMAT_SHAPES[f.name] in content[f.essence]["schema"]["anyOf"]
        else:
            assert resources._ACCEPTED[f.essence] == f.name
