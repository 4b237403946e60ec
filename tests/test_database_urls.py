"""Database URLs timeline cannot use get one line saying how to write them, no traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.database_url import InvalidDatabaseURL, check_database_url


@pytest.mark.parametrize(
    ("url", "advice"),
    [
        ("x.db", "sqlite:///x.db"),
        ("timeline", "sqlite:///timeline.db"),
        ("sqlite://relative.db", "sqlite:///relative.db"),
        ("mysql://user@host/db", "SQLite or PostgreSQL"),
        ("sqlite://", "names no file"),
        ("postgresql://user@host:5432", "names no database"),
    ],
)
def test_bad_urls_are_refused_with_the_fix(url, advice):
    with pytest.raises(InvalidDatabaseURL) as caught:
        check_database_url(url)
    assert advice in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///x.db",
        "sqlite:////tmp/x.db",
        "postgresql://postgres@127.0.0.1:5432/h13",
        "postgres://u:p@db/name",
        "sqliteext:///x.db",
    ],
)
def test_good_urls_pass(url):
    check_database_url(url)


@pytest.mark.parametrize(
    "url",
    ["x.db", "sqlite://relative.db", "mysql://u@h/db", "postgresql://nobody@127.0.0.1:1/nothing"],
)
def test_commands_print_one_line_and_no_traceback(url):
    result = CliRunner().invoke(cli, ["events", "--database-url", url])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output
