"""Tagging in worker processes while this process stores, in input order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

#: Articles handed to the workers ahead of the one being stored, per worker (bounds memory).
_AHEAD_PER_WORKER = 4


_Item = TypeVar("_Item")


def _in_order(
    items: Iterable[_Item], start: Callable[[_Item], tuple[Any, Any]], ahead: int
) -> Iterator[tuple[_Item, Any, Any]]:
    """Start work on each item and hand back ``(item, value, result)`` in input order.

    ``start(item)`` returns ``(value, future)``, the future being ``None`` when there is
    nothing to wait for; ``result`` is the future's result (``None`` without one). At most
    ``ahead`` items are started beyond the first one not handed back, so memory stays flat
    whatever the number of items, and the workers always have the next ones at hand.
    """
    from collections import deque

    pending: deque[tuple[_Item, Any, Any]] = deque()

    def settled() -> tuple[_Item, Any, Any]:
        item, value, future = pending.popleft()
        return item, value, (future.result() if future is not None else None)

    for item in items:
        pending.append((item, *start(item)))
        while pending and (len(pending) > ahead or pending[0][2] is None or pending[0][2].done()):
            yield settled()
    while pending:
        yield settled()


@contextmanager
def _worker_pool(workers: int) -> Iterator[Any]:
    """``workers`` tagging processes. Started with ``spawn``, they import the tagger afresh
    and share no database connection with this process; each exits as soon as this process
    is gone (:func:`_watch_parent`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        yield pool


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the storing process is gone. Killed (SIGKILL) it cannot
    stop its workers, and they would wait for work forever."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
