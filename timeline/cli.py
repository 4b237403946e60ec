"""The ``timeline`` command line (core commands).

The console script is :func:`api.cli.main`, which adds the commands that serve over HTTP
(``serve``, ``demo``) to this group; the core never imports :mod:`api`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import click

from timeline import __version__

if TYPE_CHECKING:
    from timeline.articles import Moment


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """timeline: find when things happened in news articles.

    Tag temporal expressions, ingest articles into a database of dated events, and
    serve ordered timelines over a REST API.
    """


# --- tag / eval: the tagger's command-line face (docs/design.md "The tagger's contract") ---


class MomentType(click.ParamType):
    """An ISO 8601 date or datetime, with an optional UTC offset (``2022-05-14``,
    ``2022-05-14T09:30``, ``2022-05-14T09:30:00+03:00``, ``2022-05-14T07:00Z``), read by
    :func:`timeline.articles.parse_moment`: an aware datetime (a date is midnight UTC, no
    offset is UTC); or epoch milliseconds (:func:`timeline.epoch.from_epoch_ms`)."""

    name = "DATE|DATETIME|EPOCH_MS"

    def _parse(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Moment:
        from timeline.articles import parse_moment

        try:
            return parse_moment(str(value))
        except ValueError:
            self.fail(
                f"{value!r} is not an ISO 8601 date or datetime; use e.g. 2022-05-14 "
                f"or 2022-05-14T09:30+03:00",
                param,
                ctx,
            )

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> date | datetime:
        if isinstance(value, datetime):
            return value
        if isinstance(value, str):
            from timeline.epoch import from_epoch_ms

            try:
                epoch = from_epoch_ms(value)  # what Grafana's ${__from} sends
            except ValueError as error:
                self.fail(str(error), param, ctx)
            if epoch is not None:
                return epoch
        return self._parse(value, param, ctx).value


class ReferenceType(MomentType):
    """A tagger reference: as :class:`MomentType` (no epoch milliseconds), but a date stays a
    date and a datetime written without offset stays naive (the tagger reads both as UTC; the
    output echoes the reference as written)."""

    name = "DATE|DATETIME"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> date | datetime:
        if isinstance(value, date):
            return value
        moment = self._parse(value, param, ctx)
        if not moment.has_time:
            return moment.value.date()
        return moment.value if moment.has_offset else moment.value.replace(tzinfo=None)


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
@click.option(
    "--reference",
    "-r",
    required=True,
    type=ReferenceType(),
    help="The time the text was written (its publication time): an ISO date or "
    "datetime, optionally with a UTC offset. Relative expressions resolve "
    "against it; a date is midnight UTC.",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["json", "timeml"]),
    default="json",
    show_default=True,
    help="json: the expressions with offsets, values and intervals; timeml: the text "
    "with inline TIMEX3 tags and the reference as its DCT.",
)
@click.option(
    "--prefer",
    type=click.Choice(["past", "future", "nearest"]),
    default=None,
    help="The direction of an expression whose text gives none, such as an "
    "isolated 'monday' or 'at 3 in the morning': the last one (past), the next "
    "one (future, Duckling's convention) or the nearest. By default the tense "
    "of the sentence decides, as news readers expect.",
)
@click.option(
    "--locale",
    default=None,
    metavar="LOCALE",
    help="The locale of the text, for numeric dates: 'en-GB' or 'fr' read 3/4/2021 "
    "as 3 April, 'en-US' (the default) as March 4.",
)
@click.option(
    "--document-type",
    "document_type",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "news", "narrative", "colloquial"]),
    help="What kind of text it is, which decides where underspecified dates find "
    "their year: news (the publication, or a background paragraph's year in "
    "a past clause), narrative (the year the story is in: 'The war began in "
    "1939. In September, ...' is 1939-09), colloquial (tweets and chat: "
    "'tmrw', 'this sat', '430pm', bare 'day'); auto decides from the text.",
)
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
def tag(
    reference: date | datetime,
    output_format: str,
    prefer: str | None,
    locale: str | None,
    document_type: str,
    file: str,
) -> None:
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
        click.echo(
            json.dumps(
                {
                    "reference": reference.isoformat(),
                    "document_type": kind,
                    "timexes": [t.to_json() for t in timexes],
                },
                ensure_ascii=False,
                indent=2,
            )
        )


@cli.command("eval")
@click.argument(
    "directories", metavar="DIRECTORY...", nargs=-1, required=True, type=click.Path(exists=True)
)
@click.option(
    "--errors",
    is_flag=True,
    help="Before the scores, list every missed, spurious, wrongly valued or typed "
    "and mis-spanned expression with its document and context.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the scores (with --errors, also the errors) as one JSON object.",
)
@click.option(
    "--tagger",
    type=click.Choice(["timeline", "dateparser"]),
    default="timeline",
    show_default=True,
    help="The tagger to score; dateparser = dateparser.search.search_dates, the baseline.",
)
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
    "--database-url",
    envvar="TIMELINE_DATABASE_URL",
    metavar="URL",
    help="The database (SQLite or PostgreSQL URL, e.g. sqlite:///timeline.db or "
    "postgresql://user@host/db). Default: $TIMELINE_DATABASE_URL, else a SQLite file in "
    "$XDG_DATA_HOME/timeline (~/.local/share/timeline).",
)


def _open_database(url: str | None, *, migrate: bool = True):
    """Bind the store to ``url`` (schema brought up to date), or exit with one clear line."""
    import peewee

    from timeline.database_url import InvalidDatabaseURL
    from timeline.store import init_db

    driver_errors: tuple[type[Exception], ...] = (peewee.PeeweeException,)
    with contextlib.suppress(ImportError):
        import psycopg2

        driver_errors += (psycopg2.Error,)
    try:
        return init_db(url, migrate=migrate)
    except InvalidDatabaseURL as error:
        raise click.ClickException(f"--database-url: {error}") from None
    except driver_errors as error:
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise click.ClickException(f"cannot open the database: {first_line}") from None


_workers_option = click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="N",
    help="Tag the articles in this many worker processes while this one stores them (0: tag "
    "here too). With C cores, C - 1 is a good choice.",
)


def _show_progress(flag: bool | None) -> bool:
    return flag if flag is not None else sys.stderr.isatty()


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH|URL...")
@_database_url_option
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show progress on stderr (default: when stderr is a terminal).",
)
@_workers_option
@click.option(
    "--max-record-bytes",
    type=click.IntRange(min=1),
    default=10 * 1024 * 1024,
    show_default="10 MiB",
    metavar="N",
    help="Skip (and report) a record larger than N bytes instead of reading it: a "
    "JSONL line, or one value of a JSON file (counted in characters).",
)
@click.option(
    "--source",
    metavar="NAME",
    help="URLs only: the source name of the articles (default: the site's host).",
)
@click.option(
    "--enqueue",
    is_flag=True,
    help="URLs only, PostgreSQL: queue them for `timeline worker`s instead.",
)
def ingest(
    paths: tuple[str, ...],
    database_url: str | None,
    progress: bool | None,
    workers: int,
    max_record_bytes: int,
    source: str | None,
    enqueue: bool,
) -> None:
    """Ingest the articles in PATHS: JSON files, JSONL files and directories of them; - reads
    standard input. http(s) URLs of article pages, feeds or sitemaps are fetched once instead
    (a feed's or sitemap's articles too) and each page is dated, tagged and stored:
    `timeline ingest https://example.org/2022/05/14/story.html`.

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
    input) and skipped, and the run goes on; the exit status is then 1. That includes records
    larger than --max-record-bytes, JSON nested too deeply or with integers too long to
    read, publication times outside 0100-01-01..9899-12-31 (UTC) and links that are not
    http:// or https://. For example

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

    urls = [p for p in paths if p.lower().startswith(("http://", "https://"))]
    if urls:
        if len(urls) != len(paths):
            raise click.UsageError("give either files or URLs, not both at once")
        from timeline.sources.commands import ingest_urls

        return ingest_urls(urls, database_url, source, enqueue)
    for path in paths:
        click.Path(exists=True, allow_dash=True).convert(path, None, click.get_current_context())
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
        click.echo("reading articles from the terminal (JSON or JSONL; end with Ctrl-D)", err=True)
    started = time.perf_counter()

    def on_failure(failure: Failure) -> None:
        prefix = "\r\x1b[K" if show else ""
        click.echo(f"{prefix}{failure}", err=True)

    records = 0

    def on_record(path: Path, position: int) -> None:
        nonlocal records
        records += 1
        if counter is not None:
            counter.tick(time.perf_counter() - started)
        elif bar is not None:
            bar.update(
                offsets[path] + min(position, sizes[path]) - bar.pos,
                _rate(records, "articles", time.perf_counter() - started),
            )

    try:
        with _worker_deaths_explained(), contextlib.ExitStack() as stack:
            if show and counter is None:
                bar = stack.enter_context(
                    click.progressbar(
                        length=max(total, 1),
                        label="ingesting",
                        file=sys.stderr,
                        show_pos=False,
                        show_eta=True,
                        item_show_func=_shown,
                        width=30,
                    )
                )
            summary = ingest_paths(
                files,
                on_failure=on_failure,
                on_record=on_record,
                workers=workers,
                max_record_bytes=max_record_bytes,
            )
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
            "and kept: run the same command again to continue"
        ) from None


