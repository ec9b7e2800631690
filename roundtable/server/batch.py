"""Requests from phones that arrive in the same turn of the event loop, written together.

A room of phones sending at once (notes, or ballots while the room votes) would otherwise
wait for the disk once each; gathered, they wait for it once. The write waits for what the
loop has ready now, and no longer: a lone phone is answered at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

A = TypeVar("A")

log = logging.getLogger(__name__)


class NextWrite(Generic[A]):
    """Gathers payloads for one call of `write` (payloads -> one answer each, in order).

    When `write` raises, every phone waiting gets `failed(error)`: unanswered, a phone
    waited for ever and sent nothing more. `what` names the payloads in the log."""

    def __init__(
        self,
        write: Callable[[list[Any]], list[A]],
        failed: Callable[[Exception], A],
        what: str,
    ) -> None:
        self.write, self.failed, self.what = write, failed, what
        self._waiting: list[tuple[Any, asyncio.Future[A]]] = []

    def __call__(self, payload: Any) -> asyncio.Future[A]:
        """The payload's answer once it is written with the others that came with it."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[A] = loop.create_future()
        self._waiting.append((payload, answer))
        if len(self._waiting) == 1:
            loop.call_soon(self._write_waiting)
        return answer

    def _write_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        try:
            answers = self.write([p for p, _f in waiting])
        except Exception as err:  # noqa: BLE001 (every phone waiting must get an answer)
            log.exception("%s from phones not written", self.what)
            answers = [self.failed(err)] * len(waiting)
        for (_payload, future), answer in zip(waiting, answers, strict=True):
            if not future.done():  # (the phone may have gone meanwhile)
                future.set_result(answer)
