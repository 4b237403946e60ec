"""Live sources: feeds, sitemaps and web pages in, dated articles out.

One job per module: :mod:`.canonical` (one URL per article), :mod:`.fetching` (HTTP like a
good citizen), :mod:`.feeds` (what a document is, and the links a feed or sitemap lists),
:mod:`.pages` (an article page read into an :class:`~timeline.articles.ArticleInput`),
:mod:`.dates` (the publication time, and where it came from), :mod:`.registry` (the sources
followed, their schedule and last fetch), :mod:`.work` (the two jobs: fetch a source, ingest a
URL) and :mod:`.commands` (``timeline sources``, ``poll``, ``worker``). The queue that runs
the jobs is :mod:`timeline.jobs`.
"""
