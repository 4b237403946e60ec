"""Sentence splitting with character offsets, for ingestion and extraction.

The splitter is the tagger's own (:mod:`timeline.temporal.sentences`), so that an event's
sentence and the sentence whose tense dated its expressions are the same one. See that module
for the rules; its word lists are ``timeline/temporal/resources/en/sentence_*.tsv``.
"""

from __future__ import annotations

from timeline.temporal.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]
