"""Connections from the room's network that hold a socket and ask nothing: closed.

aiohttp closes a connection left idle after an answer (keep-alive), but never one whose
request is not finished: its headers or its body half sent, by a phone that left the Wi-Fi
mid-request or by someone holding connections open on purpose. Each holds one of the
laptop's open files (256 for an app on a Mac): a few hundred, and no phone could connect any
more, nor the app write the minutes. So a connection quiet for QUIET_S (its last request
begun or answered that long ago, or none begun) is closed, looked for every SWEEP_S; and one
address holds at most PER_ADDRESS (a phone's browser opens six), those waiting for their next
request closed first (the quietest first), then those whose request has not begun, and a
request under way last: behind a venue's router, where a room's phones share one address, a
phone's note sent over weak Wi-Fi was the quietest, and it was cut off for a phone's look at
the page. A browser opens a new connection for a request when its open one was closed.
The page gives up on a request after 15 s and sends it again, so it loses nothing to either.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

QUIET_S = 30.0
SWEEP_S = 5.0
# Enough for the phones of a room behind one address (a venue's network that hides them
# behind its router), few enough that one laptop on the Wi-Fi cannot use up the open files.
PER_ADDRESS = 64

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _address(transport: Any) -> str:
    peer = transport.get_extra_info("peername") if transport is not None else None
    return str(peer[0]) if isinstance(peer, tuple) and peer else ""


class Connections:
    """When each connection of `server` (an aiohttp web.Server) was last heard, and closing
    the quiet ones. `clock` gives seconds (time.monotonic; a test's own)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.server: Any = None
        self._heard: dict[Any, float] = {}  # a connection (aiohttp's handler) -> when
        self._busy: dict[Any, int] = {}  # a connection -> its requests under way
        self._answered: set[Any] = set()  # connections that were answered at least once
        self._looking: asyncio.TimerHandle | None = None  # (not a task: none to wait for)

    def watch(self, server: Any, loop: asyncio.AbstractEventLoop) -> None:
        """Hear of each connection `server` makes as it is made, to keep PER_ADDRESS, and
        close the quiet ones every SWEEP_S in `loop` until `stop`."""
        self.server = server
        made = server.connection_made

        def connection_made(handler: Any, transport: Any) -> None:
            made(handler, transport)
            self._heard[handler] = self.clock()
            self._keep_per_address(_address(transport))

        server.connection_made = connection_made
        self._look(loop)

    def _look(self, loop: asyncio.AbstractEventLoop) -> None:
        # The loop is given: qasync runs its timers from Qt's events, and Qt's events run
        # outside asyncio's loop too (a test waiting on Qt), where none is running to ask.
        self.sweep()
        self._looking = loop.call_later(SWEEP_S, self._look, loop)

    def stop(self) -> None:
        if self._looking is not None:
            self._looking.cancel()
            self._looking = None

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Each request heard as it begins and as it is answered."""
        connection = request.protocol
        self._heard[connection] = self.clock()
        self._busy[connection] = self._busy.get(connection, 0) + 1
        try:
            return await handler(request)
        finally:
            self._heard[connection] = self.clock()
            self._answered.add(connection)
            self._busy[connection] -= 1
            if not self._busy[connection]:
                del self._busy[connection]

    def _open(self) -> list[Any]:
        if self.server is None:
            return []
        open_ = [c for c in self.server.connections if _open(c)]
        self._heard = {c: self._heard.get(c, self.clock()) for c in open_}
        self._answered &= set(open_)
        return open_

    def _to_close_first(self, connection: Any) -> tuple[int, float]:
        """Waiting for its next request (0), its request not begun (1), under way (2)."""
        if self._busy.get(connection):
            return 2, self._heard[connection]
        return (0 if connection in self._answered else 1), self._heard[connection]

    def _keep_per_address(self, address: str) -> None:
        theirs = [c for c in self._open() if _address(c.transport) == address]
        over = len(theirs) - PER_ADDRESS
        if over > 0:
            for connection in sorted(theirs, key=self._to_close_first)[:over]:
                connection.transport.close()

    def sweep(self) -> int:
        """Close the connections quiet for QUIET_S; how many were closed."""
        now = self.clock()
        quiet = [c for c in self._open() if now - self._heard[c] > QUIET_S]
        for connection in quiet:
            connection.transport.close()
        return len(quiet)


def _open(connection: Any) -> bool:
    transport = connection.transport
    return transport is not None and not transport.is_closing()
