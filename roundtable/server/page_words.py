"""The phone page in the room's language (roundtable/room_language.py): the page as served,
and what the laptop answers the phones.

The page (page.html, with its style and script put in by page_parts.py) is written once,
in English. What stands on it is marked with the catalogue key that says it
(`data-w="page.send"`, `data-w-placeholder=...`, `data-w-label=...`), and what its script
says is one JSON block of the "page." words (`<script id="words" type="application/json">`).
The server fills both in the session's language (`served_page`): no copy of the page per
language. The English in page.html is the catalogue's (a test checks), so the page as put
together works as the English page.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from roundtable.export.languages import Words
from roundtable.model import MAX_NOTE_CHARS, InvalidInput, clean_text

# What the page's script says, by its key without "page." (the JSON block's keys).
SCRIPT_KEYS = (
    "offline",
    "gone",
    "rescan",
    "held",
    "moved",
    "earlier",
    "taken",
    "on_board",
    "not_added",
    "not_added_back",
    "waiting_gone",
    "waiting",
    "put_back",
    "box_first",
    "back_in_box",
    "on_board_now",
    "left_out",
    "one_left_out",
    "round",
    "round_n",
    "round_on",
    "round_open",
    "paused_now",
    "going_on",
    "sent",
    "not_yet",
    "refused",
    "type_first",
    "too_long",
    "stays",
    "pick_side",
    "began_before",
    "named_side",
    "sending",
    "slow_down",  # (also the laptop's answer to a phone it holds back: pace.py)
    "sales",
    "marketing",
    "other",
    # While the room votes with dots (room_vote.py).
    "vote_head",
    "vote_how",
    "vote_left",
    "vote_add",
    "vote_take",
    "vote_sent",
    "vote_changed",
    "vote_waiting",
    "vote_open_now",
    "vote_closed_now",
    "vote_closed_unsent",
    "vote_closed_changed",
    "vote_refused",
    "vote_gone",
    "vote_merged",
    "vote_offline",
    "vote_pick_side",
    "vote_empty",
)
_BLOCK = re.compile(r'(<script id="words" type="application/json">)(.*?)(</script>)', re.S)
_TEXT = re.compile(r'(data-w="([\w.]+)"[^>]*>)[^<]*')
_ATTRIBUTE = re.compile(
    r'(placeholder|aria-label)="[^"]*"(\s+data-w-(?:placeholder|label)="([\w.]+)")'
)


def script_words(w: Words) -> dict[str, str]:
    """The words of the page's script in the language of `w`, as templates: the script fills
    in their "{n}" and picks "one|more" itself."""
    return {key: w.template(f"page.{key}") for key in SCRIPT_KEYS}


def page_block(page: str) -> dict[str, str]:
    """The script's words as `page` gives them."""
    found = _BLOCK.search(page)
    assert found is not None, "the page has no words block"
    return json.loads(found.group(2))


def served_page(page: str, w: Words) -> str:
    """`page` in the language of `w`: its marked texts and its script's words."""
    page = page.replace('<html lang="en">', f'<html lang="{w.code}">', 1)
    page = _TEXT.sub(lambda m: m.group(1) + html.escape(w(m.group(2)), quote=False), page)
    page = _ATTRIBUTE.sub(
        lambda m: f'{m.group(1)}="{html.escape(w(m.group(3)))}"{m.group(2)}', page
    )
    # "</" inside the block would end the script early.
    said = json.dumps(script_words(w), ensure_ascii=False, indent=0).replace("</", "<\\/")
    return _BLOCK.sub(lambda m: m.group(1) + said + m.group(3), page, count=1)


def time_left(w: Words, r: Any, now: float) -> str:
    """The round's time as the room's clock shows it, in words a phone can show."""
    left = r.timebox_s - r.elapsed_at(now)
    if left <= 0:
        return w("page.time_up")
    minutes = -(-int(left) // 60)  # 1:20 left reads "2 minutes", as a countdown rounds
    said = w("page.under_a_minute") if left < 60 else w("page.minutes_left", n=minutes)
    return w("page.paused", left=said) if not r.is_running else w("page.running", left=said)


def why_closed(w: Words, r: Any, *, last: bool = False) -> str | None:
    """Why the round on the clock (`r`, None: none) takes no notes now, or None: it does.
    The `last` round of the agenda ended: the session is over, no next round to wait for."""
    if r is None:
        return w("page.no_round")
    if r.started_at is None:
        return w("page.not_started", n=r.position)
    if r.ended_at is not None:
        return w("page.last_ended" if last else "page.ended", n=r.position)
    return None


def checked_text(w: Words, text: str) -> str:
    """A note's text as it is stored (model.validate_note_text), or InvalidInput saying in
    the room's words why it cannot be."""
    cleaned = clean_text(text)
    if not cleaned:
        raise InvalidInput(w("page.empty"))
    if len(cleaned) > MAX_NOTE_CHARS:
        split = w("page.two_notes" if len(cleaned) <= 2 * MAX_NOTE_CHARS else "page.several_notes")
        n = f"{len(cleaned):,}"
        if w.code != "en":  # "1.234" in German and Spanish, "1 234" in French
            n = n.replace(",", "\u202f" if w.code == "fr" else ".")
        raise InvalidInput(w("page.too_long_sent", max=MAX_NOTE_CHARS, n=n, split=split))
    return cleaned
