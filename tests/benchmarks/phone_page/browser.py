"""The participants' page in a real browser: headless Chromium, driven over its DevTools
protocol, against a live server.

A check by hand, not part of the test run or CI (Chromium is not a dependency; on Debian
`apt-get install chromium`):

    .venv/bin/python tests/benchmarks/phone_page/browser.py [SHOTS_FOLDER]

What run.py checks in node with a stand-in DOM, this checks as a phone shows it: the page
at 320 px wide, in dark mode and with text at twice the size, never wider than the screen;
a note sent with a side, one sent with a name from the roster, and one sent while the
laptop was away, each stored once with the right side and person; and, with the
facilitator holding phone notes, a note the page says was received and waits for them;
and browser_typing.py's checks of typing on a phone and of rounds changing meanwhile.
Prints ok/FAIL a line, and saves a screenshot of each state to look at.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from roundtable.server import PhoneNotes
from roundtable.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_typing import rounds, typed_notes  # noqa: E402
from page_tab import FITS, SEND, Tab, check, run_checks, session, stored  # noqa: E402


async def checks(tab: Tab, store: Store, server: PhoneNotes, url: str, shots: Path) -> None:
    await tab.phone(320)
    await tab.open(url)
    check(await tab.js(FITS), "320 px wide: nothing wider than the screen")
    anonymous = await tab.js("document.getElementById('anon').getClientRects().length")
    check(anonymous == 0, "a session with names: the page does not say it is anonymous")
    await tab.shot(shots / "phone-320.png")
    await tab.js(
        "document.getElementById('text').value = 'No side yet';"
        " document.getElementById('form').requestSubmit(); true"
    )
    asked = await tab.until("document.getElementById('said').textContent.startsWith('Pick')")
    check(asked and not stored(store), "no side picked: the page asks for one, nothing is sent")
    await tab.js("document.getElementById('text').value = ''; true")

    await tab.js(SEND.format(side="marketing", text=json.dumps("Joint QBR, one slide")))
    sent = await tab.until("document.getElementById('said').textContent.includes('board')")
    check(sent, "a note sent says it is on the board")
    check(
        ("Joint QBR, one slide", "marketing", "") in stored(store),
        "it is stored once, as marketing",
    )

    await tab.js("document.getElementById('name').value = 'Ana López';")
    await tab.js(SEND.format(side="other", text=json.dumps("Lead rules on one page ✓")))
    await tab.until("document.getElementById('said').textContent.includes('board')")
    check(
        ("Lead rules on one page ✓", "sales", "Ana López") in stored(store),
        "a note sent with a name from the roster counts for that person's side",
    )

    port = server.served.port if server.served else 0
    await server.stop()
    await tab.js(SEND.format(side="sales", text=json.dumps("Sent while the laptop was away")))
    await asyncio.sleep(1.0)
    waiting = await tab.js("document.body.innerText.includes('Sent while the laptop was away')")
    check(waiting, "with the laptop away, the note stays on the phone's list")
    said = await tab.js("document.getElementById('said').textContent")
    check("board" not in said, f"... and the page does not say it is on the board ({said})")
    await tab.shot(shots / "phone-away.png")
    await server.start("127.0.0.1", port)
    arrived = False
    for _ in range(100):
        if any(t == "Sent while the laptop was away" for t, _, _ in stored(store)):
            arrived = True
            break
        await asyncio.sleep(0.1)
    check(arrived, "when the laptop is back, the note is sent without a touch")

    await typed_notes(tab, store, url, shots)

    await tab.phone(360, dark=True)
    await tab.open(url)
    background = await tab.js("getComputedStyle(document.body).backgroundColor")
    dark = [int(x) for x in background[background.index("(") + 1 : -1].split(",")[:3]]
    check(sum(dark) < 150, f"dark mode: a dark page ({background})")
    await tab.shot(shots / "phone-dark.png")

    await tab.phone(320)
    await tab.open(url)
    await tab.js("document.documentElement.style.fontSize = '200%'; true")
    check(await tab.js(FITS), "text at twice the size: nothing wider than the screen")
    await tab.shot(shots / "phone-large-text.png")

    texts = [t for t, _, _ in stored(store)]
    check(len(texts) == len(set(texts)) == 13, f"13 notes stored, none twice ({len(texts)})")

    # The facilitator holds phone notes to let them in: the page says so, not "on the board".
    server.hold = True
    await tab.phone(320)
    await tab.open(url)
    await tab.js(SEND.format(side="sales", text=json.dumps("Held for the facilitator")))
    said_held = "document.getElementById('said').textContent.includes('facilitator')"
    check(await tab.until(said_held), "held: the page says the facilitator lets it in")
    said = await tab.js("document.getElementById('said').textContent")
    listed = await tab.js("document.getElementById('mine').firstChild.innerText")
    check(
        "On the board" not in listed and "lets it in" in listed,
        f"... its line in the list says it waits, not that it is on the board ({listed!r})",
    )
    check(said.startswith("Received."), f"... in words the participant reads ({said!r})")
    held = [n.text for n in store.held_notes()]
    check(held == ["Held for the facilitator"], f"... stored at once, held ({held})")
    await tab.shot(shots / "phone-held.png")

    # Let in, the page hears of it at its next look (every 4 s); dropped, likewise.
    store.let_in([n.id for n in store.held_notes()])
    first = "document.getElementById('mine').firstChild.innerText"
    shown = await tab.until(f"{first}.includes('On the board')", 10)
    check(shown, "let in: its line says it is on the board, with no touch on the phone")
    await tab.js(SEND.format(side="sales", text=json.dumps("One the facilitator drops")))
    await tab.until(said_held)
    for note in store.held_notes():
        store.delete_note(note.id)
    dropped = await tab.until(f"{first}.includes('did not put it on the board')", 10)
    check(dropped, "dropped: its line says the facilitator did not put it on the board")
    await tab.shot(shots / "phone-dropped.png")

    await rounds(tab, store, server, shots)

    # Next round while a note is being typed: the page says so by the box, and the note
    # begun for round 3 is not sent into round 4 without a word.
    await tab.js("document.getElementById('text').focus(); true")
    await tab.call("Input.insertText", text="Begun for round 3")
    store.finish_round(store.round_at(3).id)
    store.start_round(store.round_at(4).id)
    said = "document.getElementById('said').textContent"
    told = await tab.until(f"{said}.startsWith('Round 4 is on now')", 10)
    check(told, f"next round while typing: the line by the box says so ({await tab.js(said)!r})")
    await tab.js("document.getElementById('form').requestSubmit(); true")
    await asyncio.sleep(0.5)
    box = await tab.js("document.getElementById('text').value")
    in_four = [n.text for n in store.notes(store.round_at(4).id)]
    check(
        box == "Begun for round 3" and in_four == [],
        f"... Send keeps the note begun for round 3 in the box ({await tab.js(said)!r})",
    )
    await tab.shot(shots / "phone-next-round-while-typing.png")
    await tab.js("document.getElementById('form').requestSubmit(); true")
    await tab.until(f"{said}.includes('board')")
    in_four = [n.text for n in store.notes(store.round_at(4).id)]
    check(in_four == ["Begun for round 3"], "... Send again adds it to round 4")

    # The round ends while the page is open: why no note goes now is shown once, in the box
    # above the form (the line by the note box says it too, for a screen reader, unseen).
    store.finish_round(store.round_at(4).id)
    ended = "Round 4 has ended. Wait for the next round."
    await tab.until(f"{said} === {json.dumps(ended)}", 10)
    seen = await tab.js(
        "[...document.querySelectorAll('#closed, #said')]"
        f".filter((e) => e.textContent === {json.dumps(ended)} && e.getClientRects().length"
        " && e.getBoundingClientRect().height > 1).length"
    )
    check(seen == 1, f"the round ended: the page shows why once, not twice ({seen} times)")
    await tab.shot(shots / "phone-round-ended.png")


async def all_checks(tab: Tab, folder: Path, shots: Path) -> None:
    with session(folder / "s.roundtable") as store:
        server = PhoneNotes(store)
        served = await server.start("127.0.0.1", 0)
        await checks(tab, store, server, served.url("127.0.0.1"), shots)
        await server.stop()


if __name__ == "__main__":
    sys.exit(asyncio.run(run_checks(all_checks)))
