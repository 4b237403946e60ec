"""How much a happening matters, and why, in words a reader can check.

Three signals, each with diminishing returns (a logarithm), added:

- **reporting**: how many distinct sources report it (weight :data:`SOURCE_WEIGHT`) and how many
  articles (:data:`ARTICLE_WEIGHT`): what many newsrooms cover independently matters more than
  what one outlet repeats;
- **referred back to**: how many *other* articles, published after it, date a sentence to its
  day (:data:`LATER_WEIGHT`). In the timeline-summarisation literature, how often later
  articles mention a date is the strongest single signal of a date that matters;
- **precision**: a happening known to the hour or the day is worth more on a timeline than one
  known to the month (:data:`PRECISION`).

A happening every report of which is prospective (expected, planned, announced for its date)
scores :data:`PROSPECTIVE_FACTOR` of that: a timeline is first of all what happened, and a
forecast ranks below the same coverage of a thing done.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SOURCE_WEIGHT = 2.0
ARTICLE_WEIGHT = 1.0
LATER_WEIGHT = 1.5
#: What a forecast's score keeps (a half: below any report of the same coverage that happened).
PROSPECTIVE_FACTOR = 0.5

#: Bonus by granularity (coarser ones get none).
PRECISION = {
    "minute": 1.0,
    "hour": 1.0,
    "partofday": 0.8,
    "day": 0.7,
    "weekend": 0.4,
    "week": 0.4,
    "month": 0.2,
}

_PRECISION_WORDS = {
    "minute": "the minute",
    "hour": "the hour",
    "partofday": "part of a day",
    "day": "the day",
    "weekend": "a weekend",
    "week": "the week",
    "month": "the month",
    "quarter": "the quarter",
    "half": "a half-year",
    "season": "the season",
    "year": "the year",
    "decade": "the decade",
    "century": "the century",
}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Importance:
    """The signals of one happening; :attr:`value` scores them, :meth:`why` says them."""

    sources: int
    articles: int
    later_articles: int
    granularity: str
    #: Every report speaks of what is expected, planned or announced for the date.
    prospective: bool = False

    @property
    def value(self) -> float:
        score = (
            SOURCE_WEIGHT * math.log1p(self.sources)
            + ARTICLE_WEIGHT * math.log1p(self.articles)
            + LATER_WEIGHT * math.log1p(self.later_articles)
            + PRECISION.get(self.granularity, 0.0)
        )
        if self.prospective:
            score *= PROSPECTIVE_FACTOR
        return round(score, 3)

    def why(self) -> str:
        """E.g. "reported by 3 sources in 4 articles; 2 later articles refer back to its date;
        dated to the day", and "; expected or announced, not reported as done (half the score)"
        when every report speaks of the future."""
        parts = [
            f"reported by {_plural(self.sources, 'source')} in {_plural(self.articles, 'article')}"
        ]
        if self.later_articles:
            verb = "refers" if self.later_articles == 1 else "refer"
            parts.append(f"{_plural(self.later_articles, 'later article')} {verb} back to its date")
        parts.append(f"dated to {_PRECISION_WORDS.get(self.granularity, self.granularity)}")
        if self.prospective:
            parts.append("expected or announced, not reported as done (half the score)")
        return "; ".join(parts)
