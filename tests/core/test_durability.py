"""A note reported as saved is on disk, even if the process is killed the next instant."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from roundtable.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from durability import kill_once  # noqa: E402

RUNS = 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_a_reported_note(tmp_path: Path) -> None:
    path = tmp_path / "crash.roundtable"
    rng = random.Random(20261123)
    total_reported = 0
    for _ in range(RUNS):
        reported, stored = kill_once(path, rng)
        total_reported += reported
    assert total_reported > 0  # the children really wrote between kills
    # After all the kills the file still opens for writing: no stale lock, no damage.
    with Store.open(path) as store:
        assert store.note_count() >= total_reported
