"""Minutes in the room's language: German, French and Spanish besides English.

The minutes' own words (headings, labels, dates, counts, table columns, the chart) follow
the language; what people typed (notes, theme names, actions, rounds) never changes.
"""

from __future__ import annotations

import re
import string
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from roundtable.cli import main
from roundtable.export import ExportError, export_minutes
from roundtable.export.chart import comparison_figure
from roundtable.export.comparison import compare
from roundtable.export.content import build_minutes
from roundtable.export.languages import CATALOGUES, words
from roundtable.store import Store

NOTES = [
    ("sales", "Wir haben jeden Montag ein gemeinsames Pipeline-Meeting"),
    ("marketing", "Das Marketing sitzt bei den Deal-Reviews mit am Tisch"),
    ("sales", "Die Leads sind oft nicht reif für den Vertrieb"),
    ("marketing", "Der Vertrieb ruft die Leads zu spät an"),
    ("sales", "Wir brauchen eine gemeinsame Definition für einen Lead"),
]
THEMES = ["Gemeinsame Pipeline-Runde", "Lead-Qualität"]
ACTION = "Eine Seite zur Lead-Definition schreiben"


def german_session(path: Path, clock) -> Path:
    """A small session run in a German room: German rounds, notes, themes and actions."""
    with Store.create(path, title="Roundtable Vertrieb und Marketing", clock=clock) as store:
        store.update_session(facilitator="Marta Kowalski")
        hannah = store.add_participant("Hannah Berg", "sales", "Nordlicht")
        jonas = store.add_participant("Jonas Weber", "marketing", "Clearwater")
        first = store.add_round("Was funktioniert", "Wo arbeitet ihr schon gut zusammen?")
        store.add_round("Was hakt", "Wo geht ein guter Lead verloren?")
        store.start_round(first.id)
        ids = [
            store.add_note(
                first.id, text, function=f, participant_id=(hannah if f == "sales" else jonas).id
            ).id
            for f, text in NOTES
        ]
        pipeline = store.add_theme(first.id, THEMES[0], note_ids=ids[:2])
        leads = store.add_theme(first.id, THEMES[1], note_ids=ids[2:])
        store.set_votes(pipeline.id, "sales", 6)
        store.set_votes(pipeline.id, "marketing", 2)
        store.set_votes(leads.id, "sales", 1)
        store.set_votes(leads.id, "marketing", 5)
        store.add_action(
            ACTION, owner="Jonas Weber", owner_function="joint", due="2030-01-01", theme_id=leads.id
        )
        dropped = store.add_action(
            "Messe-Leads am selben Tag anrufen", owner="Hannah Berg", owner_function="sales"
        )
        store.update_action(dropped.id, status="dropped")
    return path


