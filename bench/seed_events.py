"""How sentences of the seed articles are dated: events per sentence, and the gold timeline.

    PYTHONPATH=. .venv/bin/python bench/seed_events.py [--list]

For the demo seeds (``seeds/*.json``) it counts the sentences dated by expressions and those
that give more than one event (each extra event is a date the sentence's main event may not
have); ``--list`` prints those sentences. For the hand-made gold of one real article
(``../shared/seeds/kharkiv-2022-05-14.gold.json``, if present) it prints how many gold timeline
entries have an event with the same interval (in dates), and how many expression-dated events
of the article have an interval no gold entry has. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from timeline.articles import parse_moment
from timeline.extraction import BASIS_EXPRESSION, DatedEvent, extract

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "seeds" / "kharkiv-2022-05-14.gold.json"
if not GOLD.exists():
    GOLD = Path("/work/shared/seeds/kharkiv-2022-05-14.gold.json")


def _days(event: DatedEvent) -> tuple[str, str]:
    """The event's interval as ``[first day, day after the last)`` in ISO dates."""
    last = (event.end - timedelta(microseconds=1)).date()
    return event.start.date().isoformat(), (last + timedelta(days=1)).isoformat()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print sentences with >1 event")
    args = parser.parse_args(argv)
    sentences = dated = multi = events = 0
    for path in sorted((ROOT / "seeds").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        found = extract(article["body"], parse_moment(article["published_at"]).value)
        per_sentence: dict[int, list[DatedEvent]] = defaultdict(list)
        for e in found.events:
            per_sentence[e.sentence.start].append(e)
        sentences += len(per_sentence)
        for group in per_sentence.values():
            if group[0].basis != BASIS_EXPRESSION:
                continue
            dated += 1
            events += len(group)
            if len(group) > 1:
                multi += 1
                if args.list:
                    when = ", ".join(f"{e.timex.text if e.timex else ''}" for e in group)
                    print(f"{path.stem[:10]}  [{when}]  {group[0].sentence.text[:150]}")
    print(
        f"seeds: {sentences} sentences, {dated} dated by expressions, {events} expression "
        f"events, {multi} sentences with more than one event"
    )
    if GOLD.exists():
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
        text = (GOLD.parent / gold["article"]["file"]).read_text(encoding="utf-8")
        reference = date.fromisoformat(gold["article"]["published_at"])
        found = extract(text, reference)
        intervals = {_days(e) for e in found.events if e.basis == BASIS_EXPRESSION}
        wanted = {tuple(entry["when"]) for entry in gold["timeline"]}
        hit = sum(tuple(entry["when"]) in intervals for entry in gold["timeline"])
        extra = sorted(i for i in intervals if i not in wanted)
        print(
            f"kharkiv gold: {hit}/{len(gold['timeline'])} timeline entries have an event with "
            f"their interval; {len(extra)} expression-event intervals not in the gold: {extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
