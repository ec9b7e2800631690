"""What the Chromium checks of the participants' page share (browser.py, browser_voting.py,
browser_anonymous.py): headless Chromium and a tab of it driven over the DevTools protocol,
ok/FAIL lines, and the session they run on."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
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


@asynccontextmanager
async def chromium_tab(chromium: str, folder: Path) -> AsyncIterator[Tab]:
    """Headless Chromium with a profile of its own in `folder`, and its one page as a Tab;
    Chromium is stopped when the block ends."""
    browser = await asyncio.create_subprocess_exec(
        chromium,
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        f"--remote-debugging-port={PORT}",
        f"--user-data-dir={folder / 'profile'}",
        "about:blank",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as http:
            tabs: list[dict[str, Any]] = []
            for _ in range(100):
                try:
                    tabs = await (await http.get(f"http://127.0.0.1:{PORT}/json")).json()
                    break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            page = next(t for t in tabs if t["type"] == "page")
            async with http.ws_connect(str(page["webSocketDebuggerUrl"]), max_msg_size=0) as ws:
                yield Tab(ws)
    finally:
        browser.terminate()
        await browser.wait()


async def run_checks(checks: Callable[[Tab, Path, Path], Awaitable[None]]) -> int:
    """Run `checks(tab, folder, shots)` in Chromium (screenshots in the folder given as the
    first argument, else a new one) and print the outcome; the exit code."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("Chromium is not installed: nothing checked")
        return 2
    shots = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    shots.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    async with chromium_tab(chromium, folder) as tab:
        await checks(tab, folder, shots)
    print(f"screenshots in {shots}")
    print("all passed" if not FAILED else f"{len(FAILED)} failed")
    return 1 if FAILED else 0


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
