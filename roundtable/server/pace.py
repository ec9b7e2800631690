"""How fast the laptop takes one phone's notes: at any pace a person typing on a phone can
keep, and a few seconds apart for a phone that floods the board (a prankster, or a script
stuck sending the same thing).

Each phone may send BURST notes at once, and earns one more every EVERY_S seconds, up to
BURST again (a token bucket). A participant typing on a phone writes a note in ten seconds
or more, so never meets it; notes queued while the Wi-Fi was down (ten in a long outage,
thirty a table's scribe writing for a whole round) go through at once as it comes back. A
phone past it is held back, not refused: its note stays on the phone, which is told in how
many seconds it goes and sends it then.

A phone is the id its page keeps (the address only for what sends none): behind a venue's
router a room's phones share one address. Notes sent again (already stored) and notes
refused for what they are do not count: only notes that would go on the board.
"""

from __future__ import annotations

import math
from collections.abc import Callable

BURST = 30  # notes one phone may send at once
EVERY_S = 3.0  # then one more note each this many seconds (20 a minute)
HELD_SAID_S = 30.0  # a phone held back this recently is one the facilitator is told of
PHONES_KEPT = 5_000  # phones' buckets kept; full ones are let go past this


class Pace:
    """The notes each phone may still send now. `clock` gives seconds (the store's); `burst`
    and `every_s` are BURST and EVERY_S but for a check of the page by hand."""

    def __init__(
        self, clock: Callable[[], float], *, burst: int = BURST, every_s: float = EVERY_S
    ) -> None:
        self.clock, self.burst, self.every_s = clock, burst, every_s
        self._left: dict[str, tuple[float, float]] = {}  # phone -> (notes left, when)
        self._held: dict[str, float] = {}  # phone -> when it was last held back

    def _now_left(self, phone: str, now: float) -> float:
        left, then = self._left.get(phone, (self.burst, now))
        # (A clock set back is no time passed: it does not hold a phone back for an hour.)
        return min(self.burst, left + max(0.0, now - then) / self.every_s)

    def wait(self, phone: str) -> int:
        """0, counting one note of `phone` as taken now; else the whole seconds until it may
        send its next one (at least 1), counting nothing."""
        now = self.clock()
        left = self._now_left(phone, now)
        if left >= 1:
            self._keep(phone, left - 1, now)
            return 0
        self._held[phone] = now
        return max(1, math.ceil((1 - left) * self.every_s - 1e-9))

    def give_back(self, phone: str) -> None:
        """A note counted by `wait` was not stored after all (the disk was full)."""
        now = self.clock()
        self._keep(phone, min(self.burst, self._now_left(phone, now) + 1), now)

    def held_back(self) -> int:
        """How many phones were held back in the last HELD_SAID_S seconds."""
        now = self.clock()
        self._held = {p: t for p, t in self._held.items() if 0 <= now - t <= HELD_SAID_S}
        return len(self._held)

    def _keep(self, phone: str, left: float, now: float) -> None:
        self._left[phone] = (left, now)
        if len(self._left) > PHONES_KEPT:  # many ids (a script making new ones): the full go
            self._left = {
                p: v for p, v in self._left.items() if self._now_left(p, now) < self.burst
            }
