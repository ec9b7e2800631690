"""What the Chromium checks of the participants' page share (browser.py, browser_typing.py):
a tab driven over the DevTools protocol, ok/FAIL lines, and the session they run on."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
from pathlib import Path
from typing import Any

import aiohttp

from roundtable.store import Store
from roundtable.templates import get_template

PORT = 9333  # Chromium's DevTools port
FAILED: list[str] = []


def check(ok: bool, what: str) -> None:
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        FAILED.append(what)


class Tab:
    """One page of Chromium: evaluate script in it, set what it emulates, take a picture."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        me = next(self.ids)
        await self.ws.send_json({"id": me, "method": method, "params": params})
        async for msg in self.ws:
            data = json.loads(msg.data)
            if data.get("id") == me:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return dict(data.get("result", {}))
        raise RuntimeError("Chromium closed the connection")

    async def js(self, expression: str) -> Any:
        result = await self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def until(self, expression: str, seconds: float = 8.0) -> bool:
        for _ in range(int(seconds / 0.1)):
            if await self.js(expression):
                return True
            await asyncio.sleep(0.1)
        return False

    async def phone(self, width: int, *, dark: bool = False) -> None:
        await self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=740,
            deviceScaleFactor=2,
            mobile=True,
        )
        scheme = "dark" if dark else "light"
        await self.call(
            "Emulation.setEmulatedMedia",
            features=[{"name": "prefers-color-scheme", "value": scheme}],
        )

    async def open(self, url: str) -> None:
        await self.call("Page.navigate", url=url)
        await self.until("document.readyState === 'complete' && !!document.getElementById('form')")
        await self.until("document.getElementById('round').textContent !== ''")

    async def shot(self, path: Path) -> None:
        picture = await self.call("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(picture["data"]))


FITS = "document.documentElement.scrollWidth <= window.innerWidth"
SEND = (
    "(() => {{ document.querySelector('input[value={side}]').click();"
    " document.getElementById('text').value = {text};"
    " document.getElementById('form').requestSubmit(); return true; }})()"
)


def session(path: Path) -> Store:
    store = Store.create(
        path, title="Q4 roundtable", template=get_template("sales-marketing-roundtable")
    )
    store.update_session(anonymous=False)
    store.add_participant("Ana López", "sales")
    store.add_participant("Jonas Weber", "marketing")
    store.start_round(store.round_at(2).id)
    return store


def stored(store: Store) -> list[tuple[str, str, str]]:
    """(text, side, person) of each note from a phone."""
    names = {p.id: p.name for p in store.participants()}
    notes = store.notes(store.round_at(2).id)
    return [
        (n.text, n.function, names.get(n.participant_id, "")) for n in notes if n.source == "device"
    ]
