"""The ``timeline`` command line (core commands).

The console script is :func:`api.cli.main`, which adds the commands that serve over HTTP
(``serve``, ``demo``) to this group; the core never imports :mod:`api`.
"""

from __future__ import annotations

import contextlib
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
@click.option("--prefer", type=click.Choice(["past", "future", "nearest"]), default=None,
              help="The direction of an expression whose text gives none, such as an "
                   "isolated 'monday' or 'at 3 in the morning': the last one (past), the next "
                   "one (future, Duckling's convention) or the nearest. By default the tense "
                   "of the sentence decides, as news readers expect.")
@click.option("--locale", default=None, metavar="LOCALE",
              help="The locale of the text, for numeric dates: 'en-GB' or 'fr' read 3/4/2021 "
                   "as 3 April, 'en-US' (the default) as March 4.")
@click.option("--document-type", "document_type", default="auto", show_default=True,
              type=click.Choice(["auto", "news", "narrative", "colloquial"]),
              help="What kind of text it is, which decides where underspecified dates find "
                   "their year: news (the publication, or a background paragraph's year in "
                   "a past clause), narrative (the year the story is in: 'The war began in "
                   "1939. In September, ...' is 1939-09), colloquial (tweets and chat: "
                   "'tmrw', 'this sat', '430pm', bare 'day'); auto decides from the text.")
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
def tag(reference: date | datetime, output_format: str, prefer: str | None,
        locale: str | None, document_type: str, file: str) -> None:
    """Find and resolve the temporal expressions in FILE (default: stdin).

    The text is read as UTF-8 exactly as stored (no newline translation), and every
    offset printed counts Python characters into that text. For example

    \b
        $ echo "Shelling resumed late Wednesday." | timeline tag -r 2022-05-14
        {"reference": "2022-05-14", "document_type": "news",
         "timexes": [{"start": 17, "end": 31,
         "text": "late Wednesday", "type": "DATE", "value": "2022-05-11",
         "mod": "END", "interval": {"start": "2022-05-11T16:00:00+00:00",
         "end": "2022-05-12T00:00:00+00:00"}, "granularity": "day", ...}]}

    Each expression names the rule that produced it ("rule"), and carries a "signal"
    such as "since" or "until" when one governs it; "document_type" says how the text was
    read (--document-type, or what auto decided):

    \b
        $ echo "The war began in 1939. In September, Germany invaded Poland." \\
            | timeline tag -r 2024-05-01 --document-type narrative
        ... "text": "September", "type": "DATE", "value": "1939-09" ...

    A phrase without tense reads the way --prefer says:

    \b
        $ echo "monday at 3 in the morning" | timeline tag -r 2022-05-14 --prefer future
    """
    from timeline.temporal import tag as tag_text
    from timeline.temporal.engine import resolve_document_type as document_type_of
    from timeline.timeml import write

    text = _read_text(file)
    kind = document_type_of(text, reference, document_type)
    timexes = tag_text(text, reference, document_type=kind, prefer=prefer, locale=locale)
    if output_format == "timeml":
        click.echo(write(text, reference, timexes), nl=False)
    else:
        click.echo(json.dumps({"reference": reference.isoformat(),
                               "document_type": kind,
                               "timexes": [t.to_json() for t in timexes]},
                              ensure_ascii=False, indent=2))


@cli.command("eval")
@click.argument("directories", metavar="DIRECTORY...", nargs=-1, required=True,
                type=click.Path(exists=True))
@click.option("--errors", is_flag=True,
              help="Before the scores, list every missed, spurious, wrongly valued or typed "
                   "and mis-spanned expression with its document and context.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the scores (with --errors, also the errors) as one JSON object.")
@click.option("--tagger", type=click.Choice(["timeline", "dateparser"]), default="timeline",
              show_default=True,
              help="The tagger to score; dateparser = dateparser.search.search_dates, "
                   "the baseline.")
