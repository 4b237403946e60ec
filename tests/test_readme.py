"""The README's opening example is what the tagger prints."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_opening_example_is_true():
    text = README.read_text(encoding="utf-8")
    block = re.search(
        r"```console\n\$ echo \"(?P<input>[^\"]+)\".*?\n(?P<out>\{.*?\]\})\n```", text, re.S
    )
    assert block, "README lost its opening example"
    shown = json.loads(block["out"])
    result = CliRunner().invoke(
        cli, ["tag", "--reference", shown["reference"]], input=block["input"] + "\n"
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed == shown