def _rate(count: int, noun: str, elapsed: float) -> str:
    """``1,234 articles, 56/s``: what a progress bar shows beside its ETA."""
    rate = count / elapsed if elapsed > 0 else 0.0
    return f"{count:,} {noun}, {rate:,.0f}/s"


def _shown(item: str | None) -> str | None:
    """A progress bar's ``item_show_func``: the text :func:`_rate` made."""
    return item


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
        click.echo(
            f"\r\x1b[Kingesting  {self.records:,} {noun} read ({rate:,.0f}/s)", err=True, nl=False
        )

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


class LimitType(click.ParamType):
    """A positive number of events, or ``all``."""

    name = "N|all"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int | None:
        if value is None or value == "all":
            return None
        try:
            number = int(str(value))
        except ValueError:
            number = 0
        if number < 1:
            self.fail(f"{value!r} is neither a positive number nor 'all'", param, ctx)
        return number


def _event_formats() -> list[str]:
    from timeline.exports import FORMATS

    return ["text", "json", *FORMATS]


def _granularities() -> list[str]:
    from timeline.temporal.types import GRANULARITIES

    return list(GRANULARITIES)


def _happening_formats() -> list[str]:
    from timeline.happenings.exports import FORMATS

    return ["text", "json", *FORMATS]