# What each language's Word minutes say where English says "Summary", "Action items", …
EXPECTED = {
    "de": {
        "minutes": "Protokoll",
        "h1": [
            "Zusammenfassung",
            "Runde 1: Was funktioniert",
            "Maßnahmen",
            "Anhang: alle Notizen in der Reihenfolge der Eingabe",
        ],
        "h2": ["Die wichtigsten Themen nach Stimmen", "Maßnahmen"],
        "actions": ["Maßnahme", "Verantwortlich", "Funktion", "Fällig", "Status"],
        "compared": ["Thema", "Vertrieb", "Marketing", "Sonstige", "Stimmen", "Tendenz"],
        "row": ["gemeinsam", "1. Jan. 2030", "offen"],
        "dropped": "verworfen",
        # The fake clock starts on 15 January 2027 (14 January west of UTC-8).
        "date": re.compile(r"^Datum: \d{1,2}\. Januar \d{4}$"),
        "votes": "8 Stimmen (Vertrieb 6, Marketing 2) · 2 Notizen",
        "due": "fällig am 1. Januar 2030",
        "footer": "Seite",
    },
    "fr": {
        "minutes": "Compte rendu",
        "h1": [
            "Synthèse",
            "Tour 1\u00a0: Was funktioniert",
            "Actions",
            "Annexe\u00a0: toutes les notes par ordre de saisie",
        ],
        "h2": ["Thèmes les plus votés", "Actions"],
        "actions": ["Action", "Responsable", "Fonction", "Échéance", "Statut"],
        "compared": ["Thème", "Ventes", "Marketing", "Autres", "Votes", "Tendance"],
        "row": ["commune", "1er janv. 2030", "ouverte"],
        "dropped": "abandonnée",
        # The fake clock starts on 15 January 2027 (14 January west of UTC-8).
        "date": re.compile(r"^Date\u00a0: (\d{1,2}|1er) janvier \d{4}$"),
        "votes": "8 votes (ventes 6, marketing 2) · 2 notes",
        "due": "pour le 1er janvier 2030",
        "footer": "Page",
    },
    "es": {
        "minutes": "Acta",
        "h1": [
            "Resumen",
            "Ronda 1: Was funktioniert",
            "Acciones acordadas",
            "Anexo: todas las notas por orden de entrada",
        ],
        "h2": ["Temas más votados", "Acciones acordadas"],
        "actions": ["Acción", "Responsable", "Función", "Plazo", "Estado"],
        "compared": ["Tema", "Ventas", "Marketing", "Otros", "Votos", "Tendencia"],
        "row": ["conjunta", "1 ene. 2030", "abierta"],
        "dropped": "descartada",
        # The fake clock starts on 15 January 2027 (14 January west of UTC-8).
        "date": re.compile(r"^Fecha: \d{1,2} de enero de \d{4}$"),
        "votes": "8 votos (ventas 6, marketing 2) · 2 notas",
        "due": "para el 1 de enero de 2030",
        "footer": "Página",
    },
}
# The minutes' own English words, none of which may be left in the others.
ENGLISH = re.compile(
    r"\b(Minutes|Summary|Action items|Round|round|votes?|notes?|Theme|Leans|Owner|Due|What|"
    r"Function|Appendix|Date|Facilitator|Duration|Attendance|Attendees|sales|other|joint|open|"
    r"dropped|January|December|Page|due|from|Question)\b"
)


def _typed_removed(text: str) -> str:
    for typed in [
        *(t for _, t in NOTES),
        *THEMES,
        ACTION,
        "Messe-Leads am selben Tag anrufen",
        "Roundtable Vertrieb und Marketing",
        "Was funktioniert",
        "Was hakt",
        "Wo arbeitet ihr schon gut zusammen?",
        "Wo geht ein guter Lead verloren?",
    ]:
        text = text.replace(typed, "")
    return text


def _english_left(text: str, code: str) -> list[str]:
    """The minutes' English words in `text`, but those the language shares ("notes" in
    French), once the typed text is taken out."""
    shared = {"fr": {"Date", "Question", "note", "notes", "vote", "votes"}}.get(code, set())
    return [w for w in ENGLISH.findall(_typed_removed(text)) if w not in shared]


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_word_minutes_say_every_fixed_word_in_the_language(
    code: str, tmp_path: Path, clock
) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session, read_only=True) as store:
        snap = store.snapshot()
    out = export_minutes(snap, "docx", tmp_path / "m.docx", language=code)
    doc = docx.Document(str(out))
    want = EXPECTED[code]
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == "Roundtable Vertrieb und Marketing"  # the title as typed
    assert paragraphs[1] == want["minutes"]
    assert any(want["date"].match(p) for p in paragraphs), paragraphs[:10]
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [h1[0], h1[1], *h1[-2:]] == want["h1"]
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2[:2] == want["h2"]
    assert THEMES[0] in h2 and THEMES[1] in h2  # theme names unchanged
    assert want["votes"] in paragraphs
    assert any(p.startswith(ACTION) and want["due"] in p for p in paragraphs)
    compared, actions = doc.tables
    assert [c.text for c in compared.rows[0].cells] == want["compared"]
    assert [c.text for c in actions.rows[0].cells] == want["actions"]
    first = [c.text for c in actions.rows[1].cells]
    assert first[0].startswith(ACTION) and first[1] == "Jonas Weber"
    assert first[2:] == want["row"]
    assert actions.rows[2].cells[4].text == want["dropped"]
    for _, note in NOTES:  # every note word for word, in its theme and in the appendix
        assert sum(note in p for p in paragraphs) == 2
    assert want["footer"] in doc.sections[0].footer.paragraphs[0].text
    assert not _english_left(_all_text(doc), code)
    with zipfile.ZipFile(out) as z:  # the file's own description too
        assert "Minutes" not in z.read("docProps/core.xml").decode()


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_markdown_minutes_say_every_fixed_word_in_the_language(
    code: str, tmp_path: Path, clock
) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session, read_only=True) as store:
        snap = store.snapshot()
    md = export_minutes(snap, "md", tmp_path / "m.md", language=code).read_text("utf-8")
    want = EXPECTED[code]
    headings = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert [headings[0], headings[1], *headings[-2:]] == want["h1"]
    assert f"| {' | '.join(want['actions'])} |" in md
    assert f"| {' | '.join(want['compared'])} |" in md
    assert f"### {THEMES[1]}" in md
    assert all(f"- {note}" in md for _, note in NOTES)
    assert not _english_left(md, code)


