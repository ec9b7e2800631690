"""The minutes of an anonymous session do not say how the one person of a function voted
from their phone.

Dots sent from phones are private. Once the vote closed, the minutes counted each theme's
dots by function ("5 votes (2 sales, 2 marketing, 1 other)") and compared the sides in a
chart and a table with an Other column: with one RevOps lead on the roster, everyone who
read them knew which theme she gave her dot. Where one person holds a function, a round
voted on from phones now shows each theme's total only and says why in one line.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.model import Function
from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template

WITHHELD = (
    "Votes are not counted by function in this round: they were given privately from"
    " phones, and one function here is a single person, so its count would say how they"
    " voted. Each theme shows its total."
)


def voted_session(
    path: Path,
    clock,
    *,
    anonymous: bool = True,
    lone: Function | None = "marketing",
    phones: bool = True,
) -> Path:
    """Two people of each function (sales Ana and Ben, marketing Cleo and Dev, RevOps Ola
    and Kim), but one of `lone` (Cleo the one marketer, or Ola the one RevOps lead); round 2
    has two themes and everyone votes from a phone (or, without `phones`, the facilitator
    types the same dots in). Either way Pipeline has 3 votes and Referee 2."""
    with Store.create(
        path,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        anonymous=anonymous,
        clock=clock,
    ) as store:
        people = [
            ("Ana Lopez", "sales"),
            ("Ben Ode", "sales"),
            ("Cleo Park", "marketing"),
            ("Dev Rao", "marketing"),
            ("Ola Nordmann", "other"),
            ("Kim Berg", "other"),
        ]
        dropped = {"marketing": "Dev Rao", "other": "Kim Berg"}.get(lone or "")
        for name, function in people:
            if name != dropped:
                store.add_participant(name, function)
        rnd = store.round_at(2)
        store.start_round(rnd.id)
        a = store.add_note(rnd.id, "Monday pipeline call with both teams", function="sales")
        b = store.add_note(rnd.id, "One dashboard for both teams", function="marketing")
        c = store.add_note(rnd.id, "RevOps referees the numbers", function="sales")
        pipeline = store.add_theme(rnd.id, "Pipeline", note_ids=[a.id, b.id]).id
        referee = store.add_theme(rnd.id, "Referee", note_ids=[c.id]).id
        # One dot each: sales's spread over both themes, Cleo's to Pipeline, Dev's too, Ola's
        # to Referee, Kim's to Pipeline.
        ballots = [
            ("sales", {pipeline: 1}),
            ("sales", {referee: 1}),
            ("marketing", {pipeline: 1}),
            ("marketing", {pipeline: 1}),
            ("other", {referee: 1}),
            ("other", {pipeline: 1}),
        ]
        if lone is not None:  # no Dev, or no Kim
            del ballots[3 if lone == "marketing" else 5]
        if phones:
            store.open_phone_vote(rnd.id, 1)
            room = PhoneNotes(store)
            for i, (function, dots) in enumerate(ballots):
                given = {str(t): n for t, n in dots.items()}
                ballot = {"key": f"b{i}", "function": function, "dots": given}
                assert room.take_ballot(ballot).status == 201
            store.close_phone_vote()
        else:
            for tid in (pipeline, referee):
                for f in ("sales", "marketing", "other"):
                    n = sum(d.get(tid, 0) for g, d in ballots if g == f)
                    store.set_votes(tid, f, n)
    return path


def export(path: Path, out: Path, language: str | None = None) -> Path:
    with Store.open(path, read_only=True) as store:
        return export_minutes(store.snapshot(), out.suffix[1:], out, language=language)


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_word_minutes_keep_a_lone_persons_phone_dots_out_of_the_split(
    tmp_path: Path, clock
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock)
    document = docx.Document(str(export(path, tmp_path / "q4.docx")))
    text = [p.text for p in document.paragraphs]
    # Each theme's total is right; no count by function, so none of Cleo's.
    assert "3 votes · 2 notes" in text  # Pipeline: 1 sales, Cleo's 1, 1 other
    assert "2 votes · 1 note" in text  # Referee: 1 sales, 1 other
    assert not any("other" in t and "vote" in t for t in text)
    assert not any("(1 sales" in t or "marketing)" in t for t in text)
    # The summary's top themes say their totals alone too.
    assert any(t.startswith("Pipeline: 3 votes") and "(" not in t for t in text)
    # No chart, no table with an Other column: one line says why.
    assert len(document.inline_shapes) == 0 and len(document.tables) == 0
    assert [t for t in text if "not counted by function" in t] == [WITHHELD]
    assert not any("sales and marketing compared" in t for t in text)


def test_markdown_minutes_keep_a_lone_persons_phone_dots_out_of_the_split(
    tmp_path: Path, clock
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock)
    text = export(path, tmp_path / "q4.md").read_text(encoding="utf-8")
    assert "**3 votes** · 2 notes" in text and "**2 votes** · 1 note" in text
    assert "votes** (" not in text and "votes (" not in text  # (the roster says "1 marketing")
    assert "| Theme |" not in text
    assert WITHHELD in text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "Die Stimmen dieser Runde werden nicht nach Funktion gezählt"),
        ("fr", "Les votes de ce tour ne sont pas comptés par fonction"),
        ("es", "Los votos de esta ronda no se cuentan por función"),
    ],
)
def test_the_line_is_in_the_minutes_language(tmp_path: Path, clock, language, said) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock)
    text = paragraphs(export(path, tmp_path / "q4.docx", language))
    assert len([t for t in text if t.startswith(said)]) == 1


def test_two_people_a_side_are_still_compared(tmp_path: Path, clock) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, lone=None)
    document = docx.Document(str(export(path, tmp_path / "q4.docx")))
    text = [p.text for p in document.paragraphs]
    assert "4 votes (1 sales, 2 marketing, 1 other) · 2 notes" in text
    assert "Round 2, What works: sales and marketing compared" in text
    assert len(document.tables) == 1 and len(document.inline_shapes) == 1
    assert not any("not counted by function" in t for t in text)


def test_dots_in_a_session_with_names_are_counted_as_before(tmp_path: Path, clock) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, anonymous=False)
    text = paragraphs(export(path, tmp_path / "q4.docx"))
    assert "2 votes (1 sales, 0 marketing, 1 other) · 1 note" in text
    assert not any("not counted by function" in t for t in text)


# Cleo's dot, typed in from the wall as "1 marketing" on Pipeline, was as plain in the
# minutes as one from her phone.
WALL = (
    "Votes are not counted by function in this round: one function here is a single"
    " person, so its count would say how they voted. Each theme shows its total."
)


def test_dots_typed_in_from_the_wall_keep_a_lone_persons_dots_out_too(
    tmp_path: Path, clock
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, phones=False)
    document = docx.Document(str(export(path, tmp_path / "q4.docx")))
    text = [p.text for p in document.paragraphs]
    assert "3 votes · 2 notes" in text and "2 votes · 1 note" in text
    assert any(t.startswith("Pipeline: 3 votes") and "(" not in t for t in text)
    assert not any("(1 sales" in t or "marketing)" in t for t in text)
    assert len(document.inline_shapes) == 0 and len(document.tables) == 0
    assert [t for t in text if "not counted by function" in t] == [WALL]
    markdown = export(path, tmp_path / "q4.md").read_text(encoding="utf-8")
    assert "**3 votes** · 2 notes" in markdown and "votes** (" not in markdown
    assert "| Theme |" not in markdown
    assert WALL in markdown and "phones" not in markdown


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "Die Stimmen dieser Runde werden nicht nach Funktion gezählt: Eine Funktion hat"
            " hier nur eine Person, deren Zahl also verraten würde, wie sie abgestimmt hat."
            " Jedes Thema zeigt seine Gesamtzahl.",
        ),
        (
            "fr",
            "Les votes de ce tour ne sont pas comptés par fonction\u00a0: une fonction n’a"
            " ici qu’une personne, dont le compte dirait comment elle a voté. Chaque thème"
            " montre son total.",
        ),
        (
            "es",
            "Los votos de esta ronda no se cuentan por función: aquí una función es una"
            " sola persona, así que su cuenta diría cómo votó. Cada tema muestra su total.",
        ),
    ],
)
def test_the_wall_line_is_in_the_minutes_language(tmp_path: Path, clock, language, said) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, phones=False)
    assert said in paragraphs(export(path, tmp_path / "q4.docx", language))
