"""Reading articles from files and streams: JSON (one value, a list, or several in a row),
JSONL and directories of them, one record at a time, so memory stays flat."""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

INPUT_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINE_SUFFIXES = (".jsonl", ".ndjson")
_CHUNK = 1 << 16
_DECODER = json.JSONDecoder()  # stateless: one for every value read


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One record read from a file: the decoded ``value``, or the ``error`` that prevented it.

    ``line`` is the 1-based line where the record starts; ``position`` is how many bytes of the
    file have been read so far (for progress bars).
    """

    path: Path
    line: int
    value: Any = None
    error: str | None = None
    position: int = 0


#: The path ``-``: standard input (a file named "-" is ``./-``).
STDIN = Path("-")


def display_name(path: Path) -> str:
    """How ``path`` is named in messages: ``<stdin>`` for :data:`STDIN`."""
    return "<stdin>" if path == STDIN else str(path)


def input_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to read: each file given, and the JSON/JSONL files inside each directory.

    ``-`` is standard input (:data:`STDIN`), at most once. Directories are walked
    recursively in name order; hidden entries are skipped. Raises :class:`FileNotFoundError`
    for a path that does not exist, :class:`ValueError` for ``-`` given twice.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if os.fspath(raw) == "-":
            if STDIN in files:
                raise ValueError("standard input (-) can be read only once")
            files.append(STDIN)
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(
                    Path(root) / name
                    for name in sorted(names)
                    if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES)
                )
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return files


def read_records(path: Path) -> Iterator[SourceRecord]:
    """The records of one file, streamed: JSONL line by line, JSON value by value.

    :data:`STDIN` is read with :func:`read_stream`."""
    if path == STDIN:
        yield from read_stream(sys.stdin.buffer, path)
        return
    with open(path, "rb") as stream:
        if path.name.lower().endswith(_LINE_SUFFIXES):
            yield from _jsonl_records(path, stream)
        else:
            yield from _json_records(path, stream)


def read_stream(stream: BinaryIO, path: Path = STDIN) -> Iterator[SourceRecord]:
    """The records of a stream without a file name (standard input), streamed.

    Its format is told from its start: JSONL if the first non-blank line is a whole JSON value
    other than a list (an article per line, read line by line, a bad line skipped), else JSON
    (one article, a list of them, or several in a row, as in a ``.json`` file). Records are
    handed on as soon as they arrive, so a producer can keep writing to the pipe.
    """
    replay = _Replay(stream)
    head = replay.peek_line()
    text = head.removeprefix(codecs.BOM_UTF8).strip()
    jsonl = False
    if text and not text.startswith(b"["):
        try:
            json.loads(text)
            jsonl = True
        except UnicodeDecodeError:  # a bad byte in a one-line object: JSONL reports its line
            jsonl = text.startswith(b"{") and text.endswith(b"}")
        except ValueError:
            pass
    yield from (_jsonl_records if jsonl else _json_records)(path, replay)  # type: ignore[arg-type]


#: How much of standard input :func:`read_stream` may read ahead to tell its format.
_PEEK_LIMIT = 1 << 20


class _Replay:
    """A byte stream read ahead by a line and then replayed, counting the bytes handed out
    (:meth:`tell`; a pipe cannot tell). Reads return what is available (``read1``) instead of
    waiting for a whole chunk."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.head = b""
        self.position = 0

    def peek_line(self, limit: int = _PEEK_LIMIT) -> bytes:
        """Read ahead up to the first non-blank line (kept for the reader) and return it; at
        most ``limit`` bytes of it, and of what precedes it, so that a huge one-line JSON
        list is not read whole (a cut line does not parse: it is read as JSON)."""
        while True:
            line = self.stream.readline(limit)
            self.head += line
            if not line or line.strip() or len(self.head) >= limit:
                return line

    def _take_head(self, size: int) -> bytes:
        data = self.head if size < 0 else self.head[:size]
        self.head = self.head[len(data):]
        return data

    def read(self, size: int = -1) -> bytes:
        if self.head:
            data = self._take_head(size)
        elif size < 0:
            data = self.stream.read()
        else:
            read1 = getattr(self.stream, "read1", None)
            data = read1(size) if read1 is not None else self.stream.read(size)
        self.position += len(data)
        return data

    def readline(self) -> bytes:
        if self.head:
            end = self.head.find(b"\n")
            if end >= 0:
                line = self._take_head(end + 1)
            else:
                line = self._take_head(-1) + self.stream.readline()
        else:
            line = self.stream.readline()
        self.position += len(line)
        return line

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def tell(self) -> int:
        return self.position