def test_german_notes_make_german_minutes_without_asking(tmp_path: Path, clock) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    assert main(["export", str(session), "-o", str(tmp_path / "m.docx")]) == 0
    doc = docx.Document(str(tmp_path / "m.docx"))
    assert doc.paragraphs[1].text == "Protokoll"
    # Asked for, English it is; and the CSV's columns stay English either way.
    assert main(["export", str(session), "-o", str(tmp_path / "e.md"), "--language", "EN"]) == 0
    assert "## Summary" in (tmp_path / "e.md").read_text("utf-8")
    assert main(["export", str(session), "-o", str(tmp_path / "m.csv")]) == 0
    assert (tmp_path / "m.csv").read_text("utf-8-sig").startswith("round,round title,theme,note")


def test_a_room_of_mostly_english_notes_gets_english_minutes(tmp_path: Path, clock) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session) as store:
        rid = store.round_at(1).id
        for text in (
            "We need one shared pipeline target",
            "The leads are not good enough for the team",
            "Marketing is in the deal reviews",
            "Sales calls the leads too late",
            "One funnel report, not two",
            "We should meet every week",
        ):
            store.add_note(rid, text, function="sales")
        snap = store.snapshot()
    assert build_minutes(snap).language == "en"
    with Store.create(tmp_path / "empty.roundtable", title="Leer", clock=clock) as empty:
        assert build_minutes(empty.snapshot()).language == "en"


def test_a_language_the_minutes_are_not_written_in_is_refused_with_the_choices(
    tmp_path: Path, clock, capsys
) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    assert main(["export", str(session), "--language", "it"]) == 2
    err = capsys.readouterr().err
    assert "--language it" in err
    assert "en (English), de (German), fr (French), es (Spanish)" in err
    assert not (tmp_path / "s-minutes.docx").exists()
    with (
        Store.open(session, read_only=True) as store,
        pytest.raises(ExportError, match="de \\(German\\)"),
    ):
        export_minutes(store.snapshot(), "md", tmp_path / "m.md", language="italiano")


def test_the_cli_says_which_language_it_wrote(tmp_path: Path, clock, capsys) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    assert main(["export", str(session), "--language", "fr", "-o", str(tmp_path / "m.md")]) == 0
    assert f"minutes in French to {tmp_path / 'm.md'}" in capsys.readouterr().out


def test_the_chart_labels_follow_the_language(tmp_path: Path, clock) -> None:
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session, read_only=True) as store:
        minutes = build_minutes(store.snapshot(), "de")
    fig = comparison_figure(compare(minutes.rounds[0], minutes.words))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Vertrieb", "Marketing"]
    assert ax.get_xlabel() == "Anteil an den Stimmen jeder Funktion in der Runde"
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == THEMES


