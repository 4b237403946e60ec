"""The ``timeline`` command line (core commands).

The console script is :func:`api.cli.main`, which adds the commands that serve over HTTP
(``serve``, ``demo``) to this group; the core never imports :mod:`api`.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

import click

from timeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """timeline: find when things happened in news articles.

    Tag temporal expressions, ingest articles into a database of dated events, and
    serve ordered timelines over a REST API.
    """


# --- tag / eval: the tagger's command-line face (DESIGN.md "The temporal contract") ---


class ReferenceType(click.ParamType):
    """An ISO 8601 date or datetime, with an optional UTC offset (``2022-05-14``,
    ``2022-05-14T09:30``, ``2022-05-14T09:30:00+03:00``, ``2022-05-14T07:00Z``)."""

    name = "DATE|DATETIME"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> date | datetime:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(text)
            except ValueError:
                pass
        self.fail(f"{value!r} is not an ISO 8601 date or datetime; use e.g. 2022-05-14 "
                  f"or 2022-05-14T09:30+03:00", param, ctx)


def _read_text(path: str) -> str:
    """The text of ``path`` (``-`` = stdin) as UTF-8, without newline translation."""
    try:
        if path == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise click.ClickException(f"{path}: not UTF-8 text ({error})") from None


@cli.command()
@click.option("--reference", "-r", required=True, type=ReferenceType(),
              help="The time the text was written (its publication time): an ISO date or "
                   "datetime, optionally with a UTC offset. Relative expressions resolve "
                   "against it; a date is midnight UTC.")
@click.option("--format", "-f", "output_format", type=click.Choice(["json", "timeml"]),
              default="json", show_default=True,
              help="json: the expressions with offsets, values and intervals; timeml: the text "
                   "with inline TIMEX3 tags and the reference as its DCT.")
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
def tag(reference: date | datetime, output_format: str, file: str) -> None:
    """Find and resolve the temporal expressions in FILE (default: stdin).

    The text is read as UTF-8 exactly as stored (no newline translation), and every
    offset printed counts Python characters into that text. For example

    \b
        $ echo "Shelling resumed late Wednesday." | timeline tag -r 2022-05-14
        {"reference": "2022-05-14", "timexes": [{"start": 17, "end": 31,
         "text": "late Wednesday", "type": "DATE", "value": "2022-05-11",
         "mod": "END", "interval": {"start": "2022-05-11T16:00:00+00:00",
         "end": "2022-05-12T00:00:00+00:00"}, "granularity": "day", ...}]}

    Each expression names the rule that produced it ("rule"), and carries a "signal"
    such as "since" or "until" when one governs it.
    """
    from timeline.temporal import tag as tag_text
    from timeline.timeml import write

    text = _read_text(file)
    timexes = tag_text(text, reference)
    if output_format == "timeml":
        click.echo(write(text, reference, timexes), nl=False)
    else:
        click.echo(json.dumps({"reference": reference.isoformat(),
                               "timexes": [t.to_json() for t in timexes]},
                              ensure_ascii=False, indent=2))


@cli.command("eval")
@click.argument("directory", type=click.Path(exists=True))
@click.option("--errors", is_flag=True,
              help="Before the scores, list every missed, spurious, wrongly valued or typed "
                   "and mis-spanned expression with its document and context.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--tagger", type=click.Choice(["timeline", "dateparser"]), default="timeline",
              show_default=True,
              help="The tagger to score; dateparser = dateparser.search.search_dates, "
                   "the baseline.")
def eval_command(directory: str, errors: bool, as_json: bool, tagger: str) -> None:
    """Score the tagger on the TimeML files under DIRECTORY (TempEval-3 Task A).

    Every *.tml file found recursively is tagged with its DCT date as the reference and
    compared with its gold TIMEX3s: strict span P/R/F1 (same offsets), relaxed span P/R/F1
    (overlap, one-to-one), and type and value accuracy over relaxed matches, whose F1 is
    relaxed F1 x accuracy. For example

    \b
        $ timeline eval data/timebank --errors | grep -w missed | head
        $ timeline eval data/timebank --tagger dateparser --json
    """
    from timeline.evaluation import run

    try:
        run(directory, tagger, errors, as_json)
    except (FileNotFoundError, ValueError) as error:
        raise click.ClickException(str(error)) from None
