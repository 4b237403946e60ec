"""Read and write TimeML 1.2 documents (the format of TimeBank and TempEval-3).

A TimeML file wraps a news text in XML and marks its temporal expressions inline::

    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08"
              functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
    <TEXT>Stocks fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT>
    </TimeML>

:func:`parse` turns that into a :class:`TimeMLDocument`: the document creation time (the
reference for relative expressions), the *plain text* and the gold :class:`GoldTimex` list.
The plain text follows the TempEval-3 scoring convention: the character content of ``<TEXT>``
with every tag removed and XML entities decoded, so the text above is ``"Stocks fell
Wednesday."`` and the gold expression sits at offsets ``[12, 21)``.

:func:`write` goes the other way: a text, its reference and the tagger's expressions become a
TimeML document with inline ``TIMEX3`` tags (what ``timeline tag --format timeml`` prints).
Writing then parsing gives back the same text and offsets.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "TimeMLError",
    "parse",
    "read",
    "reference_value",
    "write",
]


class TimeMLError(ValueError):
    """A document that is not TimeML this module can read (no DCT, no TEXT, bad XML)."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One ``TIMEX3`` annotated inside ``<TEXT>``, located in the plain text.

    ``text == document.text[start:end]``. ``attrs`` keeps every XML attribute as written
    (``tid``, ``anchorTimeID``, ``quant``, ...), for anything the named fields leave out.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""
    attrs: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A parsed TimeML document.

    ``dct`` is the ``value`` of the document creation time (``1998-01-08`` or
    ``1998-11-20T19:30``); :attr:`reference` is its calendar date, the reference TempEval-3
    systems resolve against.
    """

    name: str
    dct: str
    text: str
    timexes: tuple[GoldTimex, ...]

    @property
    def reference(self) -> date:
        """The DCT's calendar date (``1998-11-20T19:30`` → ``date(1998, 11, 20)``)."""
        return date.fromisoformat(self.dct[:10])


def _dct_value(root: ET.Element) -> str:
    for dct in root.iter("DCT"):
        for timex in dct.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
                return timex.get("value", "")
    raise TimeMLError("no <DCT> with a TIMEX3 whose functionInDocument is CREATION_TIME")


def _flatten(
    element: ET.Element, parts: list[str], found: list[tuple[int, int, dict[str, str]]], pos: int
) -> int:
    """Append ``element``'s character content to ``parts``; note TIMEX3 spans; return the end."""
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        start = pos
        pos = _flatten(child, parts, found, pos)
        if child.tag == "TIMEX3":
            found.append((start, pos, dict(child.attrib)))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def parse(source: str | bytes, name: str = "") -> TimeMLDocument:
    """Parse TimeML markup (a whole document as a string or bytes).

    >>> doc = parse('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
    ...             'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>'
    ...             '<TEXT>Up 2% <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
    ...             'Wednesday</TIMEX3> &amp; more.</TEXT></TimeML>')
    >>> doc.text, doc.timexes[0].start, doc.timexes[0].value, doc.reference.isoformat()
    ('Up 2% Wednesday & more.', 6, '1998-01-07', '1998-01-08')
    """
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        raise TimeMLError(f"{name or 'document'}: not well-formed XML: {error}") from None
    texts = list(root.iter("TEXT"))
    if not texts:
        raise TimeMLError(f"{name or 'document'}: no <TEXT> element")
    dct = _dct_value(root)
    parts: list[str] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    _flatten(texts[0], parts, found, 0)
    text = "".join(parts)
    timexes = tuple(
        GoldTimex(
            start=start,
            end=end,
            text=text[start:end],
            type=attrs.get("type", ""),
            value=attrs.get("value", ""),
            mod=attrs.get("mod") or None,
            tid=attrs.get("tid", ""),
            attrs=attrs,
        )
        for start, end, attrs in sorted(found, key=lambda f: (f[0], f[1]))
    )
    return TimeMLDocument(name=name, dct=dct, text=text, timexes=timexes)


def read(path: str | Path) -> TimeMLDocument:
    """Read and :func:`parse` a ``.tml`` file; the document's name is the file name."""
    path = Path(path)
    return parse(path.read_bytes(), name=path.name)


def reference_value(reference: date | datetime) -> tuple[str, str]:
    """The TIMEX3 ``(type, value)`` of a reference time, as written in a ``<DCT>``.

    A date is a ``DATE`` (``2022-05-14``); a datetime is a ``TIME`` in its own local time,
    to the minute, or to the second when it has seconds (``2022-05-14T09:30``).
    """
    if isinstance(reference, datetime):
        spec = "minutes" if reference.second == 0 and reference.microsecond == 0 else "seconds"
        return "TIME", reference.replace(tzinfo=None).isoformat(timespec=spec)
    return "DATE", reference.isoformat()


# Characters XML would not give back as written: CR is normalised to LF by every parser.
_XML_UNSAFE = re.compile("\r")


def _text(chunk: str) -> str:
    return _XML_UNSAFE.sub("&#13;", escape(chunk))


def _attr(name: str, value: Any) -> str:
    return f" {name}={quoteattr(str(value))}"


def write(text: str, reference: date | datetime, timexes: Iterable[Any], docid: str = "") -> str:
    """A TimeML document: ``text`` with one inline ``TIMEX3`` per expression, ``reference`` as DCT.

    ``timexes`` are :class:`~timeline.temporal.types.Timex` objects or anything with ``start``,
    ``end``, ``type``, ``value`` and optional ``mod``, ``quant``, ``freq``; they are numbered
    ``t1``, ``t2``, ... in text order and must not overlap (a ``ValueError`` says which do).
    """
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    dct_type, dct_value = reference_value(reference)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if docid:
        out.append(f"<DOCID>{escape(docid)}</DOCID>\n")
    out.append(
        f'<DCT><TIMEX3 tid="t0"{_attr("type", dct_type)}{_attr("value", dct_value)}'
        f' temporalFunction="false" functionInDocument="CREATION_TIME">'
        f"{escape(dct_value)}</TIMEX3></DCT>\n<TEXT>"
    )
    pos = 0
    for number, timex in enumerate(ordered, start=1):
        if timex.start < pos:
            raise ValueError(
                f"overlapping expressions at offset {timex.start}: "
                f"{text[timex.start : timex.end]!r}"
            )
        if not 0 <= timex.start < timex.end <= len(text):
            raise ValueError(f"expression [{timex.start}, {timex.end}) outside the text")
        attrs = _attr("tid", f"t{number}") + _attr("type", timex.type) + _attr("value", timex.value)
        for name in ("mod", "quant", "freq"):
            if getattr(timex, name, None):
                attrs += _attr(name, getattr(timex, name))
        out.append(_text(text[pos : timex.start]))
        out.append(f"<TIMEX3{attrs}>{_text(text[timex.start : timex.end])}</TIMEX3>")
        pos = timex.end
    out.append(_text(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)
