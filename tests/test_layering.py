"""The dependency direction of docs/design.md, checked on the source: ``api -> timeline``, never the
reverse; the tagger knows nothing of storage, Flask or marshmallow."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", sources("timeline"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_the_web_layer(path):
    forbidden = {"api", "flask", "flask_smorest", "marshmallow", "webargs", "apispec"}
    assert not {top(m) for m in imported_modules(path)} & forbidden


@pytest.mark.parametrize(
    "path", sources("timeline/temporal"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_tagger_never_imports_storage_or_ingestion(path):
    for module in imported_modules(path):
        assert top(module) not in {"peewee", "playhouse", "sqlite3", "psycopg2"}, module
        if top(module) == "timeline":
            assert module.startswith("timeline.temporal"), module


@pytest.mark.parametrize(
    "path", sources("timeline/temporal"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_tagger_never_reads_the_clock(path):
    text = path.read_text(encoding="utf-8")
    for call in ("datetime.now(", "date.today(", "time.time(", "datetime.utcnow("):
        assert call not in text, f"{path.name} reads the clock: {call}"
