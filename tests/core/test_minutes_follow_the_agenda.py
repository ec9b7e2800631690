"""A session made with a German (French, Spanish) agenda is written up in that language:
its minutes and its follow-up. Sticky notes are short and full of English sales words
("Lead-Scoring fehlt", "Kein SLA"): they read as English, and the minutes, the follow-up's
agenda and its title came out in English for a room that had read German all afternoon."""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.cli import main
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

JARGON = ["Lead-Scoring fehlt", "Pipeline Review jeden Montag", "Kein SLA", "Forecast ungenau"]


def session(path: Path, language: str, notes: list[str]) -> Path:
    template = get_template("sales-marketing-roundtable")
    if language != "en":
        template = template.in_language(language)
    with Store.create(path, title="Q4", template=template) as store:
        rnd = store.round_at(3)
        store.start_round(rnd.id)  # (a session never started is not followed up)
        for text in notes:
            store.add_note(rnd.id, text, function="sales")
        store.add_action("SLA schreiben", owner="Anna Müller")
    return path


def test_a_german_agendas_minutes_are_german_though_its_notes_are_jargon(tmp_path, capsys):
    path = session(tmp_path / "q4.roundtable", "de", JARGON)
    assert main(["export", str(path), "-o", str(tmp_path / "q4.docx")]) == 0
    assert "in German" in capsys.readouterr().out
    text = [p.text for p in docx.Document(str(tmp_path / "q4.docx")).paragraphs]
    assert text[1] == "Protokoll"


def test_a_german_agendas_follow_up_is_german(tmp_path):
    path = session(tmp_path / "q4.roundtable", "de", JARGON)
    follow = create_follow_up(path, tmp_path / "next.roundtable")
    with Store.open(follow, read_only=True) as store:
        assert store.session().title == "Folgetermin: Q4"
        assert store.rounds()[0].title == "Ankommen"
        assert [n.text for n in store.notes()][0].startswith("Zusage: SLA schreiben")


def test_an_english_agendas_minutes_still_follow_its_notes(tmp_path, capsys):
    german = ["Die Leads sind oft nicht reif für den Vertrieb", "Der Vertrieb ruft zu spät an"]
    path = session(tmp_path / "q4.roundtable", "en", german)
    assert main(["export", str(path), "-o", str(tmp_path / "q4.docx")]) == 0
    assert "in German" in capsys.readouterr().out
    path = session(tmp_path / "en.roundtable", "en", JARGON)
    assert main(["export", str(path), "-o", str(tmp_path / "en.docx")]) == 0
    assert "in German" not in capsys.readouterr().out
