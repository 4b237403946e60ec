"""A faster ``__init__`` for the tagger's frozen value classes.

The tagger builds tens of thousands of small frozen dataclasses a second (a :class:`~timeline.
temporal.calendar.Point` per date it reads, a value per expression, a
:class:`~timeline.temporal.types.Timex` and its interval per result). A frozen dataclass's generated
``__init__`` sets each field with ``object.__setattr__(self, name, value)``, the generic route
round its own ``__setattr__``, which raises; that was about a tenth of the instructions of a
tagging pass. :func:`fast_init` gives such a class an ``__init__`` that stores each field
through its slot's descriptor instead, about twice as fast, and changes nothing else: the
class stays frozen (assigning a field still raises ``FrozenInstanceError``), hashable and
comparable, and ``dataclasses.replace``, ``fields`` and type checkers see the dataclass as
before. Call it on the class after its statement (not as a decorator: mypyc, which compiles the
optional build of the tagger, keeps a class with any decorator but dataclass's out of C)::

    @dataclass(frozen=True, slots=True)
    class Point: ...


    fast_init(Point)

The records built for every match or resolution and read only inside a tagging pass (``Found``,
the engine's candidates, ``anchor.Context`` and ``anchor.Resolution``) are plain slotted
dataclasses instead, cheaper still; nothing assigns to one after it is built.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass with slots) with an ``__init__`` that sets each field
    through its slot descriptor; the same parameters, defaults and default factories, then
    ``__post_init__`` if the class has one. A class with a field outside ``__init__`` or a
    keyword-only field keeps the dataclass's own (not needed here)."""
    if not is_dataclass(cls):
        raise TypeError(f"{cls.__name__}: fast_init needs a dataclass with slots")
    params = getattr(cls, "__dataclass_params__")  # noqa: B009 - not in the stubs
    if not params.frozen:
        raise TypeError(f"{cls.__name__}: fast_init is for frozen dataclasses")
    found = fields(cls)
    # each field is a slot (a member descriptor) or, in a class compiled by mypyc, an attribute
    # of the native class (a getset descriptor): both have a __set__ that skips __setattr__
    if not all(hasattr(cls.__dict__.get(f.name), "__set__") for f in found):
        raise TypeError(f"{cls.__name__}: fast_init needs a dataclass with slots")
    if any(not f.init or f.kw_only for f in found):
        return cls
    namespace: dict[str, Any] = {"_MISSING": MISSING}
    args, body = [], []
    for f in found:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()")
        else:
            args.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body or ["    pass"])
    exec(source, namespace)  # noqa: S102 - code built above from the field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 - mypy forbids assigning a method
    return cls
