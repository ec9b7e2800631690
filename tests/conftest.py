"""Settings every test shares: Qt runs offscreen, and time moves only when a test moves it."""

import os

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
