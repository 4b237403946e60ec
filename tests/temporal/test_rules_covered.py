"""Every rule of the tagger is exercised by at least one corpus example.

A rule no example reaches is untested: add an example to the family's corpus (or drop the
rule). The examples count as exercising a rule when the rule produced any expression while
tagging a positive example's sentence or a span sentence.
"""

from __future__ import annotations

from corpus import load_all, load_special

from timeline.temporal import RULES, tag


def test_every_rule_has_an_example() -> None:
    used: set[str] = set()
    for case in load_all():
        used.update(
            t.rule for t in tag(case.sentence, case.reference, document_type=case.document_type)
        )
    spans = load_special("spans")
    for case in spans["cases"]:
        used.update(t.rule for t in tag(case["sentence"], spans["reference"]))
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)), "duplicate rule ids"
    assert sorted(set(ids) - used) == []
