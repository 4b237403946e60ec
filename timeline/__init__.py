"""timeline: event timelines from news articles.

The core library: the temporal tagger (:mod:`timeline.temporal`), text utilities, storage,
ingestion and queries. It never imports Flask or :mod:`api`.
"""

__version__ = "0.1.0"
