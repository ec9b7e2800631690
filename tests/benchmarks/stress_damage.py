"""Random damage to a session file: every damaged file opens and works, or is refused with
words; every refused file is rescued into a copy that opens, or the rescue says why not.

Usage: python tests/benchmarks/stress_damage.py [FILES] [SEED]
Writes a small session (40 notes, two themes, votes, an open phone vote with a ballot, an
action item, a running round), then FILES copies of it
with 1, 2, 5 or 20 random bytes changed, and opens each (read-only or for writing, in
turn), reads the whole session (the phone vote and the history too), exports Markdown
minutes and, when writable, adds a note.
Prints how each file ended, the notes rescued, and the cost of the row check at opening on
a session of 2,000 notes. Never fails on the numbers; an unexplained error is printed with
its traceback and counted.
"""

from __future__ import annotations

import collections
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench_export import build

from roundtable.export import export_minutes
from roundtable.store import DamagedSessionError, SessionFileError, Store
from roundtable.store.contents import first_unreadable
from roundtable.store.rescue import rescue
from roundtable.templates import get_template

NOTES = 40


def session(path: Path) -> None:
    with Store.create(
        path, title="Damage", template=get_template("sales-marketing-roundtable")
    ) as store:
        rnd = store.rounds()[1]
        for i in range(NOTES):
            text = f"Note {i}: pipeline reviews with both teams é"
            store.add_note(rnd.id, text, function="sales")
        theme = store.add_theme(rnd.id, "Pipeline", note_ids=[n.id for n in store.notes()[:5]])
        store.set_votes(theme.id, "sales", 3)
        second = store.add_theme(rnd.id, "Handover", note_ids=[n.id for n in store.notes()[5:9]])
        store.open_phone_vote(rnd.id, 3)  # an open vote and a ballot: their columns too
        store.put_ballot("phone-1", "marketing", {theme.id: 2, second.id: 1})
        store.add_action("Write the lead definition down", owner="Ana", due="2027-01-15")
        store.start_round(rnd.id)


def try_file(path: Path, folder: Path, writable: bool, seen: collections.Counter) -> None:
    try:
        with Store.open(path, read_only=not writable) as store:
            export_minutes(store.snapshot(), "md", folder / "minutes.md")
            store.phone_vote(), store.phone_ballots(), store.phone_dots(), store.events()
            if writable:
                store.add_note(store.rounds()[1].id, "Written after", function="other")
        seen["opened and worked"] += 1
        return
    except DamagedSessionError:
        seen["refused as damaged"] += 1
    except SessionFileError as exc:
        seen[f"refused: {type(exc).__name__}"] += 1
        return
    except Exception:  # what this script is looking for
        seen["UNEXPLAINED at opening"] += 1
        traceback.print_exc(limit=4)
        return
    copy = path.with_suffix(".rescued")
    try:
        rescue(path, copy)
        with Store.open(copy) as kept:
            seen["rescued notes"] += len(kept.notes())
            export_minutes(kept.snapshot(), "md", folder / "minutes.md")
        seen["rescued into a copy that opens"] += 1
    except SessionFileError:
        seen["rescue refused, with words"] += 1
    except Exception:
        seen["UNEXPLAINED in the rescue"] += 1
        traceback.print_exc(limit=4)


def main() -> None:
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    folder = Path(tempfile.mkdtemp())
    good = folder / "good.roundtable"
    session(good)
    raw = good.read_bytes()
    seen: collections.Counter = collections.Counter()
    for k in range(files):
        rng = random.Random(seed * 100_000 + k)
        data = bytearray(raw)
        for _ in range(rng.choice([1, 2, 5, 20])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = folder / f"damaged-{k}.roundtable"
        path.write_bytes(bytes(data))
        try_file(path, folder, writable=k % 2 == 1, seen=seen)
    print(f"{files} damaged copies of a {len(raw):,}-byte session of {NOTES} notes:")
    for what, n in sorted(seen.items()):
        print(f"  {what}: {n}")
    rescued = seen["rescued into a copy that opens"]
    if rescued:
        print(f"  notes per rescued copy: {seen['rescued notes'] / rescued:.1f} of {NOTES}")

    big = folder / "big.roundtable"
    build(big)
    with Store.open(big, read_only=True) as store:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            assert first_unreadable(store.db.conn) is None
            times.append(time.perf_counter() - t0)
    print(f"row check at opening, 2,000 notes: best {min(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