def _filter_options(
    noun: str,
    *,
    sources: bool = False,
    place: bool = False,
    units: bool = True,
    days: bool = False,
):
    """The filter options that ``events``, ``happenings`` and ``digest`` share, under the
    API's names: --from, --to, --q, --source, then --place and --finest/--coarsest where the
    command has them. ``noun`` is what the command lists ("events", "happenings");
    ``sources``: --source may be repeated (``sources``, a tuple); ``days``: the window bounds
    the days picked (the digest), not what overlaps it.

    The command gets their values as one argument, ``filters``: a dict under the names of the
    query filters' fields (``start``, ``end``, ``q``, ``source`` or ``sources``, ``place``,
    ``finest``, ``coarsest``)."""
    window = "days from DATE on" if days else f"{noun} overlapping [DATE, --to)"
    whose = "events whose" if noun == "events" else f"{noun} with an event whose"
    at = "happenings" if noun == "happenings" else f"{noun} of happenings"
    options = [
        click.option(
            "--from",
            "start",
            type=MomentType(),
            metavar="DATE",
            help=f"Only {window}: an ISO date or datetime (UTC unless it has an offset) or "
            "epoch milliseconds.",
        ),
        click.option(
            "--to",
            "end",
            type=MomentType(),
            metavar="DATE",
            help="Only days before DATE (exclusive)." if days else "End of the window (exclusive).",
        ),
        click.option(
            "--q",
            "q",
            metavar="WORDS",
            help=f"Only {whose} sentence or article title has all of WORDS "
            '("quoted phrases" as written; case and accents ignored).',
        ),
        click.option(
            "--source",
            "sources" if sources else "source",
            multiple=sources,
            metavar="NAME",
            help=f"Only {noun} from articles of this source"
            + ("; repeat it for any of several." if sources else "."),
        ),
    ]
    if place:
        options.append(
            click.option(
                "--place",
                metavar="NAME",
                help=f"Only {at} at this place (a country, US state or city, by any of its "
                "names: Kiev finds Kyiv).",
            )
        )
    if units:
        options += [
            click.option(
                "--finest",
                type=click.Choice(_granularities()),
                metavar="UNIT",
                help=f"Finest granularity to keep (--finest day drops {noun} known to the "
                "hour or minute).",
            ),
            click.option(
                "--coarsest",
                type=click.Choice(_granularities()),
                metavar="UNIT",
                help="Coarsest granularity to keep (--coarsest month drops years, decades...).",
            ),
        ]

    names = ["start", "end", "q", "sources" if sources else "source"]
    names += ["place"] * place + ["finest", "coarsest"] * units

    def decorate(command):
        @functools.wraps(command)
        def with_filters(**kwargs):
            return command(filters={name: kwargs.pop(name) for name in names}, **kwargs)

        for option in reversed(options):
            with_filters = option(with_filters)
        return with_filters

    return decorate


