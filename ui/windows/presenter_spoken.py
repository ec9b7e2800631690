"""What a screen reader finds in the presenter view: the round, its question and the time.

On one screen the view has the keyboard, yet nothing in it could take the focus, so a
screen reader had nothing to read there: not which round was on the wall, nor how long it
had left. The view's question (`SpokenQuestion`) now takes the focus, and its accessible
name and description are put together whenever the reader asks ("Round 2 of 5, Why it's
broken: 12 minutes 5 seconds left"), from what the view shows at that moment. They are not
set on each tick of the clock: a changed name is read out again, every second.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

from roundtable.export.languages import Words, words
from ui.windows.presenter_top import BREAK

# A clock's time as the view shows it: "12:05", "+06:00" (over time).
_TIME = re.compile(r"(\+?)(\d+):(\d\d)")


def _amount(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


def spoken_time(minutes: int, seconds: int) -> str:
    """ "12 minutes 5 seconds", "1 minute", "40 seconds": said as a length of time ("12:05"
    is read as five past twelve)."""
    parts = [_amount(minutes, "minute")] if minutes else []
    if seconds or not minutes:
        parts.append(_amount(seconds, "second"))
    return " ".join(parts)


def spoken_clock(shown: str, room: Words | None = None) -> str:
    """The view's clock in words: "12:05" is "12 minutes 5 seconds left", "Paused +01:10"
    "paused, 1 minute 10 seconds over time", and "Round 3 · 05:00" (another round's clock
    over this round's notes) "round 3's clock: 5 minutes left". The view writes its clock
    in the room's language (`room`, English unless given): "Pause 01:01" in German is read
    "paused, 1 minute 1 second left" too, as the reader's own words stay English."""
    room = room or words("en")
    whose, _sep, clock = shown.rpartition(BREAK)
    paused_word = room.template("room.paused").split("{clock}")[0]
    paused = clock.startswith(paused_word)
    clock = clock.removeprefix(paused_word) if paused else clock
    time = _TIME.fullmatch(clock)
    if clock == room("room.done"):
        said = "the session is over"
    elif time is None:
        said = "no round on the clock"
    else:
        over, minutes, seconds = time.group(1), int(time.group(2)), int(time.group(3))
        said = f"{spoken_time(minutes, seconds)} {'over time' if over else 'left'}"
    if paused:
        said = f"paused, {said}"
    number = re.search(r"\d+", whose)
    return f"round {number.group()}'s clock: {said}" if number else said


class SpokenQuestion(QLabel):
    """The view's question, which takes the keyboard in the view (keys it does not use go
    on to the view). `spoken` gives its accessible name and description as they are now."""

    def __init__(self, spoken: Callable[[], tuple[str, str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.spoken = spoken
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        _install_factory()


class _SpokenInterface(QAccessibleWidget):
    def __init__(self, label: SpokenQuestion) -> None:
        super().__init__(label, QAccessible.Role.StaticText)
        self.label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.label.spoken()[0]
        if kind == QAccessible.Text.Description:
            return self.label.spoken()[1]
        return super().text(kind)


def _interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    return _SpokenInterface(obj) if isinstance(obj, SpokenQuestion) else None


_installed: list[bool] = []


def _install_factory() -> None:
    """Qt asks the factory for the interface of each object a screen reader looks at: it
    answers for the question and leaves everything else to Qt (once per run)."""
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed.append(True)


def spoken_top(view) -> tuple[str, str]:
    """The presenter view's accessible name and description as it stands: the round on the
    wall and its clock, then the question and what keys do there."""
    rounds = view.wall.store.rounds()
    shown = next((r for r in rounds if r.id == view.wall.round_id), None)
    clock = spoken_clock(view.timer.text(), view.wall.words)
    if shown is None:
        name = f"Presenter view: {clock}"
    else:
        name = f"Round {shown.position} of {len(rounds)}, {shown.title}: {clock}"
    question = view.question.text()
    return name, f"Question: {question} {view.HINT}" if question else view.HINT
