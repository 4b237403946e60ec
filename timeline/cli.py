"""The ``timeline`` command line (core commands).

The console script is :func:`api.cli.main`, which adds the commands that serve over HTTP
(``serve``, ``demo``) to this group; the core never imports :mod:`api`.
"""

from __future__ import annotations

import click

from timeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """timeline: find when things happened in news articles.

    Tag temporal expressions, ingest articles into a database of dated events, and
    serve ordered timelines over a REST API.
    """
