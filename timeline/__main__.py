"""``python -m timeline``: the core command line (``tag``, ``eval``, ...) without the web layer."""

from timeline.cli import cli

if __name__ == "__main__":
    cli(prog_name="timeline")
