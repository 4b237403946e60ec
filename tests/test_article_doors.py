"""One set of rules for an article at both doors: ``timeline ingest`` and
``POST /api/v1/articles`` accept and refuse the same records, and ignore the same unknown keys."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from api import create_app
from timeline.articles import InvalidArticle, parse_article
from timeline.cli import cli

GOOD = {
    "title": "Talks",
    "body": "Talks resumed on 2022-05-11.",
    "published_at": "2022-05-14T09:30:00+03:00",
    "source": "Wire",
}

RECORDS = [
    GOOD,
    {**GOOD, "author": "someone", "tags": ["a"]},  # unknown keys: ignored by both
    {**GOOD, "title": "  "},
    {**GOOD, "title": 5},
    {**GOOD, "published_at": "last spring"},
    {k: v for k, v in GOOD.items() if k != "body"},
    {**GOOD, "url": ""},
    {**GOOD, "source": None},
]


def _cli_accepts(record, tmp_path, database_url) -> bool:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record))
    result = CliRunner().invoke(cli, ["ingest", "--database-url", database_url, str(path)])
    return result.exit_code == 0  # 1 when a record failed


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: json.dumps(r)[:60])
def test_both_doors_apply_the_same_rules(record, db, database_url, tmp_path):
    try:
        parse_article(record)
        valid = True
    except InvalidArticle:
        valid = False
    client = create_app({"TIMELINE_DATABASE_URL": database_url, "TESTING": True}).test_client()
    response = client.post("/api/v1/articles", json=record)
    assert response.status_code == (201 if valid else 422), response.get_json()
    if valid:
        assert response.get_json()["title"] == record["title"]
        assert "author" not in response.get_json()
    db.close()
    assert _cli_accepts(record, tmp_path, database_url) is valid


@pytest.mark.parametrize(
    "text",
    [
        "2022-05-14",
        "20220514",
        "2022-05-14T09:30",
        "2022-05-14T09:30:00+03:00",
        "2022-05-14T07:00Z",
        " 2022-05-14 ",
        "May 14",
        "2022-13-01",
        "2022-05-14T25:00",
        "",
    ],
)
def test_one_iso_8601_parser_for_every_door(text):
    """The article's publication time, the CLI's --reference/--from/--to, the API's times and
    the page's reference field accept the same strings, and read them alike."""
    import click

    from api.schemas import Moment as MomentField
    from api.web import parse_reference
    from timeline.articles import parse_moment
    from timeline.cli import MomentType, ReferenceType

    try:
        expected = parse_moment(text)
    except ValueError:
        expected = None
    for convert in (MomentType().convert, ReferenceType().convert):
        try:
            got = convert(text, None, None)
        except click.BadParameter:
            got = None
        assert (got is None) == (expected is None), (convert, text)
    assert (parse_reference(text) is None) == (expected is None)
    try:
        loaded = MomentField().deserialize(text)
    except Exception:
        loaded = None
    assert loaded == (expected.value if expected else None)
    if expected is not None:
        assert MomentType().convert(text, None, None) == expected.value


def test_the_documented_white_space_is_what_strip_removes():
    """The patterns of the document spell white space out (JSON Schema's \\s is ECMAScript's):
    the class must be exactly what ``str.strip`` removes, or the document and the validator
    disagree on a blank title."""
    import re
    import sys

    from timeline.articles import SPACE

    space = re.compile(f"[{SPACE}]")
    differ = [
        hex(c) for c in range(sys.maxunicode + 1) if bool(space.match(chr(c))) != chr(c).isspace()
    ]
    assert differ == []