@contextlib.contextmanager
def _filter_errors():
    """A filter the query layer rejects (:class:`timeline.queries.QueryError`) is reported
    as a bad value of its option."""
    from timeline.queries import QueryError

    try:
        yield
    except QueryError as error:
        raise click.BadParameter(error.message, param_hint=f"--{error.field}") from None


@cli.command()
@_filter_options("events")
@click.option(
    "--article", type=click.IntRange(min=1), metavar="ID", help="Only the events of this article."
)
@click.option(
    "--basis",
    type=click.Choice(["expression", "publication"]),
    help="How the event was dated: by a temporal expression, or by the article's publication time.",
)
@click.option(
    "--order",
    type=click.Choice(["asc", "desc"]),
    default="asc",
    show_default=True,
    help="Timeline order or its reverse.",
)
@click.option(
    "--limit",
    type=LimitType(),
    default="50",
    show_default=True,
    help="At most this many events; 'all' for the whole window.",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(_event_formats()),
    default="text",
    show_default=True,
    help="text: lines for reading; or the API's formats (json, csv, ndjson, "
    "timelinejs, ics, grafana, parquet), the same bytes /api/v1/events serves.",
)
@_database_url_option
def events(
    filters,
    article,
    basis,
    order,
    limit,
    output_format,
    database_url,
) -> None:
    """Print the timeline: events in order of their start.

    The filters and formats are those of GET /api/v1/events, under the same names. In the
    text format each event shows when (in the article's own UTC offset; a bare date is that
    whole day), its granularity (marked "~" when it is dated by its article's publication
    day), its sentence wrapped to the terminal, and below it the expression that dated it,
    the article's title and its source.

    \b
        $ timeline events --from 2022-05-01 --to 2022-06-01 --q Kharkiv --limit 20
        $ timeline events --source "Kyiv Ledger" --basis expression --limit all -f csv > ledger.csv
        $ timeline events --from 2022-05-01 -f ics --limit all > may.ics
        $ timeline events --limit all -f parquet > events.parquet
    """
    from itertools import chain, islice

    from timeline import exports
    from timeline.queries import EventFilter, iter_events

    _open_database(database_url)
    if output_format == "parquet" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: redirect it to a file (> events.parquet)")
    with _filter_errors():
        flt = EventFilter(**filters, article_id=article, basis=basis)
        found = iter_events(flt, order=order)
        first = next(found, None)  # the filter's errors surface here, before any output
    everything = chain([first] if first is not None else [], found)
    if output_format == "text":
        shown, more = _print_events(everything, limit)
        if not shown:
            click.echo("no events", err=True)
        elif more:
            click.echo(
                f"(first {limit} events; --limit all or a narrower window for more)", err=True
            )
        return
    chained = islice(everything, limit) if limit is not None else everything
    try:
        if output_format == "json":
            pieces = (p.encode() for p in exports.stream_json_page(chained))
        else:
            pieces = exports.stream(chained, output_format)
        out = sys.stdout.buffer
        for piece in pieces:
            out.write(piece)
        out.flush()
    except exports.MissingDependency as error:
        raise click.ClickException(str(error)) from None


