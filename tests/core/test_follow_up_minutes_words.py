"""German (French, Spanish) minutes of a follow-up made in English give the commitments and
questions it carried over in their own words. The follow-up writes "Commitment: …, due
21 January 2027" and "Open question: …" on its review round in its own language (English
after an English session), and German minutes of it said so in English, in the round and
again in the appendix: the only English of the minutes that nobody typed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

DECEMBER_5 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC).timestamp()
OWNED = "Write a one-page lead definition"
UNOWNED = "Find a date for the pipeline review"
QUESTION = "How do others split the budget?"


@pytest.fixture
def follow_up(tmp_path: Path, clock) -> Path:
    """An English follow-up of an English session: two open commitments (one owned and
    dated) and an open question carried to its review round."""
    clock.now = DECEMBER_5
    earlier = tmp_path / "q4.roundtable"
    with Store.create(
        earlier,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as old:
        old.start_round(old.round_at(1).id)
        old.add_action(OWNED, owner="Jonas Weber", due="2027-01-21")
        old.add_action(UNOWNED)
        asked = old.add_note(old.round_at(1).id, QUESTION, function="sales")
        old.update_note(asked.id, open_question=True)
    return create_follow_up(earlier, tmp_path / "q1.roundtable")


def texts(session: Path, out: Path, language: str) -> list[str]:
    with Store.open(session, read_only=True) as store:
        path = export_minutes(store.snapshot(), "docx", out, language=language)
    return [p.text for p in docx.Document(str(path)).paragraphs]


CARRIED = {
    "de": [
        f"Zusage: {OWNED} – Jonas Weber, fällig am 21. Januar 2027",
        f"Zusage: {UNOWNED}",
        f"{QUESTION} (offene Frage)",
    ],
    "fr": [
        f"Engagement : {OWNED} – Jonas Weber, pour le 21 janvier 2027",
        f"Engagement : {UNOWNED}",
        f"{QUESTION} (question ouverte)",
    ],
    "es": [
        f"Compromiso: {OWNED} — Jonas Weber, para el 21 de enero de 2027",
        f"Compromiso: {UNOWNED}",
        f"{QUESTION} (pregunta abierta)",
    ],
}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_carried_notes_are_in_the_minutes_language(follow_up, tmp_path, language):
    said = texts(follow_up, tmp_path / f"q1-{language}.docx", language)
    for line in CARRIED[language]:
        # An open question is said once, by its mark (the prefix the follow-up put before
        # it is left out while it is marked).
        line = line.replace(" : ", "\u00a0: ") if language == "fr" else line
        assert line in said  # the review round
        assert any(t.endswith(f"\t{line}") for t in said)  # the appendix
    assert (
        said[0]
        == {"de": "Folgetermin: ", "fr": "Suivi\u00a0: ", "es": "Seguimiento: "}[language]
        + "Q4 roundtable"
    )  # the title the follow-up was given
    english = ("Follow-up: ", "Commitment: ", "Open question: ", ", due ", "January")
    assert not [t for t in said if any(e in t for e in english)]


def test_english_minutes_say_them_as_written(follow_up, tmp_path):
    said = texts(follow_up, tmp_path / "q1-en.docx", "en")
    assert f"Commitment: {OWNED} — Jonas Weber, due 21 January 2027" in said


def test_a_carried_note_edited_in_the_session_stays_as_typed(follow_up, tmp_path):
    with Store.open(follow_up) as store:
        note = next(n for n in store.notes() if OWNED in n.text)
        store.update_note(note.id, text=f"Commitment: {OWNED} — done, signed by both VPs")
    said = texts(follow_up, tmp_path / "q1-de.docx", "de")
    assert f"Commitment: {OWNED} — done, signed by both VPs" in said


def test_a_commitment_handed_on_is_still_said_in_the_minutes_language(follow_up, tmp_path):
    """The review round's note keeps the owner and date it was carried over with; once the
    commitment is handed on, German minutes still give that note in German."""
    with Store.open(follow_up) as store:
        action = next(a for a in store.actions() if a.text == OWNED)
        store.update_action(action.id, owner="Priya Raman", due="2027-02-15")
    said = texts(follow_up, tmp_path / "q1-de.docx", "de")
    assert f"Zusage: {OWNED} – Jonas Weber, fällig am 21. Januar 2027" in said
    english = ("Commitment: ", ", due ", "January")
    assert not [t for t in said if any(e in t for e in english)]


def test_a_commitment_reworded_since_is_still_said_in_the_minutes_language(follow_up, tmp_path):
    """The review round's note keeps the words the commitment was carried over with; once a
    typo in the Action items panel is put right, German minutes still give that note (not
    edited) in German, as written then."""
    with Store.open(follow_up) as store:
        action = next(a for a in store.actions() if a.text == OWNED)
        store.update_action(action.id, text=f"{OWNED} both VPs sign")
    said = texts(follow_up, tmp_path / "q1-de.docx", "de")
    assert f"Zusage: {OWNED} – Jonas Weber, fällig am 21. Januar 2027" in said
    english = ("Commitment: ", ", due ", "January")
    assert not [t for t in said if any(e in t for e in english)]
