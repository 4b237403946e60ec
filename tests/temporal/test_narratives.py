"""Held-out-style texts written for this test: Wikipedia-like history, biography and war
narratives and news articles with a background paragraph (tests/temporal/narratives/*.txt),
every TIMEX3 annotated by hand by the TimeML 1.2.1 guidelines. The tagger reads each whole
text with ``document_type="auto"`` against its reference and is scored with the TempEval-3
Task A metrics of :mod:`timeline.evaluation`.

A file's first line is ``# reference YYYY-MM-DD`` (or a datetime with its offset, which the
tagger then reads from, as an article's publication time); an expression is written
``[[text|TYPE|value]]`` or ``[[text|TYPE|value|MOD]]``. Words that look like times and are not
("in her twenties", "the interwar period", "the first days of the invasion") are left bare:
tagging them is a spurious error.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from timeline.evaluation import Report, score_document, timeline_tagger
from timeline.timeml import GoldTimex, TimeMLDocument

HERE = Path(__file__).parent / "narratives"
_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def load(path: Path) -> TimeMLDocument:
    """One annotated text as a :class:`TimeMLDocument` (the markup taken out)."""
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    reference = first.split()[-1]
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = last = 0
    for m in _MARK.finditer(body):
        parts.append(body[last : m.start()])
        pos += m.start() - last
        surface = m.group(1)
        gold.append(GoldTimex(pos, pos + len(surface), surface, m.group(2), m.group(3), m.group(4)))
        parts.append(surface)
        pos += len(surface)
        last = m.end()
    parts.append(body[last:])
    return TimeMLDocument(path.name, reference, "".join(parts), tuple(gold))


def reference_of(document: TimeMLDocument) -> date | datetime:
    """The reference a text is tagged against: its first line's datetime when it has a time of
    day ("# reference 2025-10-13T09:00:00+00:00": a clock time without a day, "overnight",
    "this morning" read from then), else its date."""
    if "T" in document.dct:
        return datetime.fromisoformat(document.dct)
    return document.reference


def _report() -> Report:
    documents = [load(path) for path in sorted(HERE.glob("*.txt"))]
    return Report(
        [score_document(d, list(timeline_tagger(d.text, reference_of(d)))) for d in documents]
    )


def test_the_texts_are_annotated_where_they_say():
    for path in sorted(HERE.glob("*.txt")):
        document = load(path)
        assert document.timexes, path.name
        for timex in document.timexes:
            assert document.text[timex.start : timex.end] == timex.text


def test_the_tagger_reads_narratives_and_background_paragraphs():
    report = _report()
    errors = "\n".join(error.describe() for error in report.errors())
    scores = report.scores()
    # 941 texts, 18,706 expressions (strict 0.993, value 0.974 (0.9736) on 2026-12-08 after
    # session 42, whose 18 blind texts of mine (1217-1239) scored 0.978 / 0.906, 0.954 / 0.833,
    # 0.958 / 0.854 and 0.992 / 0.977 in four batches. The margin is about 68 expressions.
    # 918 texts, 18,185 expressions (strict 0.993, value 0.974 (0.9738) on 2026-12-08 after
    # session 41, whose 39 blind texts (1158-1196), 887 expressions, score 0.978 / 0.933 at its
    # end (0.958 / 0.847 on the session's start code, whose value on all 918 texts was 0.9668;
    # on the 879 texts of its start 0.9728 -> 0.9759). The margin is about 69 expressions.
    # 879 texts, 17,298 expressions (strict 0.994, value 0.973 (0.9728) on 2026-12-07 after
    # session 40, whose 11 blind texts (1147-1157), 225 expressions, score 1.000 / 0.982 at its
    # end (0.982 / 0.951 on the session's start code, whose value on all 879 texts was 0.9698).
    # 868 texts, 17,069 expressions (strict 0.992, value 0.970 (0.9700) on 2026-12-07 after
    # session 39, whose 48 blind texts (1099-1146), 1,207 expressions, score 0.979 / 0.936 at its
    # end (0.966 / 0.886 on the session's start code, whose value on all 868 texts was 0.9662).
    # No margin is left: the informal texts 1111-1116 and 1140-1143 score lowest (0.86, 0.75).
    # 820 texts, 15,862 expressions (strict 0.993, value 0.972 (0.9722) on 2026-12-07 after
    # session 38, whose 44 blind texts (1055-1098), 805 expressions, score 0.991 / 0.966 at its
    # end (0.979 / 0.937 on the session's start code, whose value on all 820 texts was 0.9705).
    # The margin is about 35 expressions; the informal texts 1067-1072 score lowest (0.845).
    # 776 texts, 15,057 expressions (strict 0.993, value 0.972 (0.9722) on 2026-12-07 after
    # session 37, whose 46 blind texts (1009-1054), 719 expressions, score 0.996 / 0.969 at its
    # end (0.978 / 0.946 on the session's start code, whose value on all 776 texts was 0.9695).
    # The margin is about 33 expressions; the informal texts still score lowest.
    # 730 texts, 14,336 expressions (strict 0.992, value 0.971 (0.9707) on 2026-12-07 after
    # session 36, whose 53 blind texts (909-1008), 1,082 expressions, score 0.977 / 0.948 at its
    # end (0.955 / 0.865 on the session's start code, whose value on all 730 texts was 0.9638).
    # The margin is about 10 expressions; the informal texts 976-981 and 1001-1003 pull it down.
    # 677 texts, 13,254 expressions (strict 0.993, value 0.972 (0.9717) on 2026-12-07 after
    # session 35, whose 46 blind texts 910-968, 829 expressions, score 0.996 / 0.978 at its end
    # (0.984 / 0.921 on the session's start code, whose value on all 677 texts was 0.9672).
    # The margin is about 20 expressions; the informal texts 870-875 and 920-925 pull it down.
    # 631 texts, 12,425 expressions (strict 0.992, value 0.970 (0.9703) on 2026-12-07 after
    # session 34, whose 36 blind texts 860-908, 756 expressions, score 0.983 / 0.945 at its end
    # (0.966 / 0.848 on the session's start code, whose value on all 631 texts was 0.9639; its
    # histories 880-885 alone 0.994 / 0.675 there). The margin is very thin: about 4
    # expressions; the informal texts 870-875 (0.864) pull it down.
    # 595 texts, 11,669 expressions (strict 0.993, value 0.971 (0.9713) on 2026-12-06 after
    # session 33, whose 36 blind texts 810-857, 715 expressions, score 0.994 / 0.952 at its end
    # (0.983 / 0.897 on the session's start code, whose value on all 595 texts was 0.9665).
    # The margin is thin: about 15 expressions.
    # 559 texts, 10,954 expressions (strict 0.992, value 0.971 (0.9710) on 2026-12-06 after
    # session 32, whose 69 blind texts 720-800, 1,086 expressions, score 0.993 / 0.966 at its end
    # (0.983 / 0.917 on the session's start code, whose value on all 559 texts was 0.9636);
    # the value floor is back at 0.97, the informal texts 670-675 and 730-735 now scoring
    # 0.902 together (0.815 on the start code). The margin is thin: about 11 expressions.
    # 490 texts, 9,867 expressions (strict 0.991, value 0.969 (0.9688) on 2026-12-06 after
    # session 31, whose 40 blind texts 660-710, 858 expressions, score 0.975 / 0.944 (0.961 /
    # 0.877 on the session's start code, whose value on all 490 texts was 0.963 (0.9626)). The
    # value floor went from 0.97 to 0.965 in that session: the six informal texts 670-675 (a
    # diary and an AMA read as narratives, bare hours, a WhatsApp export whose stamps reset each
    # message's days) score 0.840 after its fixes and pulled the whole below 0.97; they stay in,
    # as every blind text does, and the floor still fails on a regression of 0.004 (about 35
    # expressions).
    # 451 texts, 9,021 expressions (strict 0.992, value 0.971 (0.9705) on 2026-12-06 after
    # session 30, whose 39 blind texts 600-650, 801 expressions, score 0.994 / 0.969 (0.966 /
    # 0.881 on the session's start code, whose value on all 451 texts was 0.963); 412 texts,
    # 8,222 expressions (strict 0.992, value 0.970 (0.9703) on 2026-12-06 after
    # session 29, whose 36 blind texts 540-583, 678 expressions, score 0.987 / 0.961 (0.957 /
    # 0.892 on the session's start code, whose value on all 412 texts was 0.9645); 376 texts,
    # 7,541 expressions (strict 0.991, value 0.971 on 2026-12-06 after session 28,
    # whose 24 blind texts 500-531, 548 expressions, score 0.989 / 0.963 (0.953 / 0.864 on the
    # session's start code, whose value on all 376 texts was 0.963); 352 texts, 6,993
    # expressions (strict 0.991, value 0.971 on 2026-12-06 after session 27,
    # whose 24 blind texts 460-491, 698 expressions, score 0.981 / 0.959 (0.959 / 0.897 on the
    # session's start code, whose value on all 352 texts was 0.965); 328 texts, 6,295
    # expressions (strict 0.993, value 0.972 on 2026-12-06 after session 26,
    # whose 36 blind texts 400-455 score 0.994 / 0.966; 292 texts, 5,331 expressions, 0.992 /
    # 0.972 after session 25, whose 45 blind texts 320-383 scored 0.979 / 0.932 and pulled the
    # value down from 0.985); 01-18
    # written in four batches, each before the tagger was run on
    # it: 01-08 before the narrative work of 2026-12-05, 09-13 after its first round, 14-16
    # after its second, 17-18 after its third. Strict F1 / value F1 of the tagger before this
    # work (87b0546): 0.925 / 0.843 on 01-08, 0.940 / 0.914 on 09-13, 0.968 / 0.653 on 14-16
    # (0.938 / 0.829 on 01-16); on each new batch after the rounds before it: 0.980 / 0.954
    # (09-13), 0.989 / 0.674 (14-16), 0.971 / 0.971 (17-18); after the work 1.000 / 0.997 on
    # all (the one error left: "from April" in a present relative clause after a past one is
    # read as the past April). 19-23 (71 expressions: a siege, a rail strike with a background
    # paragraph, a chat post, a war narrative, a live report) were written on the second day
    # before that day's fixes they could show: at d77b132 they scored 0.965 / 0.936, after the
    # day's work 0.979 / 0.950 (left: "At the time" untagged, "the night of 11 April" kept as
    # the date as TimeBank annotates it, a chat "sun" read back across an unsplit lower-case
    # sentence, "overnight" dated from the last day named). 24-38 (261 expressions: sieges,
    # campaigns, biographies, political crises) were written in four batches on the third day,
    # each before the tagger was run on it: 24-29 scored 0.959 / 0.911 at 110312b, 30-33
    # 0.962 / 0.737, 34-36 0.966 / 0.607 and 37-38 1.000 / 0.926 after the rounds before them;
    # after the day's work all 38 score 0.997 / 0.992 (left: "the spring offensive of 1918"
    # read as a season, "the night of 11 April" and "At the time" as above).
    # 41-42 (two news articles with a
    # background paragraph: a wire story with a dateline, a council budget; 41 expressions)
    # were written on the third day before its news fixes: 0.879 / 0.848, after them 1.000 /
    # 0.939 (left: "Sept. 30" read in the past-perfect background paragraph's year, "A year
    # ago" after "the first quarter of this year" kept as the quarter a year before, as
    # earnings reports mean it). 40 (a chat thread of a bike club, 15 expressions) was written
    # on the third day before its chat families: 0.769 / 0.692, after them 0.968 / 0.968 (left:
    # "a night ride" tagged as a night).
    # 90-95 (83 expressions: a port fire,
    # a Swedish campaign of 1708, a chat thread, quarterly results, a storm warning with a zone,
    # a border closure with ranges) were written on the third day before any of its work, as a
    # blind check: at 110312b they scored 0.988 / 0.976 (left: "finish early today" read as the
    # start of the day, a chat "half 6" read as 06:30 at the pub, "from March to May 2021" with
    # March in 2018). 55-57 (70 expressions: three days of tweets, one to a paragraph, read as
    # colloquial by auto) were written in session 21 before its tweet families: 0.924 / 0.803
    # at d8ffef8, 1.000 / 0.943 after them (left: "ppl are coming at 8ish" for a party read as
    # the morning, "b4 noon" after "tmr" in a clause that a past verb before an emoji governs,
    # "til 3am" after "yday" as yesterday's, "in 9 days" in a scheduled present read as the
    # date).
    # 50-53 (106 expressions: the siege of Orléans, the campaign of 1866, the
    # Winter War in day-month order, a biography of Pitt) were written in session 21 before the
    # tagger was run on them: at d8ffef8 0.991 / 0.813 (a flashback in the past perfect that
    # carried the story back a year, "That winter" that moved it to the end of the winter, "the
    # Hundred Years' War" as a duration), after that session's work 1.000 / 1.000. 43-46 (96
    # expressions: 2013 wire stories of four desks) scored 0.984 / 0.984 at d8ffef8 on their
    # corrected gold, 1.000 / 1.000 after session 21's news families; 60 (a pipeline outage on
    # zones and signals) 0.974 / 0.974, then 1.000 / 1.000. 66-89 and 96-99 (26 texts, 295
    # expressions: news of many desks, a live blog, a newsletter, forum posts and chat, an
    # obituary, histories) were written in session 21 in thirteen batches, each scored once
    # before the fixes it showed: together 0.929 / 0.888 at d8ffef8 and 0.976 / 0.956 after
    # the session (left: an anniversary piece's second paragraph read at the publication,
    # elliptical counts, "the opening weekend", a contrastive "Today", "11ish" at night). 140
    # (a hurricane landfall, 22 expressions mixing zones and signals) was written in session
    # 22 before the tagger was run on it, beside a second table of 43 sentences
    # (test_signal_table_2.py): 1.000 / 0.727 at e0e7758 (a range in a relative clause after a
    # past verb, "could ... through the weekend, the center warned", a month after "since
    # Hurricane Gilbert in 1988"), 1.000 / 0.955 after that session's work (left: "to be
    # complete by 16:00 Havana time" read on the Saturday a forecast named the sentence
    # before).
    # 120-125 (114 expressions: informal text that is not tweets: a forum trip report, reviews,
    # emails across time zones, a community board, a group chat, a support ticket) were written
    # in session 22 before the tagger was run on them: 0.856 / 0.820 at e0e7758 on the
    # corrected gold, 0.982 / 0.947 after its informal families (left: "on the Friday" of a
    # trip told in the past, "the 20th" after a range into March, "3:30 UK time" without a
    # cue, a header's "september", a bare "until 3" in an email, "sat morning" of a weekend
    # named two weeks on).
    # 130-135 (138 expressions: wire copy of the business, markets, central-bank, sport and
    # science desks, with datelines and background paragraphs) were written in session 22
    # before the tagger was run on them: 0.986 / 0.957 at e0e7758 ("the quarter ending in
    # December" read as the third quarter named before it, "the previous quarter" counted from
    # a year, "as recently as", "Minutes of" a meeting and "a season" of a sport tagged,
    # "year-to-date" missed, "since the spring" put in an outlook's year, "the January-March
    # quarter" read in the past of "said" before "expects"), 1.000 / 1.000 after its families.
    # 100-105 (99 expressions: Wikinews-style stories of six desks, a comet landing with a
    # heading date, a league title with a season, a Chilean earthquake with zones in words, a
    # Canadian election with a background paragraph, an adjourned fraud trial, a tram closure
    # with ranges) were written in session 22 before the tagger was run on them: 0.985 / 0.884
    # at e0e7758, 1.000 / 0.980 after its families (left: "20 January" and "August" after "in
    # March 2004 and needed a decade" read in 2004).
    # 110-114 (126 expressions: the Korean War, the Spanish Civil War, the Peloponnesian War in
    # years BC, the Second Boer War, Guadalcanal) were written in session 22 before the tagger
    # was run on them: 0.896 / 0.768 at e0e7758 (a weekday that made a history news and sent
    # its story back to the publication, years BC not counted by auto, a season or a night of a
    # year BC, "431–404 BC", "In 430" in a story BC, "the Eighth Army" as a day, a compound
    # of three units, "a market day", "a single week", "that weekend", "the afternoon of the
    # 9th"), 0.996 / 0.996 after that session's work (left: "In 430 plague broke out", a year
    # of three digits before a noun).
    # 150-185 (36 texts, 387 expressions: news of many desks with background paragraphs, an
    # anniversary piece, an obituary, a company history, a live blog, a crisis chronology, an
    # almanac, a press release, public notices, a radio bulletin, a travel post, a baking blog,
    # results in the financial press's codes, 2013 wire stories) were written by the session-22
    # lead in nine batches of four, each scored once before the fixes it showed, on gold
    # corrected for the lead's own slips against the conventions: 1.000 / 0.932, 0.981 / 0.943,
    # 0.990 / 0.891, 0.988 / 0.965, 1.000 / 0.978, 0.958 / 0.958, 0.969 / 0.844, 0.990 / 0.980,
    # 1.000 / 1.000 (left: "The trial opened on 3 March" after "the following year" read in
    # that year, "five years later" counted from the end of a range, an elliptical "the first"
    # half, "the warmest October on record" tagged).
    # 200-265 (36 texts, 680 expressions, six per writer: court and science news, sport and
    # culture, elections, crises and disasters across zones, biographies and histories, tech
    # and product news full of version numbers, minutes, newsletters, notices and calendars,
    # health and climate reports) and 186-198 and 270-278 (21 texts, 220 expressions: a winter
    # storm, a bakery chain's history, an office email, a front-line update, an aid convoy,
    # ceasefire talks, a timetable change, a club's chat post, a port's history, a bridge
    # reopening, a composer's biography, a trip planned in chat, an adjourned trial, a cup final,
    # a festival's history, an energy price cap, snow-day tweets, Halley's comet, a tube
    # strike, a restaurant review, an Antarctic expedition)
    # were written in session 23, each batch annotated and scored once before the fixes it
    # showed, on gold corrected for its writer's slips against the conventions: from 0.944 /
    # 0.838 to 1.000 / 1.000 a batch before; 200-265 0.994 / 0.976 and the lead's 1.000 / 0.995
    # after (left: a possessive weekday for an event to come after a past verb, "Ten years
    # later" after a range of decades, "the second half" of a race, a race time "2:10", a clock
    # time opening a paragraph after a background day).
    # 280-315 (24 texts, 573 expressions, six per writer: Wikipedia-style war and crisis
    # articles, Wikinews-style stories across zones, tweet threads and short posts, wire
    # stories of 1997-2008) and 286-289, 296-299, 306-309, 316-318 (15 texts, 220
    # expressions: a launch slip with zones, a lighthouse history, a cottage chat, a burglary
    # appeal, a GDP release, a ferry advisory, an obituary, a flood report, polling day, a
    # travel blog, a clinic recall, a cup-tie live blog, a tenancy appeal, a company history, a
    # week in review) were written in session 24, each batch annotated and scored once before
    # the fixes it showed, on gold corrected for its writer's slips: 0.988 / 0.827 (wars),
    # 0.980 / 0.948 (Wikinews), 0.932 / 0.864 (tweets), 0.968 / 0.948 (wire) before, 1.000 /
    # 0.977, 0.996 / 0.996, 0.996 / 0.945, 1.000 / 1.000 at the session's end; the lead's five
    # batches 0.982 / 0.946, 1.000 / 0.918, 0.976 / 0.976, 1.000 / 1.000, 0.937 / 0.886 before,
    # 0.998 / 0.980 together after (left: an infinitive's date in a background, "the weekend"
    # after a day told years back in news, "a year earlier" after a quarter and two months, a
    # bare clock time two paragraphs after an "until" day, "Seventy years on" counted from the
    # last date told). A text whose first line gives a datetime is tagged against it. The bars
    # leave room for a few expressions, not for a family.
    assert scores["strict_f1"] >= 0.97, errors
    assert scores["value_f1"] >= 0.97, errors
