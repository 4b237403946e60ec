"""Should dateparser decide what an absolute date says, once our rules have found where it is?

    .venv/bin/python bench/absolute_values.py [TIMEML_DIR] [CORPUS_HS]

The rules find the extent of an absolute date ("March 3, 2015", "31-Oct-74", "2015-3-3",
"the 1st of march 2015") and read its value themselves. Here every expression produced by an
absolute-date rule (:data:`ABSOLUTE_RULES`) is read a second way, by ``dateparser.parse`` on
its text alone (``RELATIVE_BASE`` = the reference, ``PREFER_DATES_FROM`` = future, every part
of the date required), and its value and interval are replaced by dateparser's day whenever
dateparser returns one. The figures both ways, on

1. the development set (TimeBank + AQUAINT under TIMEML_DIR, default ``shared/data/timebank``):
   strict span F1, value accuracy and value F1 of TempEval-3 Task A;
2. Duckling's English corpus (``bench/peers.py``): right-instant rate with ``prefer=future``;

plus how many absolute expressions dateparser read differently, and how many it could not
read. It prints figures and asserts nothing.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402  (bench/peers.py, beside this file)

from timeline.evaluation import evaluate, load_documents  # noqa: E402
from timeline.temporal import tag  # noqa: E402
from timeline.temporal.types import Interval  # noqa: E402

DEFAULT_DIR = peers.DEFAULT_CORPUS.parents[1] / "timebank"
#: Rules whose expressions name a whole calendar day with its year.
ABSOLUTE_RULES = frozenset(
    {
        "date_month_day_year",
        "date_day_month_year",
        "date_iso",
        "date_slash",
        "date_numeric",
        "date_day_month_name_numeric",
    }
)

_counts = {"read": 0, "changed": 0, "unread": 0}


def _dateparser_day(text: str, reference: datetime) -> date | None:
    import dateparser

    settings = {
        "RELATIVE_BASE": reference.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    when = dateparser.parse(text, languages=["en"], settings=settings)
    return when.date() if when else None


def with_dateparser_values(text: str, reference, **options):
    """``tag`` whose absolute days are read by dateparser where it reads them."""
    ref = reference if isinstance(reference, datetime) else datetime.combine(reference, time())
    out = []
    for t in tag(text, reference, **options):
        if t.rule in ABSOLUTE_RULES and t.granularity == "day" and t.interval is not None:
            _counts["read"] += 1
            day = _dateparser_day(t.text, ref)
            if day is None:
                _counts["unread"] += 1
            elif day.isoformat() != t.value:
                _counts["changed"] += 1
                tz = t.interval.start.tzinfo
                start = datetime.combine(day, time(), tz)
                t = replace(
                    t, value=day.isoformat(), interval=Interval(start, start + timedelta(days=1))
                )
        out.append(t)
    return out


def _dev(directory: Path) -> None:
    docs = load_documents(directory)
    for name, tagger in (("rules", tag), ("rules + dateparser", with_dateparser_values)):
        _counts.update(read=0, changed=0, unread=0)
        report = evaluate(docs, tagger).to_json()
        extra = (
            (
                f"  absolute days {_counts['read']}, dateparser changed {_counts['changed']}, "
                f"could not read {_counts['unread']}"
            )
            if tagger is not tag
            else ""
        )
        print(
            f"  {name:<22} strict F1 {report['strict_f1']:.3f}  value accuracy "
            f"{report['value_accuracy']:.3f}  value F1 {report['value_f1']:.3f}{extra}"
        )


def _peers(corpus: Path) -> None:
    cases = peers.load(corpus)
    for name, tagger in (("rules", tag), ("rules + dateparser", with_dateparser_values)):
        _counts.update(read=0, changed=0, unread=0)
        results = peers.run_timeline(cases, "future", tagger)
        right = sum(r[1] for r in results) / len(cases)
        extra = (
            (
                f"  absolute days {_counts['read']}, dateparser changed {_counts['changed']}, "
                f"could not read {_counts['unread']}"
            )
            if tagger is not tag
            else ""
        )
        print(f"  {name:<22} right {right:.1%}{extra}")


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else DEFAULT_DIR
    corpus = Path(argv[1]) if len(argv) > 1 else peers.DEFAULT_CORPUS
    print(f"development set: {directory}")
    _dev(directory)
    print(f"Duckling EN corpus (prefer=future): {corpus}")
    _peers(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