def _print_events(events, limit: int | None) -> tuple[int, bool]:
    """Print at most ``limit`` of ``events`` as text (see :func:`events`); return how many,
    and whether there were more."""
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size((120, 24)).columns, 60)
    indent = " " * 37
    shown = 0
    for event in events:
        if shown == limit:
            return shown, True
        start = datetime.fromisoformat(event["start"])
        end = datetime.fromisoformat(event["end"])
        unit = event["granularity"] + ("~" if event["basis"] == "publication" else "")
        head = f"{_when(start, end):<24} {unit:<11} "
        lines = textwrap.wrap(" ".join(event["text"].split()), width - len(indent)) or [""]
        click.echo(head + lines[0])
        for line in lines[1:]:
            click.echo(indent + line)
        expression = event.get("expression")
        about = [
            f"“{expression['text']}”" if expression else "publication day",
            event.get("title") or "",
            event.get("source") or "",
        ]
        click.echo(indent + _clip(" · ".join(part for part in about if part), width - len(indent)))
        shown += 1
    return shown, False


@cli.command()
@_filter_options("events", sources=True, place=True, units=False, days=True)
@click.option(
    "--dates",
    "-n",
    type=click.IntRange(1, 100),
    default=10,
    show_default=True,
    help="How many days to pick.",
)
@click.option(
    "--sentences",
    "-k",
    type=click.IntRange(1, 10),
    default=2,
    show_default=True,
    help="How many sentences per day.",
)
@click.option(
    "--method",
    type=click.Choice(["references", "mentions"]),
    default="references",
    show_default=True,
    help="How days are ranked: articles referring to a day times the log of the articles "
    "published on it, or plain mention counting (the baseline).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of GET /api/v1/digest.")
