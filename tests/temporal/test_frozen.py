"""timeline.temporal.frozen.fast_init: the faster __init__ of the frozen value classes changes
nothing a caller can see."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from timeline.temporal import calendar, types
from timeline.temporal.frozen import fast_init


@fast_init
@dataclass(frozen=True, slots=True)
class _Sample:
    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    d: int = field(default=4, compare=False)


@fast_init
@dataclass(frozen=True, slots=True)
class _Checked:
    n: int

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError("negative")


def test_it_takes_the_same_arguments_and_defaults():
    s = _Sample(1)
    assert (s.a, s.b, s.c, s.d) == (1, "b", [], 4)
    assert _Sample(1, "x", [2], 5) == _Sample(a=1, b="x", c=[2], d=9)  # d is not compared
    assert _Sample(1).c is not _Sample(1).c  # a fresh default per instance
    with pytest.raises(TypeError):
        _Sample()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Sample(1, e=2)  # type: ignore[call-arg]


def test_it_stays_frozen_hashable_and_replaceable():
    s = _Sample(1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.a = 2  # type: ignore[misc]
    assert hash(_Checked(3)) == hash(_Checked(3))
    assert dataclasses.replace(s, b="y") == _Sample(1, "y")
    assert pickle.loads(pickle.dumps(_Checked(3))) == _Checked(3)
    assert repr(_Checked(3)) == "_Checked(n=3)"


def test_it_runs_post_init():
    with pytest.raises(ValueError, match="negative"):
        _Checked(-1)
    with pytest.raises(ValueError, match="negative"):
        dataclasses.replace(_Checked(1), n=-1)


def test_the_tagger_classes_use_it():
    for cls in (calendar.Point, types.Timex, types.Interval):
        assert cls.__init__.__module__ == cls.__module__
        assert any(name.startswith("_set_") for name in cls.__init__.__code__.co_names)


def test_it_refuses_what_it_is_not_for():
    @dataclass
    class Plain:
        a: int

    with pytest.raises(TypeError):
        fast_init(Plain)