def eval_command(directories: tuple[str, ...], errors: bool, as_json: bool, tagger: str) -> None:
    """Score the tagger on the TimeML files under each DIRECTORY (TempEval-3 Task A).

    Every *.tml file found recursively is tagged with its DCT date as the reference and
    compared with its gold TIMEX3s: strict span P/R/F1 (same offsets), relaxed span P/R/F1
    (overlap, one-to-one), and type and value accuracy over relaxed matches, whose F1 is
    relaxed F1 x accuracy. Each text is read as its document type decides (auto: a tweet is
    colloquial, a history a narrative, see timeline tag --help). Several directories are
    scored one after the other, each under a "== DIRECTORY" heading (with --json, one JSON
    object per line). For example

    \b
        $ timeline eval data/timebank data/tweets-train
        $ timeline eval data/timebank --errors | grep -w missed | head
        $ timeline eval data/timebank --tagger dateparser --json
    """
    from timeline.evaluation import run

    for directory in directories:
        if len(directories) > 1 and not as_json:
            click.echo(f"== {directory}")
        try:
            run(directory, tagger, errors, as_json)
        except (FileNotFoundError, ValueError) as error:
            raise click.ClickException(str(error)) from None


# --- ingestion and storage: ingest, events, db upgrade, reprocess -----------------------------

_database_url_option = click.option(
    "--database-url", envvar="TIMELINE_DATABASE_URL", metavar="URL",
    help="The database (SQLite or PostgreSQL URL, e.g. sqlite:///timeline.db or "
         "postgresql://user@host/db). Default: $TIMELINE_DATABASE_URL, else a SQLite file in "
         "$XDG_DATA_HOME/timeline (~/.local/share/timeline).",
)


def _open_database(url: str | None, *, migrate: bool = True):
    """Bind the store to ``url`` (schema brought up to date), or exit with a clear message."""
    import peewee

    from timeline.store import init_db

    try:
        return init_db(url, migrate=migrate)
    except peewee.OperationalError as error:
        raise click.ClickException(f"cannot open the database: {error}") from None


_workers_option = click.option(
    "--workers", "-w", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
    help="Tag the articles in this many worker processes while this one stores them (0: tag "
         "here too). With C cores, C - 1 is a good choice.")


def _show_progress(flag: bool | None) -> bool:
    return flag if flag is not None else sys.stderr.isatty()


@cli.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, allow_dash=True))
@_database_url_option
@click.option("--progress/--no-progress", default=None,
              help="Show progress on stderr (default: when stderr is a terminal).")