@_database_url_option
def digest(
    filters: dict[str, Any],
    dates: int,
    sentences: int,
    method: str,
    as_json: bool,
    database_url: str | None,
) -> None:
    """Print the timeline a journalist would write: the days that matter most in a window,
    in time order, each with its most central sentences.

    A day matters when many articles refer to it by a date of a day or finer ("on Saturday",
    "May 14", "late Wednesday"), each article once, and many were published on it or the
    next day. Sentences dated only by their article's publication do not count as references;
    the first sentences of the day's articles may summarise it.

    \b
        $ timeline digest --from 2022-04-01 --to 2022-06-01 --dates 5 --sentences 1
        $ timeline digest --source "Kyiv Ledger" --source "Danube Post" --json
    """
    import json

    from timeline.happenings.digest import digest as make_digest
    from timeline.queries import EventFilter

    _open_database(database_url)
    with _filter_errors():
        sources, place = filters.pop("sources"), filters.pop("place")
        days = make_digest(
            EventFilter(**filters),
            dates=dates,
            sentences=sentences,
            method=method,
            sources=sources,
            place=place,
        )
    if as_json:
        click.echo(
            json.dumps({"dates": [day.to_json() for day in days]}, ensure_ascii=False, indent=2)
        )
        return
    if not days:
        click.echo("no dated events in this window", err=True)
        return
    for day in days:
        click.echo(f"{day.date.isoformat()}  (score {day.score:.1f})")
        for sentence in day.sentences:
            click.echo(f"  - {sentence}")


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
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: when stderr is a terminal).",
)
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
        import time

        started = time.perf_counter()
        with click.progressbar(
            length=max(Article.select().count(), 1),
            label="reprocessing",
            file=sys.stderr,
            show_eta=True,
            item_show_func=_shown,
            width=30,
        ) as bar:
            with _worker_deaths_explained():
                result = reprocess_all(
                    lambda done, total: bar.update(
                        done - bar.pos, _rate(done, "articles", time.perf_counter() - started)
                    ),
                    workers=workers,
                )
    else:
        with _worker_deaths_explained():
            result = reprocess_all(workers=workers)
    click.echo(
        f"reprocessed {result.articles} articles: {result.mentions} mentions, "
        f"{result.events} events"
    )


@cli.command()
@_filter_options("happenings", sources=True, place=True)
@click.option(
    "--order",
    type=click.Choice(["start", "importance"]),
    default="start",
    show_default=True,
    help="Timeline order, or the most important first.",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    default="text",
    show_default=True,
    type=click.Choice(_happening_formats()),
    help="text: one line each; the others as the API's format= gives them.",
)
@click.option(
    "--limit",
    type=click.IntRange(1, 500),
    default=50,
    show_default=True,
    help="At most this many happenings.",
)
@_database_url_option
def happenings(
    filters: dict[str, Any],
    order: str,
    output_format: str,
    limit: int,
    database_url: str | None,
) -> None:
    """Print what happened: events of one or many articles that report the same thing at the
    same time, grouped, one happening per line.

    Each line shows when (in its most precise report's UTC offset), the granularity, the
    importance, how many sources reported it, and its title (the most central report).
    Events dated only by their article's publication make no happenings.

    \b
        $ timeline happenings --from 2022-05-01 --to 2022-06-01 --order importance
        $ timeline happenings --place Kiev --source "Kyiv Ledger" --source "Evening Courier"
        $ timeline happenings --format geojson > happenings.geojson
    """
    import shutil

    from timeline.happenings.exports import FORMATS
    from timeline.queries.happenings import HappeningFilter, list_happenings

    _open_database(database_url)
    with _filter_errors():
        page = list_happenings(HappeningFilter(**filters), order=order, limit=limit)
    if output_format == "json":
        click.echo(
            json.dumps(
                {"happenings": page.items, "next_cursor": page.next_cursor},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if output_format != "text":
        click.echo(FORMATS[output_format].render(page.items), nl=False)
        return
    if not page.items:
        click.echo("no happenings", err=True)
        return
    width = shutil.get_terminal_size((120, 24)).columns
    title_width = max(width - 24 - 1 - 10 - 1 - 6 - 1 - 10 - 1, 30)
    for item in page.items:
        start = datetime.fromisoformat(item["start"])
        end = datetime.fromisoformat(item["end"])
        count = len(item["sources"]) or 1
        reported = f"{count} source{'s' if count != 1 else ''}"
        click.echo(
            f"{_when(start, end):<24} {item['granularity']:<10} "
            f"{item['importance']:>6.2f} {reported:<10} "
            f"{_clip(item['title'], title_width)}".rstrip()
        )
    if page.next_cursor:
        click.echo(
            f"(first {limit} happenings; raise --limit or narrow the window for more)", err=True
        )


# --- live sources: sources add|list|remove, poll, worker (timeline.sources.commands) -----------

from timeline.sources.commands import register as _register_sources  # noqa: E402

_register_sources(cli)
