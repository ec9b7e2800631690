"""The capture line: parse `s:` / `m:` / `o:` prefixes and `@name` mentions from typed text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from roundtable.model import Function

PREFIXES: dict[str, Function] = {"s": "sales", "m": "marketing", "o": "other"}
_NAME = r"@([\w.\-]+(?:\s[A-Z][\w.\-]*)?)"
# Who said it: "@Ana ..." at the start of the line or "... @ana" at its end. A name in the
# middle ("Ask @Grace about pricing") is part of what was said and stays in the note.
LEADING_MENTION = re.compile(r"^" + _NAME)
TRAILING_MENTION = re.compile(r"\s" + _NAME + r"\s*$")
UNFINISHED_MENTION = re.compile(r"(?:^|\s)@(?=\s|$)")


def parse_entry(
    text: str, current: Function, known: Callable[[str], bool] | None = None
) -> tuple[str, Function, str | None]:
    """Return (note text, function, mentioned name or None) for a typed line.

    Only a name at the start or at the end of the line marks who said it; one in the
    middle stays in the text. `@Ana Lopez` takes the capitalised word after the first as
    part of the name, unless `known` says only the first word is a participant's name
    (`@Ana Pricing is unclear` with Ana on the roster keeps "Pricing" in the note).
    """
    text, function = split_prefix(text, current)
    name = None
    mm = LEADING_MENTION.search(text) or TRAILING_MENTION.search(text)
    if mm:
        name = mm.group(1).strip()
        end = mm.end()
        first = name.split()[0]
        if first != name and known is not None and not known(name) and known(first):
            name, end = first, mm.start(1) + len(first)
        text = (text[: mm.start()] + text[end:]).strip()
        # "@Ana: honest talk" and "@Ana - fewer leads lost": the mark after the name goes too.
        text = re.sub(r"^[:;,\-–—]+\s*", "", text)
    # An "@" with no name after it is a mention begun and left: not part of the note.
    text = UNFINISHED_MENTION.sub("", text).strip()
    return text, function, name


def has_prefix(text: str) -> bool:
    """Whether the line starts with an `s:` / `m:` / `o:` prefix of its own."""
    return re.match(r"^\s*[smoSMO]:", text) is not None


def split_prefix(text: str, current: Function) -> tuple[str, Function]:
    """The line without its `s:` / `m:` / `o:` prefix, and the function it sets."""
    text = text.strip()
    m = re.match(r"^([smoSMO]):\s*", text)
    if m:
        return text[m.end() :], PREFIXES[m.group(1).lower()]
    return text, current


def fold_name(name: str) -> str:
    """A name as typed in a hurry: any case, accents dropped ("chloe" finds "Chloé")."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_participant(store: Any, name: str) -> Any:
    """The participant named exactly (any case), else the only one whose name or first name
    matches with accents ignored."""
    exact = store.find_participant(name)
    if exact is not None:
        return exact
    wanted = fold_name(name)
    people = store.participants()
    for attempt in (lambda p: fold_name(p.name), lambda p: fold_name(p.name.split()[0])):
        found = [p for p in people if attempt(p) == wanted]
        if len(found) == 1:
            return found[0]
    return None


class MentionCompleter:
    """Completes the `@word` under the cursor from the roster, leaving the rest of the line.

    (QLineEdit.setCompleter would complete the whole line, which is not what a mention is.)
    """

    def __init__(self, entry) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        self.entry = entry
        self.completer = QCompleter([], entry)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setWidget(entry)
        self.completer.activated.connect(self.insert)
        entry.textEdited.connect(self._edited)

    def set_names(self, names: list[str]) -> None:
        self.completer.model().setStringList(names)  # type: ignore[attr-defined]

    def _word(self) -> tuple[int, str] | None:
        text, pos = self.entry.text(), self.entry.cursorPosition()
        at = text.rfind("@", 0, pos)
        if at < 0 or (at > 0 and not text[at - 1].isspace()):
            return None
        return at, text[at + 1 : pos]

    def _edited(self, _text: str) -> None:
        word = self._word()
        if word is None:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word[1])
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def insert(self, name: str) -> None:
        word = self._word()
        if word is None:
            return
        text, pos = self.entry.text(), self.entry.cursorPosition()
        self.entry.setText(text[: word[0]] + "@" + name + " " + text[pos:])
        self.entry.setCursorPosition(word[0] + len(name) + 2)
