"""A small web server on the laptop that takes notes from participants' phones.

Participants open the address (or scan the code) the facilitator shows, type a note, pick
sales, marketing or other, and send it; it goes into the round on the clock, stored as a
note from a device, and appears on the board and the wall like a typed one. Nothing to
install, no account, no cloud: the phone and the laptop only need to share a network (the
venue's Wi-Fi or the laptop's hotspot).

The server runs in the app's asyncio loop (qasync: the Qt thread), so it writes through
the window's own store, on the thread that opened it. This module decides what each note
and each look at the page gets; serving.py answers the phones over HTTP, at an address
with a random code in it.

With `hold` on (the facilitator's "Hold phone notes until I let them in"), a note is stored
at once but held (see roundtable/store/held.py), and its answer says so (`held`): the page
says it was received and waits for the facilitator, not that it is on the board.

One phone sends at most so many notes at once, then one every few seconds (pace.py): a
note past that is answered 429 with the seconds to wait, and the page sends it then.

A note names the round the page showed as it was written (`round_id`): once another round
is on, it is refused, not put among that round's answers (the participant sends it again).

A phone that lost the answer sends the same note again (the page keeps unsent notes and
retries); each note carries a key of the phone's making, kept with the note in the file,
and a key already stored is answered as stored, not stored twice: after a restart too (the
app wrote the note, then crashed or was closed before answering).

While the facilitator has dot voting open, /state carries the vote and /ballot takes the
phones' dots (voting.py).
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from roundtable.export.languages import Words, words
from roundtable.model import FUNCTIONS, Function, InvalidInput, name_key, validate_note_text
from roundtable.room_language import room_words
from roundtable.server.batch import NextWrite
from roundtable.server.connections import Connections
from roundtable.server.pace import Pace
from roundtable.server.page_words import checked_text, time_left, why_closed
from roundtable.server.serving import MAX_KEY, Served, Serving
from roundtable.server.voting import Ballots, vote_state
from roundtable.store.notes import NewNote
from roundtable.store.session_file import SessionFileError

__all__ = ["Answer", "PhoneNotes", "Served"]

MAX_HELD_ASKED = 50  # a phone's held notes asked after in one look at /state
# Seconds the room's language is kept (read again at each page load): told by the notes when
# the agenda does not tell it, it took 10 ms with 500 notes, at every phone's look.
LANGUAGE_KEPT = 30.0


@dataclass(frozen=True)
class Answer:
    """An HTTP status and the JSON the page reads (`error` is shown to the participant)."""

    status: int
    body: dict[str, Any]


def not_saved(w: Words) -> Answer:
    return Answer(503, {"error": w("page.not_saved")})


class PhoneNotes(Serving):
    """Takes notes from phones into `store`'s round on the clock."""

    def __init__(self, store: Any, *, code: str | None = None) -> None:
        self.store = store
        self.code = code or secrets.token_urlsafe(6)
        self.received = 0  # notes stored from phones since the server started
        self.devices: set[str] = set()  # phones that sent at least one note
        # Notes refused as no round takes notes now, and what the phones were told (for
        # the facilitator, who may have forgotten to start the round). Counted from the
        # start of the latest gap: back to 0 each time a round is seen taking notes
        # (`_open_round`), when `gaps` goes up by one (a new gap: say it afresh).
        self.turned_away = 0
        self.turned_away_why = ""
        self.gaps = 0  # rounds seen taking notes, each one ending a gap
        self._taking = False  # the round on the clock took notes when last looked at
        # Notes that arrive together are written together (batch.py).
        self._in_the_next_write = NextWrite(self.take_all, self._not_written, "notes")
        self.trouble = ""  # why the last notes could not be saved ("" once they could)
        self.hold = False  # store new notes held, for the facilitator to let in
        self._room: tuple[float, Words] | None = None  # when the room's words were read
        self.ballots = Ballots(store, self.words)  # dot votes, while voting is open
        self.connections = Connections()  # the quiet ones closed (connections.py)
        self.pace = Pace(store.clock)  # notes each phone may send now (pace.py)
        self._runner = None  # listening (serving.py)
        self._starting = None
        self.served = None

    def words(self, *, again: bool = False) -> Words:
        """The words of the room's language (roundtable/room_language.py), read again
        `again` or after LANGUAGE_KEPT seconds."""
        now = time.monotonic()
        if again or self._room is None or now - self._room[0] > LANGUAGE_KEPT:
            self._room = (now, room_words(self.store))
        return self._room[1]

    def _kept_words(self) -> Words:
        """The room's words as last read, without reading the file (it just failed)."""
        return self._room[1] if self._room is not None else words("en")

    # ----- what the page asks -----------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The session, the round taking notes (or why none is) and the names to pick from."""
        session = self.store.session()
        anonymous = bool(session.anonymous)
        people = [] if anonymous else [p for p in self.store.participants() if not p.absent]
        round_, closed = self._open_round()
        shown = None
        if round_ is not None:
            shown = {
                "id": round_.id,
                "position": round_.position,
                "title": round_.title,
                "prompt": round_.prompt,
            }
            if closed is None:
                shown["time"] = time_left(self.words(), round_, self.store.clock())
                # The facilitator paused the round: the page says so where it is read.
                shown["paused"] = not round_.is_running
        return {
            "id": self._session_id(session),
            "session": session.title,
            "anonymous": anonymous,
            "open": closed is None,
            "closed": closed or "",
            "round": shown,
            "names": [p.name for p in people],
            # A note sent with a name counts for that person's side (`_check`): the page
            # picks it for them, so what it shows is what the board gets.
            "sides": {p.name: p.function for p in people},
            "vote": vote_state(self.store),  # the dot vote open on phones, or None
        }

    @staticmethod
    def _session_id(session: Any) -> str:
        """Which session this is, the same at every code and start: a phone that scanned a
        new code sends from there the notes it kept for the old one, and only for this
        session (not last week's). Not its creation time itself."""
        made = f"roundtable session {session.created_at.isoformat()}".encode()
        return hashlib.sha256(made).hexdigest()[:16]

    def _open_round(self) -> tuple[Any, str | None]:
        """The round on the clock, and None or the reason it takes no notes now."""
        rid = self.store.session().current_round_id
        r = None if rid is None else self.store.round(rid)
        last = r is not None and r.ended_at is not None and self.store.rounds()[-1].id == r.id
        closed = why_closed(self.words(), r, last=last)
        if closed is None and not self._taking:  # the gap over: notes refused in it said
            self.turned_away = 0
            self.gaps += 1
        self._taking = closed is None
        return r, closed

    def takes_notes(self) -> bool:
        """Whether a round takes notes now (looked at by the laptop's own clock too, so a
        round that took notes while no phone asked still ends the gap before it)."""
        return self._open_round()[1] is None

    def take(self, payload: Any, phone: str | None = None) -> Answer:
        """Store one note sent by a phone (the JSON body of a POST), or say why not. `phone`
        is whose pace it keeps (pace.py): the id the page sent, else the phone's address;
        by default the payload's `device`."""
        return self.take_all([(payload, phone)])[0]

    def take_ballot(self, payload: Any) -> Answer:
        """Store one phone's dots (the JSON body of a POST to /ballot), or say why not."""
        return Answer(*self.ballots.take(payload))

    def take_all(self, sent: list[tuple[Any, str | None]]) -> list[Answer]:
        """Store the notes that came together in one write (one wait for the disk, not one
        per note: 100 phones sending at once held the window for 0.4 s), each answered.
        Each comes with whose pace it keeps (`take`)."""
        payloads = [payload for payload, _phone in sent]
        answers: list[Answer | None] = [None] * len(payloads)
        new: list[tuple[int, NewNote, str | None, str | None]] = []  # (its answer's place, ...)
        paced: list[str] = []  # whose pace each new note was counted in
        twice: list[tuple[int, str]] = []  # sent again before the first was written
        keys_now: set[str] = set()
        round_, closed = self._open_round()
        stored = self.store.phone_notes([k for k in map(_key, payloads) if k is not None])
        for place, payload in enumerate(payloads):
            checked = self._check(payload, closed, round_, stored)
            if isinstance(checked, Answer):
                answers[place] = checked
                continue
            text, function, pid, key, device = checked
            if key is not None and key in keys_now:
                twice.append((place, key))
                continue
            phone = sent[place][1] or device or ""
            wait = self.pace.wait(phone)
            if wait:  # the note stays on the phone, which sends it in `wait` seconds
                said = self.words().count(wait, "page.slow_down")
                answers[place] = Answer(429, {"error": said, "wait": wait})
                continue
            paced.append(phone)
            note = NewNote(round_.id, text, function, pid, "device", held=self.hold, phone_key=key)
            new.append((place, note, key, device))
            if key is not None:
                keys_now.add(key)
        if new:
            try:
                ids = self.store.add_notes([n for _place, n, _key, _device in new])
            except (SessionFileError, sqlite3.Error) as err:
                # A full disk, a busy file: the notes stay on the phones, which send them again.
                # The store's words (the file's path, what to do at the laptop) are for the
                # facilitator, who reads them in the app (`trouble`), not for the room.
                self.trouble = str(err)
                for phone in paced:
                    self.pace.give_back(phone)
                return [not_saved(self._kept_words()) if a is None else a for a in answers]
            self.trouble = ""
            for (place, _note, key, device), nid in zip(new, ids, strict=True):
                if key is not None:
                    stored[key] = nid
                if device is not None:
                    self.devices.add(device)
                body = {"ok": True, "id": nid, "round": round_.position}
                if self.hold:
                    body["held"] = True
                answers[place] = Answer(201, body)
            self.received += len(ids)
        for place, key in twice:
            answers[place] = self._again(stored[key])
        return [a if a is not None else Answer(500, {"error": "Not answered."}) for a in answers]

    def _check(
        self, payload: Any, closed: str | None, round_: Any, stored: dict[str, int]
    ) -> Answer | tuple[str, Function, int | None, str | None, str | None]:
        """A note that may be stored (its text, side, person, key and phone), or the answer
        that says why not (or that it is stored already: its key is one of `stored`)."""
        w = self.words()
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            return Answer(400, {"error": w("page.not_a_note")})
        key = _key(payload)
        if key is not None and key in stored:
            return self._again(stored[key])
        if closed is not None:
            self.turned_away += 1
            self.turned_away_why = closed
            return Answer(409, {"error": closed})
        written = payload.get("round_id")  # the round the page showed as it was written
        if isinstance(written, int) and not isinstance(written, bool) and written != round_.id:
            # Kept on a phone while the laptop was away, or sent as the facilitator moved on.
            return Answer(409, {"error": w("page.other_round", n=round_.position)})
        try:
            text = validate_note_text(checked_text(w, payload["text"]))
        except InvalidInput as err:
            return Answer(400, {"error": str(err)})
        function = payload.get("function") or "other"
        if function not in FUNCTIONS:
            return Answer(400, {"error": w("page.pick")})
        pid = None
        name = payload.get("name")
        if isinstance(name, str) and name.strip() and not self.store.session().anonymous:
            person = self._roster_person(name)
            if person is None:
                return Answer(400, {"error": w("page.not_listed", name=name.strip()[:60])})
            # As an @name typed in the app: a named note counts for that person's side.
            pid, function = person.id, person.function
        device = payload.get("device")
        device = device[:MAX_KEY] if isinstance(device, str) and device else None
        return text, function, pid, key, device

    def _again(self, nid: int) -> Answer:
        """The answer to a note stored already: still held, or not (let in since)."""
        body: dict[str, Any] = {"ok": True, "again": True, "id": nid}
        if self.store.note(nid).held:
            body["held"] = True
        return Answer(200, body)

    def _roster_person(self, name: str) -> Any:
        wanted = name_key(name)
        return next((p for p in self.store.participants() if name_key(p.name) == wanted), None)

    def held_now(self, keys: list[str]) -> dict[str, str]:
        """Where the notes a phone sent held are now, by their keys: "held" still, on the
        "board" (let in), or "dropped" by the facilitator. Keys of no note in the file are
        left out."""
        out = {}
        for key, nid in self.store.phone_notes(keys[:MAX_HELD_ASKED]).items():
            note = self.store.note(nid)
            out[key] = "dropped" if note.deleted_at else "held" if note.held else "board"
        return out

    def _not_written(self, err: Exception) -> Answer:
        """The answer to each phone whose note could not be written with the others."""
        self.trouble = str(err)
        return not_saved(self._kept_words())


def _key(payload: Any) -> str | None:
    """The key the phone made for the note in `payload`, if it sent one."""
    key = payload.get("key") if isinstance(payload, dict) else None
    return key[:MAX_KEY] if isinstance(key, str) and key else None