@_workers_option
def ingest(paths: tuple[str, ...], database_url: str | None, progress: bool | None,
           workers: int) -> None:
    """Ingest the articles in PATHS: JSON files, JSONL files and directories of them; - reads
    standard input.

    A JSON file holds one article or a list of them; a JSONL (.jsonl, .ndjson) file one
    article per line; directories are searched recursively for *.json, *.jsonl and *.ndjson.
    On standard input the format is told from the first line: JSONL if it is a whole article,
    else JSON. An article is an object with "title", "body" and "published_at" (ISO 8601 date
    or datetime; without an offset it is UTC), and optionally "url", "source", "language"
    and "document_type" (news, narrative, colloquial or auto: how the body is read; see
    timeline tag --help). Input is streamed one record at a time, and each article is
    committed with its events on its own, so an interrupted run can simply be repeated: what
    was stored is reported as already present.

    Tagging takes half the time; --workers moves it to other processes, so storing and
    tagging overlap (results, their order and the messages stay the same).

    Bad records are reported on stderr as FILE:LINE: REASON (<stdin>:LINE for standard
    input) and skipped; the exit status is then 1. For example

    \b
        $ timeline ingest fixtures/batch.jsonl
        fixtures/batch.jsonl:4: invalid JSON: Unterminated string starting at (column 39)
        ingested 5, already present 0, updated 0, failed 1 (7 events, 0.0 s)
        $ curl -s https://example.org/feed.jsonl | timeline ingest -
        $ timeline ingest --workers 3 archive/
    """
    import time
    from pathlib import Path

    from timeline.ingest import STDIN, Failure, ingest_paths, input_files

    try:
        files = input_files(paths)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    _open_database(database_url)
    sizes = {path: path.stat().st_size for path in files if path != STDIN}
    offsets = {}  # bytes in the files before each file: progress is counted in bytes read
    total = 0
    for path in files:
        offsets[path] = total
        total += sizes.get(path, 0)
    show = _show_progress(progress)
    bar = None
    counter = _Counter() if show and STDIN in files else None
    if STDIN in files and sys.stdin.isatty():
        click.echo("reading articles from the terminal (JSON or JSONL; end with Ctrl-D)",
                   err=True)
    started = time.perf_counter()

    def on_failure(failure: Failure) -> None:
        prefix = "\r\x1b[K" if show else ""
        click.echo(f"{prefix}{failure}", err=True)

    def on_record(path: Path, position: int) -> None:
        if counter is not None:
            counter.tick(time.perf_counter() - started)
        elif bar is not None:
            bar.update(offsets[path] + min(position, sizes[path]) - bar.pos)

    try:
        with _worker_deaths_explained(), contextlib.ExitStack() as stack:
            if show and counter is None:
                bar = stack.enter_context(click.progressbar(
                    length=max(total, 1), label="ingesting", file=sys.stderr, show_pos=False,
                    width=30))
            summary = ingest_paths(files, on_failure=on_failure, on_record=on_record,
                                   workers=workers)
    finally:
        if counter is not None:
            counter.done()
    elapsed = time.perf_counter() - started
    click.echo(
        f"ingested {summary.ingested}, already present {summary.present}, "
        f"updated {summary.updated}, failed {summary.failed} "
        f"({summary.events} events, {elapsed:.1f} s)"
    )
    if summary.failed:
        sys.exit(1)


@contextlib.contextmanager
def _worker_deaths_explained():
    """A tagging worker that dies (killed, out of memory) ends the run with a message, not
    a traceback: what was stored stays stored, and running the command again continues."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool as error:
        raise click.ClickException(
            f"a tagging worker process died ({error}); every article stored so far is whole "
            "and kept: run the same command again to continue") from None


class _Counter:
    """Progress without a known total (standard input): records read and their rate, on one
    line of stderr, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.records = 0
        self.shown_at = -1.0
        self.elapsed = 0.0

    def tick(self, elapsed: float) -> None:
        self.records += 1
        self.elapsed = elapsed
        if elapsed - self.shown_at >= 0.1:
            self.shown_at = elapsed
            self._draw()

    def _draw(self) -> None:
        rate = self.records / self.elapsed if self.elapsed > 0 else 0.0
        noun = "record" if self.records == 1 else "records"
        click.echo(f"\r\x1b[Kingesting  {self.records:,} {noun} read ({rate:,.0f}/s)",
                   err=True, nl=False)

    def done(self) -> None:
        if self.records:
            self._draw()
            click.echo("", err=True)


def _when(start: datetime, end: datetime) -> str:
    """``[start, end)`` in at most 24 characters, in its own offset.

    A whole day ``2022-05-11``, month ``2022-05`` or year ``2022``; part of a day
    ``2022-05-11 16:00-24:00``; anything longer as its first and last day,
    ``2022-04-01 .. 2022-05-16``.
    """
    from datetime import time, timedelta

    midnight = time(0)
    if start.time() == midnight and end.time() == midnight:
        if end - start == timedelta(days=1):
            return start.date().isoformat()
        if start.day == 1 and end.day == 1:
            months = (end.year - start.year) * 12 + end.month - start.month
            if months == 1:
                return start.strftime("%Y-%m")
            if months == 12 and start.month == 1:
                return str(start.year)
    elif end - start < timedelta(days=1):
        end_text = "24:00" if end.time() == midnight else end.strftime("%H:%M")
        return f"{start.date().isoformat()} {start:%H:%M}-{end_text}"
    last_day = (end - timedelta(microseconds=1)).date()
    return f"{start.date().isoformat()} .. {last_day.isoformat()}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


