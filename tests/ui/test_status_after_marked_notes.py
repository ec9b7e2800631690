"""After each note the status line says what is true of it: who the note counted as and who
the next notes count as. After an @name note of a person of another function it still
showed the message of the note before ("The next notes count as marketing too"), so it
said the @Ana note was a marketing note and said nothing of Ana."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_acceptance_story import activate
from tests.ui.test_main_window import type_note, writer_names_on

# Ana Lopez is in sales and Ben Okafor in marketing (the session_file fixture); Zed is nobody.
PREFIXES = ("", "s: ", "m: ")
NAMES = ("", "@Ana ", "@Ben ", "@Zed ")
# The notes typed just before, each leaving its own message (or none) on the status line.
BEFORE = ("m: campaign calendar", "@Ben webinar leads", "@Zed pricing page", "s: quotes", "demo")


def said(window) -> str:
    return window.statusBar().currentMessage()


def claims(message: str) -> tuple[str | None, str | None]:
    """What a message says the note just added counted as, and the next notes count as."""
    this = re.search(r"note counts as (\w+)", message) or re.search(
        r"[Aa]dded as an? (\w+) note", message
    )
    next_ = re.search(r"next notes (?:still )?count as (\w+)", message)
    if this is None and next_ is not None and re.search(r"count as \w+ too", message):
        this = next_  # "the next notes count as marketing too": this one did as well
    return (this.group(1) if this else None, next_.group(1) if next_ else None)


def check_said(window, line: str) -> None:
    """The status line after `line` was typed tells no lie, and after a prefix or a name it
    says both who the note counted as and who the next notes count as."""
    note = window.store.notes(window.shown_round_id())[-1]
    label = window.findChild(QLabel, "captureFunction").text().lower()
    message = said(window)
    this, next_ = claims(message)
    marked = "@" in line or ":" in line
    where = f"after {line!r}: {message!r}"
    if marked:
        assert (this, next_) == (note.function, label), where
    else:
        assert this in (None, note.function) and next_ in (None, label), where
    # No sentence left over from an earlier note: no other name, no other unknown name.
    for name in ("Ana Lopez", "Ben Okafor"):
        assert (name in message) == (name.split()[0] in line), where
    assert ("“Zed” is not on the roster" in message) == ("@Zed" in line), where


@pytest.mark.parametrize("name", NAMES, ids=["no-name", "ana-sales", "ben-marketing", "unknown"])
@pytest.mark.parametrize("prefix", PREFIXES, ids=["no-prefix", "s", "m"])
def test_the_status_line_says_who_each_note_counted_as_after_any_note(qtbot, window, prefix, name):
    activate(qtbot, window)
    writer_names_on(qtbot, window)  # an anonymous session keeps them off the status line too
    line = f"{prefix}{name}lead handover".strip()
    for before in BEFORE:
        type_note(qtbot, window, before)
        check_said(window, before)
        type_note(qtbot, window, line)
        check_said(window, line)
    # The next note, with no mark, counts as the status line said.
    _this, next_ = claims(said(window))
    type_note(qtbot, window, "shared pipeline review")
    if next_ is not None:
        assert window.store.notes(window.shown_round_id())[-1].function == next_


def test_ctrl_number_takes_back_what_a_prefix_said(qtbot, window):
    # "m: ..." said the next notes count as marketing; Ctrl+1 set sales and the line went
    # on saying marketing.
    activate(qtbot, window)
    type_note(qtbot, window, "m: campaign calendar")
    assert said(window).startswith("The next notes count as marketing too")
    qtbot.keyClick(window.entry, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert claims(said(window))[1] in (None, "sales")
    assert "marketing" not in said(window)


def test_with_names_hidden_the_status_line_does_not_name_the_writer(qtbot, window):
    # The anonymous session's cards hide who wrote them; the status line said it instead.
    activate(qtbot, window)
    assert not window.board.show_names
    type_note(qtbot, window, "m: campaign calendar")
    type_note(qtbot, window, "@Ana lead handover")
    assert "Ana" not in said(window)
    assert said(window) == (
        "The note of the person named counts as sales; the next notes still count as marketing."
    )


@pytest.mark.parametrize(
    ("line", "function"),
    [("@Ana m: lead handover", "marketing"), ("@Ben Okafor: s: lead handover", "sales")],
)
def test_a_prefix_typed_after_the_name_sets_the_function_and_leaves_the_note(
    qtbot, window, line, function
):
    # "@Ben o: text" kept "o:" in the note and counted it as Ben's function.
    activate(qtbot, window)
    writer_names_on(qtbot, window)
    type_note(qtbot, window, line)
    note = window.store.notes(window.shown_round_id())[-1]
    assert note.text == "lead handover"
    assert note.function == function
    assert window.store.participant(note.participant_id).name.split()[0] == line[1:4]
    check_said(window, line)
    type_note(qtbot, window, "shared pipeline review")
    assert window.store.notes(window.shown_round_id())[-1].function == function
