"""The line under the roster box reads the whole roster at each key typed in it. A long
list with job titles took as long to read after one key as when pasted (half a second and
more for 500 lines on a laptop, three times a key): typing in it lagged."""

from __future__ import annotations

import time

from roundtable.roster_preview import roster_preview


def _timed(text: str) -> tuple[str, float]:
    start = time.perf_counter()
    said = roster_preview(text)
    return said, time.perf_counter() - start


def test_a_key_typed_in_a_long_roster_reads_only_what_changed_anew() -> None:
    # Titles no other test uses, so that none was read before this test.
    lines = [f"Person{k} Quillfeather - Head of Sales Zorbland {k}" for k in range(500)]
    said, pasted = _timed("\n".join(lines))
    assert said.startswith("500 people: 500 sales, 0 marketing, 0 other.")
    keys = []
    for key in "xyz":  # keys typed at the end (the quickest of three: the machine is shared)
        lines[-1] += key
        said, typed = _timed("\n".join(lines))
        assert said.startswith("500 people: 500 sales")
        keys.append(typed)
    assert min(keys) < pasted / 3, f"pasted {pasted:.3f} s, a key {min(keys):.3f} s"
