"""The capture line: parse `s:` / `m:` / `o:` prefixes and `@name` mentions from typed text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from roundtable.model import ADDRESS, Function, name_key
from ui.windows.capture_ways_in import RefusesTooBig

PREFIXES: dict[str, Function] = {"s": "sales", "m": "marketing", "o": "other"}
# A name's characters: letters and digits, . - ' ’, and emoji (with their joiners and
# skin tones), since a roster name may carry one ("Zoë 🎯") and @name must still find it.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_WORD = rf"[\w.\-'’{_EMOJI}]+"
# Who said it: "@Ana ..." at the start of the line or "... @ana" at its end, a second word
# of the name included when it belongs to it. A name in the middle ("Ask @Grace about
# pricing") is part of what was said and stays in the note.
LEADING_MENTION = re.compile(rf"^@({_WORD})(?:\s+({_WORD}))?")
TRAILING_MENTION = re.compile(rf"(?:^|\s)@({_WORD})(?:\s+({_WORD}))?\s*$")
# "@ben.okafor@acme.com", an address copied from the invitation, is one mention, not the
# name "ben.okafor" and a note beginning "@acme.com".
_ADDRESS = ADDRESS.pattern
_PART_ADDRESS = r"[\w.+'\-]+@[\w.\-]*"
LEADING_ADDRESS = re.compile(rf"^@({_ADDRESS})(?=[\s:;,]|$)")
TRAILING_ADDRESS = re.compile(rf"(?:^|\s)@({_ADDRESS})\s*$")
UNFINISHED_MENTION = re.compile(r"(?:^|\s)@(?=\s|$)")
# A name of three to six words ("@Ana María López", "@María José García López", "@Jan van
# der Berg"), taken only when it is a participant's.
LONG_NAME = 6
_RUN = rf"{_WORD}(?:\s+{_WORD}){{2,{LONG_NAME - 1}}}"
LEADING_LONG = re.compile(rf"^@({_RUN})")
TRAILING_LONG = re.compile(rf"(?:^|\s)@({_RUN})\s*$")
# The words after the last "@" of the line, up to its end: a name being typed, maybe.
TRAILING_RUN = re.compile(rf"(?:^|\s)@({_WORD}(?:\s+{_WORD})*)\s*$")


def _clean(word: str) -> str:
    return word.rstrip(".-'’")


def _long_name(text: str, known: Callable[[str], bool]) -> tuple[str, tuple[int, int]] | None:
    """A participant's name of three or more words right after an "@" at the start of the
    line (the longest that is one) or ending it: (name, span of the mark), else None."""
    lead = LEADING_LONG.search(text)
    if lead:
        words = list(re.finditer(_WORD, lead.group(1)))
        for k in range(len(words), 2, -1):
            name = " ".join(_clean(w.group()) for w in words[:k])
            if known(name):
                return name, (0, lead.start(1) + words[k - 1].end())
    trail = TRAILING_LONG.search(text)
    if trail:
        name = " ".join(_clean(w) for w in trail.group(1).split())
        if known(name):
            return name, (trail.start(), len(text))
    return None


def _begins_a_name(words: list[str], names: list[list[str]], partial: bool) -> int:
    """How many of `words` (typed after an "@") begin one of the roster's `names` (each as
    its name_key words); with `partial`, the last word may be half typed."""
    typed = [name_key(_clean(w)) for w in words]
    best = 0
    for name in names:
        k = 0
        while k < min(len(typed), len(name)) and typed[k] == name[k]:
            k += 1
        if partial and k == len(typed) - 1 and k < len(name) and name[k].startswith(typed[k]):
            k += 1
        best = max(best, k)
    return best


def parse_entry(
    text: str, current: Function, known: Callable[[str], bool] | None = None
) -> tuple[str, Function, str | None]:
    """Return (note text, function, mentioned name or None) for a typed line.

    Only a name at the start or at the end of the line marks who said it; one in the
    middle stays in the text. The word after the first is part of the name when `known`
    says the two are a participant's name (`@bruno cote`, `@frank o'neil`), or, at the
    start, when it is capitalised and the first word alone is nobody's (`@Carla Diaz` not
    on the roster). `@Ana Pricing is unclear` with Ana on the roster keeps "Pricing".
    """
    text, function = split_prefix(text, current)
    is_known = known or (lambda _name: False)
    name = None
    span: tuple[int, int] | None = None
    lead = LEADING_MENTION.search(text)
    trail = TRAILING_MENTION.search(text)
    long = _long_name(text, is_known)
    address = LEADING_ADDRESS.search(text) or TRAILING_ADDRESS.search(text)
    if address:
        name, span = address.group(1), address.span()
    elif long:
        name, span = long
    elif lead:
        first, second = _clean(lead.group(1)), lead.group(2)
        both = f"{first} {_clean(second)}" if second else None
        if both and (
            is_known(both) or (second[:1].isupper() and not is_known(first))  # type: ignore[index]
        ):
            name, span = both, (0, lead.end())
        else:
            name, span = first, (0, lead.end(1))
    elif trail:
        first, second = _clean(trail.group(1)), trail.group(2)
        both = f"{first} {_clean(second)}" if second else None
        if both is None:
            name, span = first, (trail.start(), len(text))
        elif is_known(both) or second[:1].isupper():  # type: ignore[index]
            name, span = both, (trail.start(), len(text))
        # else "... @ben today": a name followed by more of the note, so not a mark
    if name is not None and span is not None:
        text = (text[: span[0]] + text[span[1] :]).strip()
        # "@Ana: honest talk" and "@Ana - fewer leads lost": the mark after the name goes too.
        text = re.sub(r"^[:;,\-–—]+\s*", "", text)
    # An "@" with no name after it is a mention begun and left: not part of the note.
    text = UNFINISHED_MENTION.sub("", text).strip()
    return text, function, name


# A prefix typed after the name that opens the line ("@Ben o: text", "@Ana María López m:
# text"): the name is at most four words, with no colon in it, and the prefix stands alone.
_LATE_PREFIX = re.compile(
    r"^\s*(@[^\s:]+(?:\s+[^\s:@]+){0,3}?)\s*[:;,\-–—]?\s+([smoSMO]):(?:\s+|$)"
)


def hide_mentions(text: str, roster: Sequence[str] = ()) -> str:
    """The typed line with a name at its start or end shown as "@…": what the wall echoes
    in an anonymous session (the note itself never carries the name).

    Two words after the "@" are hidden, and as many more as begin a `roster` name, the
    last one while it is being typed: "@Ana María López" showed "@… López" on the wall,
    and "... @Ana María López" at the end of the line showed whole."""
    late = _LATE_PREFIX.match(text)
    if late and not re.match(r"^\s*[smoSMO]:", text):
        return hide_mentions(late.group(1), roster) + " " + text[late.start(2) :]
    names = [name_key(n).split() for n in roster]
    m = re.match(r"^\s*[smoSMO]:\s*", text)
    head, body = (text[: m.end()], text[m.end() :]) if m else ("", text)
    # An address spells the name too ("@ben.okafor@acme.com"): hidden whole, also while
    # its domain is still being typed.
    body = re.sub(rf"^@{_PART_ADDRESS}(?=[\s:;,]|$)", "@…", body)
    body = re.sub(rf"(?:^|\s)@{_PART_ADDRESS}\s*$", " @…", body)
    lead = LEADING_MENTION.search(body)
    if lead:
        end = lead.end()
        run = LEADING_LONG.search(body)
        if run:
            words = list(re.finditer(_WORD, run.group(1)))
            partial = run.end() == len(body)
            k = _begins_a_name([w.group() for w in words], names, partial)
            if k > 2:
                end = run.start(1) + words[k - 1].end()
        body = "@…" + body[end:]
    trail = TRAILING_MENTION.search(body)
    run = TRAILING_RUN.search(body)
    if run and run.start() > 0 and not (trail and trail.start() == run.start()):
        words = run.group(1).split()
        if _begins_a_name(words, names, not body[-1:].isspace()) == len(words):
            trail = run
    if trail and trail.start() > 0:
        body = body[: trail.start()] + " @…"
    return head + body


def prefix_letter(text: str) -> str | None:
    """The `s` / `m` / `o` of the line's own prefix, at its start or just after the name
    that opens it, or None."""
    m = re.match(r"^\s*([smoSMO]):", text) or _LATE_PREFIX.match(text)
    return m.group(m.lastindex or 1).lower() if m else None


def has_prefix(text: str) -> bool:
    """Whether the line has an `s:` / `m:` / `o:` prefix of its own."""
    return prefix_letter(text) is not None


def split_prefix(text: str, current: Function) -> tuple[str, Function]:
    """The line without its `s:` / `m:` / `o:` prefix, and the function it sets. After an
    opening name the prefix goes and the name stays ("@Ben o: text" -> "@Ben text")."""
    text = text.strip()
    m = re.match(r"^([smoSMO]):\s*", text)
    if m:
        return text[m.end() :], PREFIXES[m.group(1).lower()]
    late = _LATE_PREFIX.match(text)
    if late:
        rest = text[late.end() :]
        return (f"{late.group(1)} {rest}" if rest else late.group(1)), PREFIXES[
            late.group(2).lower()
        ]
    return text, current


def participants_named(store: Any, name: str) -> list[Any]:
    """The participants a typed name may mean: the one named exactly (any case, accents
    ignored), else those whose first name matches (two "Anna"s)."""
    return list(store.participants_named(name))


def find_participant(store: Any, name: str) -> Any:
    """The one participant a typed name means, or None (nobody, or more than one)."""
    found = participants_named(store, name)
    return found[0] if len(found) == 1 else None


def _name_chosen(entry: Any) -> bool:
    popup = getattr(entry, "mention_popup", None)
    return popup is not None and popup.isVisible() and popup.currentIndex().isValid()


class CaptureLine(RefusesTooBig):
    """The capture line. With a name highlighted in the open name list, Enter and Tab are
    the list's: it hands its keys to the line first, and the line took Enter as "add the
    note" with the half-typed "@pri", and Tab as "next field".

    Text of several lines pasted (Ctrl+V, Shift+Insert, the menu's Paste) goes to
    `lines_pasted` (see paste_lines.py), which adds a note a line; when it returns False,
    or for one line, the paste is the line edit's own. Text dropped on the line or pasted
    with the middle button does the same (capture_ways_in.py). A paste the line cannot hold whole
    (QLineEdit cut it at `maxLength`, 32,767 characters, without a word) goes to
    `paste_refused` with its length instead, and the line stays as it was; so does text
    dropped on the line or pasted with the middle button (capture_ways_in.py)."""

    _given = ""

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 (Qt name)
        """`placeholderText()` stays `text`; the line shows it whole, or where it is too
        narrow (800 pixels: "Type a note, Enter to add  (s: m: o: pre…") the part before
        its brackets, and the whole in the tooltip."""
        self._given = text
        self._fit_placeholder()

    def placeholderText(self) -> str:  # noqa: N802 (Qt name)
        return self._given

    def _fit_placeholder(self) -> None:
        text = self._given
        room = self.width() - 16  # the frame's and the text's margins
        short = text.split("  (")[0]
        if self.fontMetrics().horizontalAdvance(text) > room and short != text:
            text = short
        if super().placeholderText() != text:
            super().setPlaceholderText(text)
        if text != self._given and not self.toolTip():
            self.setToolTip(self._given)
        elif text == self._given and self.toolTip() == self._given:
            self.setToolTip("")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_placeholder()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.matches(QKeySequence.StandardKey.Paste) and (
            self._paste_lines() or self._paste_too_big()
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = self.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:
            paste.triggered.disconnect()  # the line edit's own paste, which joins the lines
            paste.triggered.connect(self.paste_from_menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def paste_from_menu(self) -> None:
        if not (self._paste_lines() or self._paste_too_big()):
            self.paste()

    def _paste_too_big(self) -> bool:
        """Refuse a paste the line cannot hold whole (see the class): True if refused."""
        size = len(QApplication.clipboard().text())
        return self.refused_as_too_big(size, "clipboard", replaced=len(self.selectedText()))

    def _paste_lines(self) -> bool:
        """Hand pasted text of several lines to `lines_pasted`: True if it took them."""
        return self.took_as_lines(QApplication.clipboard().text(), "clipboard")

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and _name_chosen(self)
        ):
            event.ignore()  # the list completes the name
            return False
        return super().event(event)


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
        entry.mention_popup = self.completer.popup()
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
        # Typed through the presenter view, the line is not in the active window: a list
        # opened there took the next keys from the view (its echo fell a letter behind).
        if word is None or not self.entry.window().isActiveWindow():
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word[1])
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def accept_current(self) -> bool:
        """Enter or Tab on a name chosen in the open list (with the arrow keys): the name
        goes in, and the key goes no further (it added the note with the half-typed name).
        With no name chosen the list closes and the key does what it always does."""
        popup = self.completer.popup()
        if not popup.isVisible():
            return False
        index = popup.currentIndex()
        popup.hide()
        if not index.isValid():
            return False
        self.insert(str(index.data()))
        return True

    def move(self, step: int) -> bool:
        """Up or Down reaching the line while the name list is open (where the list did
        not get the keyboard itself): the highlight moves in the list."""
        popup = self.completer.popup()
        model = self.completer.completionModel()
        if not popup.isVisible() or model.rowCount() == 0:
            return False
        row = popup.currentIndex().row() if popup.currentIndex().isValid() else -1
        row = max(0, min(model.rowCount() - 1, row + step))
        popup.setCurrentIndex(model.index(row, 0))
        return True

    def insert(self, name: str) -> None:
        word = self._word()
        if word is None:
            return
        text, pos = self.entry.text(), self.entry.cursorPosition()
        self.entry.setText(text[: word[0]] + "@" + name + " " + text[pos:])
        self.entry.setCursorPosition(word[0] + len(name) + 2)
