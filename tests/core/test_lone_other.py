"""An anonymous session with one "other" (a finance guest) writes minutes that do not mark
that person's notes as "other"; two "other"s, or a session with names, keep the mark."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx

from roundtable.anonymity import snapshot_warnings
from roundtable.cli import main
from roundtable.export import export_minutes
from roundtable.store import Store

GUEST_NOTE = "Discounts past 20% need a finance sign-off"


def _session(store: Store, *, anonymous: bool) -> None:
    """Two sales, two marketing and Finn from finance; a themed round with Finn's note."""
    store.update_session(anonymous=anonymous)
    people = {
        name: store.add_participant(name, function)
        for name, function in (
            ("Hannah Berg", "sales"),
            ("Ana Lopez", "sales"),
            ("Jonas Weber", "marketing"),
            ("Dana Reyes", "marketing"),
            ("Finn Larsen", "other"),
        )
    }
    rid = store.round_at(2).id

    def note(text: str, name: str) -> int:
        who = people[name]
        return store.add_note(rid, text, function=who.function, participant_id=who.id).id

    pricing = [
        note("Reps discount to close at quarter end", "Hannah Berg"),
        note("Campaign offers undercut list price", "Jonas Weber"),
        note(GUEST_NOTE, "Finn Larsen"),
    ]
    store.add_theme(rid, "Pricing discipline", note_ids=pricing)
    note("One pipeline review for both teams", "Ana Lopez")


def _exports(store: Store, folder: Path) -> tuple[str, str, list[dict[str, str]]]:
    snap = store.snapshot()
    md = export_minutes(snap, "md", folder / "m.md").read_text("utf-8")
    word = docx.Document(str(export_minutes(snap, "docx", folder / "m.docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n" + "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    raw = export_minutes(snap, "csv", folder / "m.csv").read_bytes().decode("utf-8-sig")
    return md, text, list(csv.DictReader(io.StringIO(raw)))


def test_one_other_in_an_anonymous_session_goes_unmarked(store: Store, tmp_path: Path) -> None:
    _session(store, anonymous=True)
    md, word, rows = _exports(store, tmp_path)
    # The guest's note, in its theme and in the appendix, without "(other)".
    assert f"- {GUEST_NOTE}\n" in md
    assert md.count(GUEST_NOTE) == 2 and "(other)" not in md
    assert "- Reps discount to close at quarter end _(sales)_" in md
    assert "- Campaign offers undercut list price _(marketing)_" in md
    # The comparison counts notes: an Other column would say where the guest wrote.
    assert "| Theme | Sales | Marketing | Notes | Leans |" in md
    assert "| Pricing discipline | 1 | 1 | 3 |" in md
    assert "(other)" not in word and f"{GUEST_NOTE} (" not in word
    assert "Reps discount to close at quarter end (sales)" in word
    assert "Other" not in word.split("sales and marketing compared")[1]
    guest = next(r for r in rows if r["note"] == GUEST_NOTE)
    assert guest["function"] == "" and guest["participant"] == ""
    assert {r["function"] for r in rows} == {"sales", "marketing", ""}


def test_two_others_keep_their_mark(store: Store, tmp_path: Path) -> None:
    _session(store, anonymous=True)
    store.add_participant("Priya Shah", "other")
    md, word, rows = _exports(store, tmp_path)
    assert f"- {GUEST_NOTE} _(other)_" in md
    assert "| Theme | Sales | Marketing | Other | Notes | Leans |" in md
    assert f"{GUEST_NOTE} (other)" in word
    assert next(r for r in rows if r["note"] == GUEST_NOTE)["function"] == "other"


def test_a_session_with_names_is_unchanged(store: Store, tmp_path: Path) -> None:
    _session(store, anonymous=False)
    md, word, rows = _exports(store, tmp_path)
    assert f"- {GUEST_NOTE} _(Finn Larsen, other)_" in md
    assert f"{GUEST_NOTE} (Finn Larsen, other)" in word
    assert next(r for r in rows if r["note"] == GUEST_NOTE)["function"] == "other"
    assert snapshot_warnings(store.snapshot()) == []


def test_the_export_command_says_who_stands_alone_once(
    store: Store, tmp_path: Path, capsys
) -> None:
    _session(store, anonymous=True)
    store.update_participant(store.find_participant("Dana Reyes").id, function="sales")
    out = tmp_path / "m.md"
    assert main(["export", str(tmp_path / "session.roundtable"), "-o", str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"Wrote the Markdown minutes to {out}."
    assert said[1] == (
        "Anonymous, but Jonas Weber is the only marketing participant: the minutes and the"
        " wall mark marketing notes, so notes by Jonas Weber can be told apart."
    )
    assert said[2] == (
        "Finn Larsen is the only participant whose function is “other”, so notes by Finn"
        " Larsen show no function in the minutes or on the wall."
    )
    assert "Jonas Weber" not in out.read_text("utf-8")
