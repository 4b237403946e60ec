"""Reading articles from files and streams: JSON (one value, a list, or several in a row),
JSONL and directories of them, one record at a time, so memory stays flat."""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

INPUT_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINE_SUFFIXES = (".jsonl", ".ndjson")
_CHUNK = 1 << 16
_DECODER = json.JSONDecoder()  # stateless: one for every value read

#: The largest record read by default, in bytes (a larger one is reported and skipped).
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024


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


def read_records(path: Path, max_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[SourceRecord]:
    """The records of one file, streamed: JSONL line by line, JSON value by value.

    A record larger than ``max_bytes`` (a JSONL line; in a JSON file, the text of one value,
    counted in characters), nested too deeply for the decoder or holding an integer longer
    than Python's digit limit is an error record, skipped without being held in memory
    whole; the records after it are read. :data:`STDIN` is read with :func:`read_stream`."""
    if path == STDIN:
        yield from read_stream(sys.stdin.buffer, path, max_bytes)
        return
    with open(path, "rb") as stream:
        if path.name.lower().endswith(_LINE_SUFFIXES):
            yield from _jsonl_records(path, stream, max_bytes)
        else:
            yield from _json_records(path, stream, max_bytes)


def read_stream(
    stream: BinaryIO, path: Path = STDIN, max_bytes: int = DEFAULT_MAX_RECORD_BYTES
) -> Iterator[SourceRecord]:
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
        except (UnicodeDecodeError, RecursionError):  # a bad one-line object: JSONL reports it
            jsonl = text.startswith(b"{") and text.endswith(b"}")
        except json.JSONDecodeError:
            pass
        except ValueError:  # an integer past the digit limit, in a whole one-line object
            jsonl = text.startswith(b"{") and text.endswith(b"}")
    reader = _jsonl_records if jsonl else _json_records
    yield from reader(path, replay, max_bytes)  # type: ignore[arg-type]


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
        self.head = self.head[len(data) :]
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

    def readline(self, size: int = -1) -> bytes:
        if self.head:
            end = self.head.find(b"\n")
            if end >= 0 and (size < 0 or end < size):
                line = self._take_head(end + 1)
            elif size >= 0 and len(self.head) >= size:
                line = self._take_head(size)
            else:
                line = self._take_head(-1)
                line += self.stream.readline(-1 if size < 0 else size - len(line))
        else:
            line = self.stream.readline(size)
        self.position += len(line)
        return line

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def tell(self) -> int:
        return self.position


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read with at most ``max_bytes + 1`` bytes in memory;
    ``None`` for a longer line (the rest of it is read and dropped)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(_CHUNK)
        yield None


def _jsonl_records(
    path: Path, stream: BinaryIO, max_bytes: int = DEFAULT_MAX_RECORD_BYTES
) -> Iterator[SourceRecord]:
    for number, raw in enumerate(_lines(stream, max_bytes), start=1):
        position = stream.tell()
        if raw is None:
            yield SourceRecord(path, number, error=_too_large(max_bytes), position=position)
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
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
            yield SourceRecord(
                path,
                number,
                error=f"invalid JSON: {exc.msg} (column {exc.colno})",
                position=position,
            )
            continue
        except (RecursionError, ValueError) as exc:
            yield SourceRecord(path, number, error=_undecodable(exc), position=position)
            continue
        yield SourceRecord(path, number, value=value, position=position)


def _too_large(max_bytes: int) -> str:
    return f"record larger than the limit of {max_bytes} bytes (--max-record-bytes); skipped"


def _undecodable(exc: BaseException) -> str:
    """Why valid JSON could not be decoded: too deep for the stack, or an integer past
    Python's digit limit."""
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply to read"
    return f"invalid JSON: a number is too long ({exc})"


class _Skipped(Exception):
    """A value that was read past without being decoded (see :meth:`_JsonStream.skip`)."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


_STRUCTURE = re.compile(r'[\[\]{}"]')
_STRING_END = re.compile(r'["\\]')
_SCALAR_END = re.compile(r"[,\]}\s]")


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
            chunk = chunk[len(codecs.BOM_UTF8) :]
        self.first = False
        if self.pos > _CHUNK:
            self.buffer = self.buffer[self.pos :]
            self.pos = 0
        try:
            if not chunk:
                self.eof = True
                self.buffer += self.decoder.decode(b"", final=True)
                return False
            # Grown through a local name: CPython then extends the string in place instead of
            # copying the whole buffer for every chunk (a long value spans many).
            buffer, self.buffer = self.buffer, ""
            buffer += self.decoder.decode(chunk)
            self.buffer = buffer
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

    def value(self, max_chars: int | None = None) -> Any:
        """Decode the value at the current position (after :meth:`peek`).

        A value longer than ``max_chars``, nested too deeply or holding an integer past the
        digit limit is read past (:meth:`skip`) and :class:`_Skipped` raised."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if max_chars is not None and len(self.buffer) - self.pos > max_chars:
                    line = self.line
                    self.skip()
                    raise _Skipped(line, _too_large(max_chars)) from None
                if self._grow():
                    continue
                raise _located(exc, self) from None
            except (RecursionError, ValueError) as exc:
                line = self.line
                self.skip()
                raise _Skipped(line, _undecodable(exc)) from None
            if end == len(self.buffer) and self.buffer[self.pos] not in '{["' and self.fill():
                continue  # a number or literal may continue in the next chunk
            if max_chars is not None and end - self.pos > max_chars:
                line = self.line
                self.advance(end)
                raise _Skipped(line, _too_large(max_chars))
            self.advance(end)
            return value

    def _grow(self) -> bool:
        """Read until the text from the current position has doubled (or the input ends), so
        that a value spanning many chunks is decoded a few times, not once per chunk; false
        when nothing more could be read."""
        target = 2 * max(len(self.buffer) - self.pos, _CHUNK)
        grew = False
        while len(self.buffer) - self.pos < target and self.fill():
            grew = True
        return grew

    def skip(self) -> None:
        """Move past the value at the current position without decoding it: brackets are
        counted (outside strings) with regular expressions, chunk by chunk, so neither the
        stack nor memory grows with the value."""
        if self.buffer[self.pos] not in '[{"':
            while (found := _SCALAR_END.search(self.buffer, self.pos)) is None:
                self.advance(len(self.buffer))
                if not self.fill():
                    return
            self.advance(found.start())
            return
        depth, in_string = 0, False
        while True:
            found = (_STRING_END if in_string else _STRUCTURE).search(self.buffer, self.pos)
            if found is None:
                self.advance(len(self.buffer))
                if not self.fill():
                    raise _JsonError(self.line, "invalid JSON: unterminated value")
                continue
            char, after = found.group(), found.end()
            if char == "\\":
                if after >= len(self.buffer):  # the escaped character is in the next chunk
                    self.advance(found.start())
                    if not self.fill():
                        raise _JsonError(self.line, "invalid JSON: unterminated string")
                    continue
                self.advance(after + 1)
                continue
            self.advance(after)
            if char == '"':
                in_string = not in_string
                if in_string or depth:
                    continue
                return
            depth += 1 if char in "[{" else -1
            if depth == 0:
                return


class _JsonError(ValueError):
    """A JSON syntax error at a line of the file."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _located(exc: json.JSONDecodeError, reader: _JsonStream) -> _JsonError:
    line = reader.line + reader.buffer.count("\n", reader.pos, exc.pos)
    return _JsonError(line, f"invalid JSON: {exc.msg}")


def _json_records(
    path: Path, stream: BinaryIO, max_bytes: int = DEFAULT_MAX_RECORD_BYTES
) -> Iterator[SourceRecord]:
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
                    items += 1
                    need_value = False
                    yield _record(path, reader, stream, max_bytes)
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
            yield _record(path, reader, stream, max_bytes)
    except _JsonError as exc:
        yield SourceRecord(path, exc.line, error=exc.reason, position=stream.tell())


def _record(path: Path, reader: _JsonStream, stream: BinaryIO, max_bytes: int) -> SourceRecord:
    """The record at the reader's position: its value, or the error of a skipped one."""
    line = reader.line
    try:
        value = reader.value(max_bytes)
    except _Skipped as skipped:
        return SourceRecord(path, skipped.line, error=skipped.reason, position=stream.tell())
    return SourceRecord(path, line, value=value, position=stream.tell())


def _utf8_error(exc: UnicodeDecodeError, raw: bytes | None) -> str:
    byte = exc.object[exc.start : exc.start + 1]
    where = f" at column {exc.start + 1}" if raw is not None else ""
    return f"not UTF-8: byte 0x{byte.hex()}{where}"
