"""The dot vote on the participants' page in a real browser (headless Chromium over its
DevTools protocol, as browser.py), against a live server.

A check by hand, not part of the test run or CI:

    .venv/bin/python tests/benchmarks/phone_page/browser_voting.py [SHOTS_FOLDER]

The facilitator opens voting: the page shows the themes by name instead of the note box,
dots are given and taken back, the dots left are counted, Send stores the ballot with the
phone's side, a changed ballot sent again replaces it, a reload keeps it, a theme taken
away gives its dots back, a theme merged into another moves its dots there, and when voting
closes the page says so (and that the dots sent count, when they were changed since) and
shows the note box; opened again (undo), the page carries on with the ballot it sent. With
the laptop away, the page says the dots not sent yet wait (not "your notes").
At 320 px nothing is wider than the screen. Prints ok/FAIL a line, and saves screenshots.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from roundtable.server import PhoneNotes
from roundtable.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_tab import FITS, Tab, check, run_checks, session  # noqa: E402

SAID = "document.getElementById('said').textContent"
SHOWN = "!document.getElementById('vote').hidden"


def dots(tab_id: int, sign: str) -> str:
    """Click a theme's + or − (by its theme id)."""
    which = "add" if sign == "+" else "take"
    return f"document.querySelector('li[data-id=\"{tab_id}\"] button.{which}').click(); true"


def ballots(store: Store) -> list[tuple[str, dict[int, int]]]:
    return [(b.function, dict(b.dots)) for b in store.phone_ballots()]


