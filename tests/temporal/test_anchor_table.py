"""The anchor table pairs each kind of value with the function that anchors it.

mypy cannot check that pairing (the table's values take ``Any``), so this test does: each
function's first parameter is annotated with the kind it is listed under, and every kind of
value defined in :mod:`timeline.temporal.values` has a function.
"""

from __future__ import annotations

import inspect
import typing

from timeline.temporal import values
from timeline.temporal.anchor import ANCHORS


def test_each_anchor_takes_the_kind_it_is_listed_under() -> None:
    wrong = {}
    for kind, function in ANCHORS.items():
        first = next(iter(inspect.signature(function).parameters))
        annotated = typing.get_type_hints(function)[first]
        if annotated is not kind:
            wrong[kind.__name__] = (function.__name__, annotated)
    assert wrong == {}


def test_every_kind_of_value_has_an_anchor() -> None:
    kinds = {
        obj
        for obj in vars(values).values()
        if isinstance(obj, type) and issubclass(obj, values.Spec) and obj is not values.Spec
    }
    assert kinds - set(ANCHORS) == set()
