"""A follow-up of a session held in German, French or Spanish writes what it adds (its title,
"Commitment: …" and "Open question: …") in that language, and never says a prefix twice,
whichever language put it there first."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.demo import write_demo
from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from tests.core.test_minutes_languages import ACTION, german_session

QUESTION = "Wer entscheidet, wann ein Lead reif ist?"

# Notes of a small session in French and in Spanish, and the question the room left open.
ROOMS = {
    "fr": [
        "On fait une revue du pipeline ensemble chaque lundi",
        "Le marketing participe aux revues des affaires importantes",
        "Les leads ne sont pas assez qualifiés pour les commerciaux",
        "Les commerciaux rappellent les leads beaucoup trop tard",
        "Qui décide quand un lead est prêt pour la vente ?",
    ],
    "es": [
        "Hacemos una revisión conjunta del pipeline cada lunes",
        "El marketing participa en las revisiones de las grandes cuentas",
        "Los leads no están bastante cualificados para el equipo comercial",
        "Los comerciales llaman a los leads demasiado tarde",
        "¿Quién decide cuándo un lead está listo para la venta?",
    ],
}
SAID = {
    "fr": (
        "Suivi\u00a0: Table ronde",
        "Engagement\u00a0: Rédiger une définition du lead – Lucie Martin, pour le 15 janvier 2027",
        "Question ouverte\u00a0: Qui décide quand un lead est prêt pour la vente ?",
    ),
    "es": (
        "Seguimiento: Table ronde",
        "Compromiso: Rédiger une définition du lead — Lucie Martin, para el 15 de enero de 2027",
        "Pregunta abierta: ¿Quién decide cuándo un lead está listo para la venta?",
    ),
}


def marked_question(path: Path, text: str) -> None:
    """Add `text` to the first round of `path` and mark it as a question left open."""
    with Store.open(path) as store:
        note = store.add_note(store.round_at(1).id, text, function="sales")
        store.update_note(note.id, open_question=True)


def review_notes(path: Path) -> tuple[str, list[str]]:
    """The follow-up's title and the notes of its review round."""
    with Store.open(path, read_only=True) as store:
        return store.session().title, [n.text for n in store.notes(store.round_at(2).id)]


def test_a_german_rooms_follow_up_says_it_in_german(tmp_path: Path, clock, capsys) -> None:
    earlier = german_session(tmp_path / "maerz.roundtable", clock)
    marked_question(earlier, QUESTION)
    later = tmp_path / "april.roundtable"
    assert main(["new", str(later), "--follow-up", str(earlier)]) == 0
    # The review round is found by its notes in German too (and has its German title).
    said = capsys.readouterr().out
    assert "1 open question to review in round 2 (Rückblick auf die Zusagen)" in said
    title, notes = review_notes(later)
    assert title == "Folgetermin: Roundtable Vertrieb und Marketing"
    assert notes == [
        f"Zusage: {ACTION} – Jonas Weber, fällig am 1. Januar 2030",
        f"Offene Frage: {QUESTION}",
    ]
    # The German minutes of the follow-up list the question once, without its prefix.
    with Store.open(later, read_only=True) as store:
        text = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "## Offene Fragen" in text
    assert f"- {QUESTION}" in text
    assert "Open question:" not in text and "Commitment:" not in text


@pytest.mark.parametrize("code", ["fr", "es"])
def test_a_french_or_spanish_rooms_follow_up_says_it_in_its_language(
    code: str, tmp_path: Path, clock
) -> None:
    earlier = tmp_path / "avant.roundtable"
    with Store.create(earlier, title="Table ronde", clock=clock) as store:
        first = store.add_round("Ce qui marche", "")
        store.add_round("Ce qui coince", "")
        store.start_round(first.id)
        for text in ROOMS[code]:
            note = store.add_note(first.id, text, function="sales")
        store.update_note(note.id, open_question=True)
        store.add_action("Rédiger une définition du lead", owner="Lucie Martin", due="2027-01-15")
    title, notes = review_notes(create_follow_up(earlier, tmp_path / "apres.roundtable"))
    assert (title, *notes) == SAID[code]


def test_a_german_follow_up_of_an_english_follow_up_says_each_prefix_once(
    tmp_path: Path, capsys
) -> None:
    first = write_demo(tmp_path / "march.roundtable")
    second = create_follow_up(first, tmp_path / "april.roundtable")
    title, notes = review_notes(second)
    assert title == "Follow-up: Sales and marketing roundtable: closing the gap"
    assert notes[-1] == "Open question: Benchmark: how do others split the budget?"
    # The German team wrote most of the second session's notes.
    with Store.open(second) as store:
        for text in (
            "Die Leads kommen jetzt schneller beim Vertrieb an",
            "Wir haben die Definition für einen Lead gemeinsam geschrieben",
            "Das Marketing ist bei jeder Pipeline-Runde dabei",
            "Die Messe-Leads werden noch immer zu spät angerufen",
            "Unser neues CRM ist seit Oktober live",
        ):
            store.add_note(store.round_at(1).id, text, function="sales")
    third = create_follow_up(second, tmp_path / "mai.roundtable")
    title, notes = review_notes(third)
    assert title == "Folgetermin: Sales and marketing roundtable: closing the gap"
    assert notes[-1] == "Offene Frage: Benchmark: how do others split the budget?"
    assert all(n.startswith(("Zusage: ", "Offene Frage: ")) for n in notes)
    # And back: an English follow-up of the German one.
    with Store.open(third) as store:
        for text in ("Leads are called within a day now", "The lead definition is in the CRM"):
            store.add_note(store.round_at(1).id, text, function="sales")
        store.add_note(store.round_at(1).id, "We still argue about the budget", function="sales")
    title, notes = review_notes(create_follow_up(third, tmp_path / "june.roundtable"))
    assert title == "Follow-up: Sales and marketing roundtable: closing the gap"
    assert notes[-1] == "Open question: Benchmark: how do others split the budget?"