async def checks(tab: Tab, store: Store, url: str, shots: Path, server: PhoneNotes) -> None:
    rid = store.round_at(2).id
    ids = [
        store.add_theme(rid, label).id
        for label in ("Different lead definitions", "Shared pipeline targets", "Weekly sync")
    ]
    await tab.phone(360)
    await tab.open(url)
    check(await tab.js("document.getElementById('vote').hidden"), "no vote open: no vote box")
    store.open_phone_vote(rid, 3)
    check(await tab.until(SHOWN, 10), "voting opened: the page shows the vote within seconds")
    names = await tab.js("[...document.querySelectorAll('#ballot .label')].map(e => e.textContent)")
    check(names == [t.label for t in store.themes(rid)], f"the themes by name ({names})")
    check(await tab.js("document.getElementById('note').hidden"), "the note box is out of the way")
    head = await tab.js("document.getElementById('vote-head').textContent")
    title = store.round(rid).title
    check(head == f"Vote on the themes of round 2, “{title}”", f"the round named ({head!r})")
    left = await tab.js("document.getElementById('vote-left').textContent")
    check(left == "3 dots left", f"3 dots left ({left!r})")
    await tab.shot(shots / "phone-vote-open.png")

    await tab.js("document.querySelector('input[value=marketing]').click(); true")
    for tid, sign in ((ids[0], "+"), (ids[0], "+"), (ids[1], "+")):
        await tab.js(dots(tid, sign))
    left = await tab.js("document.getElementById('vote-left').textContent")
    full = await tab.js(
        "[...document.querySelectorAll('#ballot button.add')].every(b => b.disabled)"
    )
    check(left == "0 dots left" and full, f"all dots given: none left, + is off ({left!r})")
    await tab.shot(shots / "phone-vote-given.png")
    small = await tab.js(
        "[...document.querySelectorAll('button, .sides span')]"
        ".filter((e) => e.getClientRects().length)"
        ".map((e) => [e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height])"
        ".filter(([, h]) => h < 44)"
    )
    check(small == [], f"every button of the vote is at least 44 px high ({small})")
    # Sent with the thumb at the foot of the ballot (large text: the themes fill the
    # screen): what became of the dots is in sight there, not scrolled away above.
    await tab.js("document.documentElement.style.fontSize = '150%'; true")
    await tab.js("document.getElementById('vote-send').scrollIntoView({block: 'end'}); true")
    await tab.js("document.getElementById('vote-send').click(); true")
    check(await tab.until(f"{SAID}.startsWith('Sent')"), "Send: the page says the dots count")
    seen = await tab.js(
        "(() => { const r = document.getElementById('said').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; })()"
    )
    check(seen, "... where the thumb pressed Send, in sight without scrolling up")
    await tab.js("document.documentElement.style.fontSize = ''; true")
    check(
        ballots(store) == [("marketing", {ids[0]: 2, ids[1]: 1})],
        f"stored at once, as marketing ({ballots(store)})",
    )
    await tab.shot(shots / "phone-vote-sent.png")

    port = server.served.port
    await server.stop()  # the laptop is away for a moment
    away = await tab.until(f"{SAID}.includes('Dots not sent yet wait here')", 10)
    check(away, f"the laptop away while voting: the page speaks of dots ({await tab.js(SAID)!r})")
    await tab.shot(shots / "phone-vote-laptop-away.png")
    await server.start("127.0.0.1", port)
    back = await tab.until(f"{SAID} === '' || !{SAID}.includes('No connection')", 10)
    check(back, f"back: the line about the connection goes ({await tab.js(SAID)!r})")

    await tab.js(dots(ids[0], "-"))
    said = await tab.js(SAID)
    check(said.startswith("Changed"), f"a dot taken back: changed, not sent yet ({said!r})")
    await tab.js(dots(ids[2], "+"))
    await tab.js("document.getElementById('vote-send').click(); true")
    await tab.until(f"{SAID}.startsWith('Sent')")
    check(
        ballots(store) == [("marketing", {ids[0]: 1, ids[1]: 1, ids[2]: 1})],
        f"sent again, it replaces the first ballot ({ballots(store)})",
    )

    await tab.open(url)
    await tab.until(SHOWN)
    counts = await tab.js(
        "[...document.querySelectorAll('#ballot output')].map(e => e.textContent)"
    )
    check(counts == ["1", "1", "1"], f"a reload keeps the dots given ({counts})")

    store.delete_theme(ids[2])
    back = await tab.until(f"{SAID}.startsWith('A theme was taken off')", 10)
    left = await tab.js("document.getElementById('vote-left').textContent")
    check(back and left == "1 dot left", f"a theme taken away: its dot is back ({left!r})")

    await tab.phone(320)
    await tab.open(url)
    await tab.until(SHOWN)
    check(await tab.js(FITS), "voting at 320 px wide: nothing wider than the screen")
    await tab.js("document.documentElement.style.fontSize = '200%'; true")
    check(await tab.js(FITS), "... and with text at twice the size")
    broken = await tab.js(
        "[...document.querySelectorAll('#ballot .label')].filter((label) => {"
        " const word = label.textContent.split(/\\s+/).sort((a, b) => b.length - a.length)[0];"
        " const probe = document.createElement('span');"
        " probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';"
        " probe.textContent = word; label.appendChild(probe);"
        " const wide = probe.getBoundingClientRect().width; probe.remove();"
        " return wide > label.clientWidth + 0.5; }).map((label) => label.textContent)"
    )
    check(broken == [], f"... each theme's words whole, none broken across lines ({broken})")
    await tab.shot(shots / "phone-vote-large-text.png")
    await tab.js("document.documentElement.style.fontSize = ''; true")

    await tab.phone(360, dark=True)
    await tab.open(url)
    await tab.until(SHOWN)
    await tab.shot(shots / "phone-vote-dark.png")

    await tab.js("document.getElementById('vote-send').click(); true")
    await tab.until(f"{SAID}.startsWith('Sent')")
    store.start_round(store.round_at(3).id)  # the next round, with voting still open
    await asyncio.sleep(5)
    said = await tab.js(SAID)
    check(
        await tab.js(SHOWN) and said.startswith("Sent"),
        f"the next round started while voting is open: the ballot stays, the page does not"
        f" say to send notes ({said!r})",
    )
    store.merge_themes(ids[0], ids[1])
    merged = await tab.until(f"{SAID}.startsWith('A theme was merged into')", 10)
    counts = await tab.js(
        "[...document.querySelectorAll('#ballot output')].map(e => e.textContent)"
    )
    check(
        merged
        and counts == ["2"]
        and store.phone_dots() == {ids[0]: {"sales": 0, "marketing": 2, "other": 0}},
        f"a theme merged into another: its dot moves with it, here and on the laptop"
        f" ({await tab.js(SAID)!r}, {counts})",
    )
    await tab.shot(shots / "phone-vote-merged.png")
    await tab.js(dots(ids[0], "-"))  # changed, and not sent again before voting closes

    closed_once = store.close_phone_vote()
    said = await tab.until(f"{SAID}.startsWith('Voting has closed: the dots you sent last')", 10)
    check(said, f"closed after a change not sent: the dots sent count ({await tab.js(SAID)!r})")
    closed = await tab.until(f"{SAID}.startsWith('Voting has closed')", 10)
    note = await tab.js(
        "!document.getElementById('note').hidden && document.getElementById('vote').hidden"
    )
    check(
        closed and note,
        f"voting closed: the page says so and shows the note box ({await tab.js(SAID)!r})",
    )
    await tab.shot(shots / "phone-vote-closed.png")

    # The facilitator's Ctrl+Z opens the same vote again, with the ballots sent: the page
    # carries on with its ballot, and sent again it replaces it (not a second ballot).
    store.reopen_phone_vote(closed_once)
    await tab.until(SHOWN, 10)
    counts = await tab.js(
        "[...document.querySelectorAll('#ballot output')].map(e => e.textContent)"
    )
    check(counts == ["1"], f"voting open again: the phone shows its dots ({counts})")
    await tab.js(dots(ids[0], "+"))
    await tab.js("document.getElementById('vote-send').click(); true")
    await tab.until(f"{SAID}.startsWith('Sent')")
    check(
        ballots(store) == [("marketing", {ids[0]: 2})],
        f"sent again after voting opened again: one ballot, replaced ({ballots(store)})",
    )
    store.close_phone_vote()
    await tab.until(f"{SAID}.startsWith('Voting has closed')", 10)


async def all_checks(tab: Tab, folder: Path, shots: Path) -> None:
    with session(folder / "s.roundtable") as store:
        server = PhoneNotes(store)
        served = await server.start("127.0.0.1", 0)
        await checks(tab, store, served.url("127.0.0.1"), shots, server)
        await server.stop()


if __name__ == "__main__":
    sys.exit(asyncio.run(run_checks(all_checks)))
