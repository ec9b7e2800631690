"""Settings every test shares: Qt runs offscreen, and time moves only when a test moves it."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts the whole run; offscreen works everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock tests move by hand (`advance(seconds)`), so timers need no sleeping."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_clock(clock: FakeClock) -> FakeClock:
    """The same clock under the name the UI tests use."""
    return clock


# Another program (a database browser, a sync tool) with the session file open: it starts
# the given transaction, says so, and keeps it until told to stop (its stdin closes).
_OTHER_PROGRAM = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute(sys.argv[2])
con.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("holding", flush=True)
sys.stdin.read()
"""


class OtherProgram:
    """A separate process holding a transaction on a session file until `stop()`."""

    def __init__(self, path: Path, begin: str) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _OTHER_PROGRAM, str(path), begin],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if line.strip() != "holding":
            _, err = self._proc.communicate(timeout=30)
            raise RuntimeError(f"the other program did not start: {err}")

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.communicate(timeout=30)  # closes its stdin: it rolls back and ends


@pytest.fixture
def other_program() -> Iterator[Callable[[Path, str], OtherProgram]]:
    """Start `OtherProgram(path, "BEGIN EXCLUSIVE")` and the like; all stopped after the test."""
    started: list[OtherProgram] = []

    def start(path: Path, begin: str) -> OtherProgram:
        started.append(OtherProgram(path, begin))
        return started[-1]

    yield start
    for program in started:
        program.stop()


# Generated-input tests (tests/core/test_any_input.py): the normal run tries the same
# examples on every machine, so a failure in CI is one a developer can repeat;
# HYPOTHESIS_PROFILE=explore looks further, with new examples each run.
try:
    from hypothesis import settings as _hypothesis
except ImportError:  # the test extra is not installed: no generated-input tests to run
    pass
else:
    _hypothesis.register_profile("ci", derandomize=True, deadline=None, max_examples=40)
    _hypothesis.register_profile("explore", deadline=None, max_examples=1000)
    _hypothesis.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
