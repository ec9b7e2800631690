"""The line under the roster box reads the whole roster at each key typed in it. A long
list with job titles took as long to read after one key as when pasted (half a second and
more for 500 lines on a laptop, three times a key): typing in it lagged. A label read once
is remembered, so a key typed reads anew only the labels it changed. Counted, not timed:
a timing would fail on a busy machine."""

from __future__ import annotations

from roundtable import function_words
from roundtable.roster_preview import roster_preview

READERS = (
    function_words.team_side,
    function_words.both_sides,
    function_words.named_side,
    function_words.owner_side,
)


def _labels_read() -> int:
    return sum(reader.cache_info().misses for reader in READERS)


def test_a_key_typed_in_a_long_roster_reads_only_what_changed_anew() -> None:
    for reader in READERS:
        reader.cache_clear()
    lines = [f"Person{k} Quillfeather - Head of Sales Zorbland {k}" for k in range(1000)]
    said = roster_preview("\n".join(lines))
    assert said.startswith("1000 people: 1000 sales, 0 marketing, 0 other.")
    pasted = _labels_read()
    assert pasted >= 1000  # every line's title and company was read once
    for key in "xyz":  # keys typed at the end of the last line
        lines[-1] += key
        before = _labels_read()
        said = roster_preview("\n".join(lines))
        assert said.startswith("1000 people: 1000 sales")
        assert _labels_read() - before < 100, "a key read the unchanged lines again"
