"""A theme name the store would refuse (too long) is kept as typed: the name editor opens
again on it, or, when the facilitator clicked into another field, the next F2 on the theme
brings it back. It was refused in a message box and the typed name was gone.

A name being typed also outlives a crash: it comes back in the name editor, open, when the
session opens again (`keep_typed`, typed_in_place.py), and is not saved before Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.model import clean_text
from roundtable.store.board import MAX_LABEL_CHARS
from ui.windows.typed_in_place import editing


def too_long(controller: Any, theme_id: int, label: str) -> bool:
    """Whether `label` is too long for a theme name; if so it is kept and the refusal said."""
    length = len(clean_text(label))
    if length <= MAX_LABEL_CHARS:
        return False
    tree = controller.list
    tree.drafts[theme_id] = label
    old = controller.store.theme(theme_id).label
    said = f"A theme name can be at most {MAX_LABEL_CHARS} characters; this one has {length}."
    focus = QApplication.focusWidget()
    if focus is None or focus is tree or tree.isAncestorOf(focus):
        controller.window.show_status(f"{said} Shorten it and press Enter; Esc keeps “{old}”.")
        QTimer.singleShot(0, tree, lambda: edit_again(tree, theme_id))
    else:
        controller.window.show_status(
            f"{said} What you typed is kept: F2 on “{old}” in the Themes panel brings it back."
        )
    return True


def edit_again(tree: Any, theme_id: int) -> None:
    item = tree.item_for(theme_id)
    if item is None:
        return
    tree.setCurrentItem(item)
    tree.setFocus()
    tree.editItem(item, 0)


def put_back(tree: Any, index: Any, editor: Any) -> None:
    """Into a name editor just opened, the name refused there before, as typed."""
    draft = tree.drafts.pop(index.data(tree.theme_id_role), None)
    if draft is not None and isinstance(editor, QLineEdit):
        editor.setText(draft)


def keep_typed(tree: Any, index: Any, editor: Any) -> None:
    """What is typed in a name editor just opened is kept as typing pauses, to be put back
    in the editor after a crash (the theme keeps its name until Enter)."""
    if isinstance(editor, QLineEdit):
        place = {"kind": "theme", "id": index.data(tree.theme_id_role)}
        label = str(index.data())
        editing(tree, editor, place, editor.text, lambda: label, editor.textChanged)
