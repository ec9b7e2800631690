"""A phone sending notes faster than the laptop takes them, in headless Chromium at 360 x 740.
A check by hand like browser.py (Chromium is not a dependency):

    .venv/bin/python tests/benchmarks/phone_page/browser_pace.py [SHOTS_FOLDER]

The server here holds a phone back after 3 notes, then takes one every 3 s (the app's
server: 30, then one every 3 s; roundtable/server/pace.py). Five notes written while the
laptop was away go when it is back: three at once, and the page says in how many seconds
the next goes, keeps the others waiting (not refused, not put back in the box), and sends
them then. All five stored, none twice. Prints ok/FAIL a line, and saves screenshots.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from roundtable.server import PhoneNotes
from roundtable.server.pace import Pace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_tab import SEND, Tab, check, run_checks, session, stored  # noqa: E402

NOTES = [f"Idea {i} from the break" for i in range(1, 6)]
SAID = "document.getElementById('said').textContent"
LISTED = "[...document.getElementById('mine').children].map((li) => li.innerText)"


async def checks(tab: Tab, folder: Path, shots: Path) -> None:
    with session(folder / "pace.roundtable") as store:
        server = PhoneNotes(store)
        server.pace = Pace(time.time, burst=3, every_s=3.0)
        url = (await server.start("127.0.0.1", 0)).url("127.0.0.1")
        await tab.phone(360)
        await tab.open(url)
        port = server.served.port if server.served else 0
        await server.stop()  # the Wi-Fi drops: the notes wait on the phone
        for text in NOTES:
            await tab.js(SEND.format(side="sales", text=json.dumps(text)))
            await asyncio.sleep(0.2)
        await server.start("127.0.0.1", port)
        await tab.js("flush(); true")  # (the page's own try, every 3 s, would do the same)
        told = await tab.until(f"{SAID}.includes('sent in')", 10)
        said = await tab.js(SAID)
        check(told, f"held back: the page says when the next note goes ({said!r})")
        check(
            said.startswith("This phone has sent many notes in a short time."),
            "... in words a participant reads",
        )
        listed = await tab.js(LISTED)
        waiting = [t for t in listed if "Waiting to send" in t]
        check(len(waiting) == 2, f"... the two held back wait on the phone ({listed})")
        check(not any("Not added" in t for t in listed), "... and none is refused")
        check(len(stored(store)) == 3, f"... three stored at once ({len(stored(store))})")
        await tab.shot(shots / "phone-held-back.png")
        on_board = f"{LISTED}.filter((t) => t.includes('On the board')).length === 5"
        done = await tab.until(on_board, 15)
        check(done, "then each goes when the page said, with no touch on the phone")
        texts = [t for t, _, _ in stored(store)]
        check(sorted(texts) == sorted(NOTES), f"all five stored, none twice ({texts})")
        await tab.shot(shots / "phone-held-back-sent.png")
        await server.stop()


if __name__ == "__main__":
    sys.exit(asyncio.run(run_checks(checks)))