def _jsonl_records(path: Path, stream: BinaryIO) -> Iterator[SourceRecord]:
    for number, raw in enumerate(stream, start=1):
        position = stream.tell()
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield SourceRecord(path, number, error=_utf8_error(exc, raw), position=position)
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield SourceRecord(path, number, error=f"invalid JSON: {exc.msg} (column {exc.colno})",
                               position=position)
            continue
        yield SourceRecord(path, number, value=value, position=position)


class _JsonStream:
    """Incremental reader of the JSON values in a UTF-8 byte stream, tracking line numbers."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.first = True
        self.bad: _JsonError | None = None

    def fill(self) -> bool:
        """Read another chunk; false at end of file.

        Text up to an invalid UTF-8 byte is kept, so the values before it are read; the
        :class:`_JsonError` naming the byte is raised when the reader needs more than that.
        """
        if self.bad is not None:
            raise self.bad
        if self.eof:
            return False
        chunk = self.stream.read(_CHUNK)
        if self.first and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8):]
        self.first = False
        if self.pos > _CHUNK:
            self.buffer = self.buffer[self.pos:]
            self.pos = 0
        try:
            if not chunk:
                self.eof = True
                self.buffer += self.decoder.decode(b"", final=True)
                return False
            self.buffer += self.decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            good = exc.object[: exc.start].decode("utf-8")
            line = self.line + self.buffer.count("\n", self.pos) + good.count("\n")
            self.buffer += good
            self.bad = _JsonError(line, _utf8_error(exc, None))
        return True

    def advance(self, to: int) -> None:
        self.line += self.buffer.count("\n", self.pos, to)
        self.pos = to

    def peek(self) -> str:
        """The next non-white-space character ('' at end of input), consuming white space."""
        while True:
            index = self.pos
            while index < len(self.buffer) and self.buffer[index] in " \t\r\n":
                index += 1
            self.advance(index)
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def value(self) -> Any:
        """Decode the value at the current position (after :meth:`peek`)."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.fill():
                    continue
                raise _located(exc, self) from None
            if end == len(self.buffer) and self.buffer[self.pos] not in "{[\"" and self.fill():
                continue  # a number or literal may continue in the next chunk
            self.advance(end)
            return value


class _JsonError(ValueError):
    """A JSON syntax error at a line of the file."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _located(exc: json.JSONDecodeError, reader: _JsonStream) -> _JsonError:
    line = reader.line + reader.buffer.count("\n", reader.pos, exc.pos)
    return _JsonError(line, f"invalid JSON: {exc.msg}")


def _json_records(path: Path, stream: BinaryIO) -> Iterator[SourceRecord]:
    """A JSON file: one value, several values in a row, or a list whose items are records.

    A list is read item by item. A syntax error ends the file (nothing after it can be
    located reliably); the records before it are kept.
    """
    reader = _JsonStream(stream)
    try:
        first = reader.peek()
        if first == "":
            yield SourceRecord(path, 1, error="empty file: expected an article or a list")
            return
        if first == "[":
            reader.advance(reader.pos + 1)
            items = 0
            need_value = True
            while True:
                char = reader.peek()
                if char == "":
                    raise _JsonError(reader.line, "invalid JSON: unterminated list")
                if need_value and not (char == "]" and items == 0):
                    line = reader.line
                    value = reader.value()
                    items += 1
                    need_value = False
                    yield SourceRecord(path, line, value=value, position=stream.tell())
                elif char == ",":
                    reader.advance(reader.pos + 1)
                    need_value = True
                elif char == "]":
                    reader.advance(reader.pos + 1)
                    break
                else:
                    raise _JsonError(
                        reader.line, f"invalid JSON: expected ',' or ']', got {char!r}"
                    )
        while reader.peek() != "":
            line = reader.line
            value = reader.value()
            yield SourceRecord(path, line, value=value, position=stream.tell())
    except _JsonError as exc:
        yield SourceRecord(path, exc.line, error=exc.reason, position=stream.tell())


def _utf8_error(exc: UnicodeDecodeError, raw: bytes | None) -> str:
    byte = exc.object[exc.start:exc.start + 1]
    where = f" at column {exc.start + 1}" if raw is not None else ""
    return f"not UTF-8: byte 0x{byte.hex()}{where}"
