"""100 phones voting at once on a round's eight themes, over a real local socket.

Usage: python tests/benchmarks/bench_ballots.py [PHONES] [CHANGED_SHARE]

Each phone looks at /state (as the page does every few seconds), then sends its ballot of
three dots; a share of the phones (CHANGED_SHARE, 0.1 by default) changes its mind and sends
a second ballot under the same key, which must replace the first. Then the facilitator
closes the vote. Prints the time for all ballots, ballots stored against phones, the dots
counted at closing against the dots sent, the slowest answer, and what one /state costs
while voting is open. DESIGN.md sets no target for voting; the phones' notes have one (100
phones x 10 notes in <= 5 s, bench_devices.py), and a vote is one request a phone. Never
fails on speed.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import ClientSession

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_devices import phone_session  # noqa: E402 (each phone from its own address)

THEMES = 8
DOTS = 3


async def phone(
    http: ClientSession | None, url: str, n: int, changes: bool, slowest: list[float]
) -> dict[int, int]:
    """One phone: a look at the vote, its ballot, and perhaps a changed one. Returns the
    dots per theme id of the ballot that should count."""
    if http is None:
        async with phone_session(n) as own:
            return await phone(own, url, n, changes, slowest)
    async with http.get(f"{url}/state") as answer:
        vote = (await answer.json())["vote"]
    ids = [t["id"] for t in vote["themes"]]
    ballots = [{ids[(n + i) % len(ids)]: 1 for i in range(DOTS)}]
    if changes:
        ballots.append({ids[n % len(ids)]: DOTS})
    for dots in ballots:
        payload = {
            "key": f"phone-{n}",
            "vote": vote["id"],
            "function": ("sales", "marketing", "other")[n % 3],
            "dots": {str(k): v for k, v in dots.items()},
        }
        t0 = time.perf_counter()
        async with http.post(f"{url}/ballot", json=payload) as answer:
            await answer.read()
            assert answer.status == 201, await answer.text()
        slowest.append(time.perf_counter() - t0)
    return ballots[-1]


async def run(phones: int, changed: float) -> None:
    folder = Path(tempfile.mkdtemp())
    with Store.create(
        folder / "vote.roundtable",
        title="Benchmark",
        template=get_template("sales-marketing-roundtable"),
    ) as store:
        rid = store.rounds()[1].id
        store.start_round(rid)
        for i in range(THEMES):
            store.add_theme(rid, f"Theme {i + 1}")
        store.open_phone_vote(rid, DOTS)
        server = PhoneNotes(store)
        served = await server.start("127.0.0.1", 0)
        url = served.url("127.0.0.1")
        every = round(1 / changed) if changed else 0
        slowest: list[float] = []
        t0 = time.perf_counter()
        counted = await asyncio.gather(
            *(phone(None, url, n, bool(every) and n % every == 0, slowest) for n in range(phones))
        )
        took = time.perf_counter() - t0
        looks = []
        for _ in range(50):
            t1 = time.perf_counter()
            server.state()
            looks.append(time.perf_counter() - t1)
        await server.stop()
        stored = len(store.phone_ballots())
        store.close_phone_vote()
        dots = sum(sum(store.theme_votes(t.id).values()) for t in store.themes(rid))
    sent = sum(sum(c.values()) for c in counted)
    looks.sort()
    print(
        f"{phones} phones vote ({len(slowest) - phones} change their ballot): {took:.2f} s;"
        f" ballots stored {stored} of {phones}; dots counted at closing {dots} of {sent};"
        f" slowest answer {max(slowest) * 1000:.0f} ms; one /state while voting is open"
        f" p50 {looks[len(looks) // 2] * 1000:.1f} ms"
    )


def main() -> None:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    changed = float(sys.argv[2]) if len(sys.argv) > 2 else 0.1
    asyncio.run(run(phones, changed))


if __name__ == "__main__":
    main()