@cli.command()
@click.option("--from", "from_", type=ReferenceType(), metavar="DATE",
              help="Only events overlapping [DATE, --to): an ISO date or datetime (UTC unless "
                   "it has an offset).")
@click.option("--to", type=ReferenceType(), metavar="DATE",
              help="End of the window (exclusive).")
@click.option("--q", "words", metavar="WORDS",
              help="Only events whose sentence or article title contains WORDS "
                   "(case-insensitive).")
@click.option("--source", help="Only events from articles of this source.")
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True,
              help="At most this many events.")
@_database_url_option
def events(from_: date | datetime | None, to: date | datetime | None, words: str | None,
           source: str | None, limit: int, database_url: str | None) -> None:
    """Print the timeline: events in order of their start, one per line.

    Each line shows when (in the article's own UTC offset; a bare date is that whole day), the
    granularity (marked "~" when the sentence had no placeable expression and is dated by its
    article's publication day), the sentence and the source.

    \b
        $ timeline events --from 2022-05-01 --to 2022-06-01 --q Kharkiv --limit 20
    """
    import shutil

    from timeline.queries import EventFilter, QueryError, list_events

    _open_database(database_url)
    try:
        flt = EventFilter(start=_as_utc(from_), end=_as_utc(to), q=words, source=source)
        page = list_events(flt, limit=limit)
    except QueryError as error:
        raise click.BadParameter(error.message, param_hint=f"--{error.field}") from None
    if not page.items:
        click.echo("no events", err=True)
        return
    width = shutil.get_terminal_size((120, 24)).columns
    source_width = min(24, max((len(e["source"] or "") for e in page.items), default=0))
    sentence_width = max(width - 24 - 1 - 11 - 1 - source_width - 2, 30)
    for event in page.items:
        start = datetime.fromisoformat(event["start"])
        end = datetime.fromisoformat(event["end"])
        unit = event["granularity"] + ("~" if event["basis"] == "publication" else "")
        sentence = _clip(event["text"], sentence_width)
        click.echo(
            f"{_when(start, end):<24} {unit:<11} {sentence:<{sentence_width}}"
            f"  {_clip(event['source'] or '', source_width)}".rstrip()
        )
    if page.next_cursor:
        click.echo(f"(first {limit} events; raise --limit or narrow the window for more)",
                   err=True)


def _as_utc(value: date | datetime | None) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@cli.group("db")
def db_group() -> None:
    """Manage the database schema."""


@db_group.command("upgrade")
@_database_url_option
def db_upgrade(database_url: str | None) -> None:
    """Create the schema, or apply the migrations it lacks (safe to run any time).

    Every other command does this on first use; this one says what it did.
    """
    from timeline.migrations import current_version
    from timeline.store import upgrade

    database = _open_database(database_url, migrate=False)
    applied = upgrade()
    version = current_version(database)
    if applied:
        click.echo(f"applied {', '.join(applied)}; schema at version {version}")
    else:
        click.echo(f"schema up to date (version {version})")


@cli.command()
@_database_url_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr (default: when stderr is a terminal).")
@_workers_option
def reprocess(database_url: str | None, progress: bool | None, workers: int) -> None:
    """Re-derive the mentions and events of every stored article with the current tagger.

    Articles are processed one at a time, each in its own transaction; an article is never
    deleted, and an interrupted run leaves each article with its old or its new events.
    Run it after upgrading timeline to date stored articles with the new tagger; --workers
    tags in other processes while this one stores.
    """
    from timeline.ingest import reprocess as reprocess_all
    from timeline.store import Article

    _open_database(database_url)
    if _show_progress(progress):
        with click.progressbar(length=max(Article.select().count(), 1), label="reprocessing",
                               file=sys.stderr, width=30) as bar:
            with _worker_deaths_explained():
                result = reprocess_all(lambda done, total: bar.update(done - bar.pos),
                                       workers=workers)
    else:
        with _worker_deaths_explained():
            result = reprocess_all(workers=workers)
    click.echo(f"reprocessed {result.articles} articles: {result.mentions} mentions, "
               f"{result.events} events")