def test_dates_and_counts_follow_each_language_not_the_computer() -> None:
    first, sixth = date(2026, 12, 1), date(2026, 12, 6)
    assert words("en").day(sixth) == "6 December 2026"
    assert words("en").day(sixth, short=True) == "6 Dec 2026"
    assert words("de").day(sixth) == "6. Dezember 2026"
    assert words("de").day(first, short=True) == "1. Dez. 2026"
    assert words("fr").day(first) == "1er décembre 2026"
    assert words("es").day(sixth) == "6 de diciembre de 2026"
    assert [words("fr").count(n, "notes") for n in (0, 1, 2)] == ["0 note", "1 note", "2 notes"]
    assert [words("de").count(n, "notes") for n in (0, 1, 2)] == [
        "0 Notizen",
        "1 Notiz",
        "2 Notizen",
    ]
    assert words("es").count(3, "votes") == "3 votos"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", [c for c in CATALOGUES if c != "en"])
def test_every_language_has_every_key_with_the_same_placeholders(code: str) -> None:
    english, other = CATALOGUES["en"], CATALOGUES[code]
    assert set(other) == set(english)
    for key, text in english.items():
        assert _placeholders(other[key]) == _placeholders(text), key
        assert other[key].count("|") == text.count("|"), key


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_no_fixed_word_is_broken_in_a_table_column(code: str, tmp_path: Path, clock) -> None:
    # "Verantwortlich", "Sonstige" and "verworfen" broke mid-word in columns sized for the
    # English "Owner", "Other" and "dropped" (seen in LibreOffice's PDF).
    from roundtable.export.docx_fit import word_cm

    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session, read_only=True) as store:
        snap = store.snapshot()
    doc = docx.Document(str(export_minutes(snap, "docx", tmp_path / "m.docx", language=code)))
    for table in doc.tables:
        for i, row in enumerate(table.rows):
            for cell in row.cells[1:]:
                room = cell.width.cm
                for word in cell.text.split():
                    if word not in ("Jonas", "Weber", "Hannah", "Berg"):  # typed names
                        assert word_cm(word, bold=i == 0) <= room + 0.01, (word, room)


def test_french_minutes_put_a_no_break_space_before_the_open_questions_semicolon(
    tmp_path: Path, clock
) -> None:
    # The summary's open question read "(Hannah Berg, ventes; tour 1, …)", the one line
    # of French minutes with a bare semicolon.
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session) as store:
        note = store.notes()[0]
        store.update_note(note.id, open_question=True)
        snap = store.snapshot()
    doc = docx.Document(str(export_minutes(snap, "docx", tmp_path / "m.docx", language="fr")))
    said = [p.text for p in doc.paragraphs if p.text.startswith(note.text)]
    assert said[0].endswith("(Hannah Berg, ventes\u00a0; tour 1, Was funktioniert)")


def test_french_minutes_write_times_of_day_the_french_way(tmp_path: Path, clock) -> None:
    # "Durée : 09:00–09:12" and "09:03 · T1 · …" in the appendix read as English times in
    # French minutes, which write « 9 h 03 ».
    from datetime import datetime

    morning = datetime(2027, 1, 15, 9, 3)
    assert words("fr").time(morning) == "9\u00a0h\u00a003"
    assert words("en").time(morning) == "09:03" == words("de").time(morning)
    session = german_session(tmp_path / "s.roundtable", clock)
    with Store.open(session, read_only=True) as store:
        snap = store.snapshot()
    md = export_minutes(snap, "md", tmp_path / "m.md", language="fr").read_text("utf-8")
    assert not re.search(r"\b\d\d:\d\d\b", md)
    timed = [line for line in md.splitlines() if re.search(r"\d\u00a0h\u00a0\d\d", line)]
    assert len(timed) >= len(NOTES)  # each note of the appendix, and the duration
    english = export_minutes(snap, "md", tmp_path / "e.md", language="en").read_text("utf-8")
    assert re.search(r"\b\d\d:\d\d\b", english)
