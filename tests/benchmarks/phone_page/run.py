"""The participants' page's script against live servers, in node with a stand-in DOM.

A check by hand, not part of the test run or CI (node is not a dependency):

    .venv/bin/python tests/benchmarks/phone_page/run.py [PAGE]

Serves two sessions (one with round 2 on the clock and a roster, one with round 2 ended) and
runs checks.js: a note sent, the name picked kept, offline then back (in two tabs of one
phone too, and one phone id for two tabs opened at once), a reload with notes waiting, a
request that never answers, storage turned off or spoiled, keys made without
crypto.randomUUID (plain http), the round closed, a note refused, an address no longer open,
the round paused (said, Send still on); the laptop's code changed with notes waiting (sent
from the new address once the phone scans it), notes kept by an older page, refused notes
put back in the box, and storage off (the phone's id said not kept, so the laptop counts it
by its address); and a phone that sent notes faster than the laptop takes them (a server
holding a phone back after 3 notes, then one every 2 s: pace.py): told when each goes, sent
then, none lost.
Prints ok/FAIL a line, then how many notes were stored and whether any twice.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from roundtable.server import PhoneNotes
from roundtable.server.pace import Pace
from roundtable.server.page_parts import assembled_page
from roundtable.store import Store
from roundtable.templates import get_template

HERE = Path(__file__).resolve().parent
# A page file to check, else the page as the server puts it together (page_parts.py).
PAGE = Path(sys.argv[1]) if len(sys.argv) > 1 else None


def session(path: Path) -> Store:
    store = Store.create(
        path, title="Page test", template=get_template("sales-marketing-roundtable")
    )
    store.update_session(anonymous=False)
    store.add_participant("Ana Lopez", "sales")
    store.start_round(store.rounds()[1].id)
    return store


async def main() -> int:
    node = shutil.which("node")
    if node is None:
        print("node is not installed: nothing checked")
        return 2
    folder = Path(tempfile.mkdtemp())
    page = PAGE
    if page is None:
        page = folder / "page.html"
        page.write_text(assembled_page(), "utf-8")
    with session(folder / "open.roundtable") as one, session(folder / "ended.roundtable") as two:
        two.finish_round(two.rounds()[1].id)
        open_, ended, slow = PhoneNotes(one), PhoneNotes(two), PhoneNotes(one)
        slow.pace = Pace(time.time, burst=3, every_s=2.0)  # soon held back, to see it
        a, b = await open_.start("127.0.0.1", 0), await ended.start("127.0.0.1", 0)
        c = await slow.start("127.0.0.1", 0)
        gone = f"http://127.0.0.1:{a.port}/old-code"  # the file opened again: a new code
        checks = await asyncio.create_subprocess_exec(
            node,
            str(HERE / "checks.js"),
            a.url("127.0.0.1"),
            b.url("127.0.0.1"),
            gone,
            c.url("127.0.0.1"),
            env={**os.environ, "PAGE": str(page)},
        )
        code = await checks.wait()
        texts = [n.text for n in one.notes()]
        twice = sorted({t for t in texts if texts.count(t) > 1})
        print(f"stored: {len(texts)} | stored twice: {twice or 'none'}")
        await open_.stop()
        await ended.stop()
        await slow.stop()
    return code


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
