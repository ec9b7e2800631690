"""A roster pasted from a mail's To or Cc line: one person a recipient, "Ana Lopez
<ana@acme.com>; Ben Okafor <ben@globex.com>", with commas between them as some mail apps
copy them, a display name in quotes, or a bare address.

The line was refused as one person whose function was "Ben Okafor <ben@globex.com>". Each
recipient is a person now, named by the display name (Outlook's "Lopez, Ana" is Ana Lopez),
or by the name an address spells ("dan.roe@initech.example" is Dan Roe). roster_text.py
reads a line through here before reading it as cells.
"""

from __future__ import annotations

import re

from .model import name_in_address

_EMAIL = r"[^\s<>@,;\"]+@[^\s<>@,;\"]+\.[^\s<>@,;\"]+"


def _recipient(name_chars: str) -> re.Pattern[str]:
    """One recipient: "Display, Name" <address>, Display Name <address>, or an address
    alone; `name_chars` are those a display name out of quotes may hold."""
    return re.compile(
        rf'"(?P<quoted>[^"]*)"\s*<(?P<of_quoted>{_EMAIL})>'
        rf"|(?P<plain>[{name_chars}]*?)\s*<(?P<of_plain>{_EMAIL})>"
        rf"|(?P<bare>{_EMAIL})"
    )


_RECIPIENT = _recipient('^";,<>')
# Between recipients separated by semicolons, as Outlook copies them, a display name out of
# quotes may hold a comma: "Lopez, Ana <ana@acme.com>; Okafor, Ben <ben@globex.com>".
_OUTLOOK_RECIPIENT = _recipient('^";<>')
_BETWEEN = re.compile(r"[\s;,]*")
# A first name and what may follow it in brackets ("Anna (Brightline)").
_BRACKETS_AFTER = re.compile(r"(.*?)\s*(\([^()]*\))?")


def _name(found: re.Match[str]) -> str:
    """A recipient's name: the display name, surname last; else the address's."""
    shown = (found["quoted"] or found["plain"] or "").strip()
    if "," in shown:
        surname, first = (part.strip() for part in shown.split(",", 1))
        # "Keller, Anna (Brightline)", as a company's address book shows a guest: the
        # brackets go after the whole name, not between first name and surname.
        first, brackets = _BRACKETS_AFTER.fullmatch(first).groups("")  # type: ignore[union-attr]
        shown = " ".join(part for part in (first, surname, brackets) if part)
    if shown:
        return shown
    address = found["of_quoted"] or found["of_plain"] or found["bare"]
    spelled = name_in_address(address)
    if not spelled.islower():
        return spelled
    return " ".join(w[:1].upper() + w[1:] for w in spelled.split())


def recipients(line: str) -> list[str] | None:
    """The names of a line of a mail's recipients, in order; None for any other line (one
    with cells besides the addresses: "Anna Keller <anna@brightline.example>, Sales")."""
    text = line.strip()
    if ";" in text:
        items = [item.strip() for item in text.split(";") if item.strip(" ,")]
        found = [_OUTLOOK_RECIPIENT.fullmatch(item) for item in items]
        if found and all(found):
            return [_name(f) for f in found if f]
    names: list[str] = []
    pos = 0
    while True:
        between = _BETWEEN.match(text, pos)
        pos = between.end() if between else pos
        if pos >= len(text):
            return names or None
        one = _RECIPIENT.match(text, pos)
        if one is None or one.end() == pos:
            return None
        names.append(_name(one))
        pos = one.end()
