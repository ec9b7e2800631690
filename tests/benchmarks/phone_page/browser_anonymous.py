"""The participants' page of an anonymous session, in headless Chromium at 360 x 740, in
English and German. A check by hand like browser.py (Chromium is not a dependency):

    .venv/bin/python tests/benchmarks/phone_page/browser_anonymous.py [SHOTS_FOLDER]

A phone that picked its name while the session was named, then the facilitator makes the
session anonymous: the page says the participant's notes carry no name, offers no name
field, forgets the name the phone kept, sends no name with a note, and the note is stored
without a person. Prints ok/FAIL a line, and saves a screenshot of each state.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_tab import FITS, SEND, Tab, check, run_checks, stored  # noqa: E402

SAYS = {
    "en": "This session is anonymous",
    "de": "Diese Sitzung ist anonym",
}
# What the page sends, written down as it goes (installed before the page's script runs).
WATCH = """(() => {
  window.sentBodies = [];
  const sendAs = window.fetch.bind(window);
  window.fetch = (path, options) => {
    if (options && options.body) window.sentBodies.push(String(options.body));
    return sendAs(path, options);
  };
})();"""


async def walk(tab: Tab, lang: str, folder: Path, shots: Path) -> None:
    store = Store.create(
        folder / f"{lang}.roundtable",
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable").in_language(lang),
    )
    store.update_session(anonymous=False)
    store.add_participant("Ana López", "sales")
    store.start_round(store.round_at(2).id)
    server = PhoneNotes(store)
    url = (await server.start("127.0.0.1", 0)).url("127.0.0.1")
    await tab.phone(360)
    await tab.open(url)
    # Named so far: the participant picks their name, and the phone keeps it.
    await tab.js(
        "document.getElementById('name').value = 'Ana López';"
        " document.getElementById('name').dispatchEvent(new Event('change')); true"
    )
    # A note written with the name while the laptop is away waits on the phone, named.
    port = server.served.port if server.served else 0
    await server.stop()
    await tab.js(SEND.format(side="sales", text=json.dumps("Written while still named")))
    await asyncio.sleep(0.5)
    store.update_session(anonymous=True)
    await server.start("127.0.0.1", port)
    await tab.call("Page.enable")
    await tab.call("Page.addScriptToEvaluateOnNewDocument", source=WATCH)
    await tab.open(url)
    await tab.until("document.getElementById('mine').innerText.includes('board')")
    await asyncio.sleep(0.3)
    await tab.shot(shots / f"anonymous-{lang}-joined.png")
    text = await tab.js("document.body.innerText")
    check(SAYS[lang] in text, f"{lang}: the page says the session is anonymous")
    field = await tab.js("document.getElementById('who').getClientRects().length")
    check(field == 0, f"{lang}: no name field")
    check(await tab.js(FITS), f"{lang}: 360 px wide: nothing wider than the screen")
    kept = await tab.js("JSON.stringify(localStorage)")
    check("Ana" not in kept, f"{lang}: the phone no longer keeps the name picked before")
    check(
        stored(store) == [("Written while still named", "sales", "")],
        f"{lang}: the note that waited is stored without a person ({stored(store)})",
    )

    await tab.js(SEND.format(side="marketing", text=json.dumps("Nobody owns the lead list")))
    await tab.until("document.getElementById('mine').children.length > 0")
    await asyncio.sleep(0.5)
    await tab.shot(shots / f"anonymous-{lang}-sent.png")
    check(
        ("Nobody owns the lead list", "marketing", "") in stored(store),
        f"{lang}: the note is stored without a person ({stored(store)})",
    )
    bodies = await tab.js("JSON.stringify(window.sentBodies)")
    check(
        "Nobody" in bodies and "Ana" not in bodies,
        f"{lang}: nothing the page sent carries the name ({bodies})",
    )
    await server.stop()
    store.close()


async def all_checks(tab: Tab, folder: Path, shots: Path) -> None:
    for lang in ("en", "de"):
        await walk(tab, lang, folder, shots)


if __name__ == "__main__":
    sys.exit(asyncio.run(run_checks(all_checks)))
