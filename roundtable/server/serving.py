"""The phone server over HTTP: its address, what each request is answered, and start and stop.

`PhoneNotes` (participation.py) decides what a note, a look at the state or a ballot gets;
this is how that reaches the phones: an aiohttp application on a port of the laptop,
behind a random code in the address. Another laptop's guest on the same network cannot
post into the session by guessing the port. The code is the server's for as long as it
exists (a window's, while it is open): Stop and Start again keep the address, so the room's
phones carry on; another window, or the file opened again, has a new code, and a phone on
the old one is told to ask for it.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from roundtable.export.languages import Words
from roundtable.server.connections import Connections
from roundtable.server.page_parts import assembled_page
from roundtable.server.page_words import served_page

DEFAULT_PORT = 8765
PORTS_TRIED = 10  # then any free port
MAX_BODY = 16 * 1024  # a note is at most 500 characters: a larger body is not a note
MAX_KEY = 64
# Seconds Stop waits for requests under way: a note being sent as Stop is pressed is taken,
# one whose phone never finishes sending it is not waited for (aiohttp waits a minute, with
# the dialog still saying phones can send); the page keeps it and sends it again.
STOP_WAIT = 1.0


@dataclass(frozen=True)
class Served:
    """Where the server listens: its port and the code in its address."""

    port: int
    code: str

    def url(self, host: str) -> str:
        return f"http://{host}:{self.port}/{self.code}"


class Serving:
    """The HTTP side of `PhoneNotes`, mixed into it: the routes, and listening on a port."""

    code: str
    served: Served | None
    connections: Connections
    ballots: Any
    _runner: web.AppRunner | None
    _starting: asyncio.Future[Served] | None
    _in_the_next_write: Any  # a note's payload -> its Answer, once written (batch.py)

    def words(self, *, again: bool = False) -> Words:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def held_now(self, keys: list[str]) -> dict[str, str]:
        raise NotImplementedError

    def web_app(self) -> web.Application:
        """A new aiohttp application answering the page, its state and its notes (one per
        start: an application serves one event loop, and once only)."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self.connections.middleware])
        app.router.add_get("/{code}", self._page)
        app.router.add_get("/{code}/", self._page)
        app.router.add_get("/{code}/state", self._state)
        app.router.add_post("/{code}/notes", self._notes)
        app.router.add_post("/{code}/ballot", self._ballot)
        return app

    def _known(self, request: web.Request) -> bool:
        # As bytes: an address typed with an accent ("/café") made the str comparison raise.
        typed = request.match_info["code"].encode("utf-8", "surrogateescape")
        return secrets.compare_digest(typed, self.code.encode())

    def _unknown(self, request: web.Request) -> web.Response:
        said = self.words()("page.unknown")
        if request.path.endswith(("/state", "/notes", "/ballot")):  # the page shows its `error`
            return web.json_response({"error": said}, status=404)
        return web.Response(status=404, text=said)

    async def _page(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return self._unknown(request)
        page = served_page(assembled_page(), self.words(again=True))
        return web.Response(
            text=page, content_type="text/html", headers={"Cache-Control": "no-store"}
        )

    async def _state(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return self._unknown(request)
        body = self.state()
        asked = request.query.get("held", "")
        if asked:  # the page asks after its notes waiting to be let in
            body["held_now"] = self.held_now([k[:MAX_KEY] for k in asked.split(",") if k])
        return web.json_response(body, headers={"Cache-Control": "no-store"})

    async def _notes(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return self._unknown(request)
        try:
            payload = await request.json()
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read
            payload = None
        address = f"address {request.remote}"
        # Whose pace the note keeps (pace.py): the id the page made, which lasts while the
        # page is open, else the address (phones behind a venue's router share one).
        sent = payload.get("device") if isinstance(payload, dict) else None
        phone = sent[:MAX_KEY] if isinstance(sent, str) and sent else address
        if isinstance(payload, dict) and (not sent or payload.get("kept") is False):
            # Sent by something other than the page (a script, an old page), or by a phone
            # that keeps nothing over a reload (storage off: a new id each time, counted as
            # a new phone each time): its address on the room's network tells its phone
            # apart, or the count read "1 note from 0 phones" or "from 3 phones" for one.
            payload["device"] = address
        answer = await self._in_the_next_write((payload, phone))
        headers = {"Retry-After": str(answer.body["wait"])} if answer.status == 429 else None
        return web.json_response(answer.body, status=answer.status, headers=headers)

    async def _ballot(self, request: web.Request) -> web.Response:
        if not self._known(request):
            return self._unknown(request)
        try:
            payload = await request.json()
        except (ValueError, RecursionError):
            payload = None
        status, body = await self.ballots.in_the_next_write(payload)
        return web.json_response(body, status=status)

    async def start(self, host: str = "0.0.0.0", port: int = DEFAULT_PORT) -> Served:
        """Listen on `port`, or the next free one of PORTS_TRIED, or any free port. Started
        already, or being started: the same address (Start pressed twice at once listened
        twice, and Stop closed only the second: phones still got notes in after it)."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._listen(host, port))
        try:
            return await asyncio.shield(self._starting)
        except Exception:
            self._starting = None  # a later start tries again
            raise

    async def _listen(self, host: str, port: int) -> Served:
        runner = web.AppRunner(self.web_app(), access_log=None, shutdown_timeout=STOP_WAIT)
        await runner.setup()
        candidates = [*range(port, port + PORTS_TRIED), 0] if port else [0]
        for candidate in candidates:
            site = web.TCPSite(runner, host, candidate)
            try:
                await site.start()
            except OSError:
                continue
            bound = runner.addresses[-1][1] if candidate == 0 else candidate
            self._runner = runner
            self.connections.watch(runner.server, asyncio.get_running_loop())
            self.served = Served(int(bound), self.code)
            return self.served
        await runner.cleanup()
        raise OSError("No free port to take notes from phones on.")

    async def stop(self) -> None:
        starting, self._starting = self._starting, None
        if starting is not None and not starting.done():
            await asyncio.wait([starting])
        self.connections.stop()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None
        self.served = None
