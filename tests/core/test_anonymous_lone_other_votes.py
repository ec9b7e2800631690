"""The minutes count every dot, the one RevOps lead's too, and say no count by function.

In an anonymous session with one person marked other, the minutes for a while compared
sales and marketing and left her dots out of the round's counts: theme totals, vote order
and the summary's top themes. They reported a different vote result than the room's:
here Referee, which led the room with 4 votes, came second with 1. The totals and the order
are the room's again; what gives her away is a count by function, so the round shows each
theme's true total only, says why in one line, and has no table or chart, whether the dots
came from phones or were typed in from the wall.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template
from tests.core.test_anonymous_phone_vote_sides import WALL, WITHHELD, export


def ola_decides(path: Path, clock, *, phones: bool = True) -> Path:
    """Two salespeople, two marketers and Ola, the one RevOps lead, in an anonymous session.
    Without her 3 dots on Referee, Pipeline leads 3 to 1; with them Referee leads 4 to 3.
    Everyone votes from a phone (or, without `phones`, the facilitator types the same dots
    in from the wall)."""
    with Store.create(
        path,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        anonymous=True,
        clock=clock,
    ) as store:
        for name, function in [
            ("Ana Lopez", "sales"),
            ("Ben Ode", "sales"),
            ("Cleo Park", "marketing"),
            ("Dev Rao", "marketing"),
            ("Ola Nordmann", "other"),
        ]:
            store.add_participant(name, function)
        rnd = store.round_at(2)
        store.start_round(rnd.id)
        a = store.add_note(rnd.id, "Monday pipeline call with both teams", function="sales")
        b = store.add_note(rnd.id, "One dashboard for both teams", function="marketing")
        c = store.add_note(rnd.id, "RevOps referees the numbers", function="sales")
        pipeline = store.add_theme(rnd.id, "Pipeline", note_ids=[a.id, b.id]).id
        referee = store.add_theme(rnd.id, "Referee", note_ids=[c.id]).id
        ballots = [
            ("sales", {pipeline: 1}),
            ("sales", {referee: 1}),
            ("marketing", {pipeline: 1}),
            ("marketing", {pipeline: 1}),
            ("other", {referee: 3}),
        ]
        if phones:
            store.open_phone_vote(rnd.id, 3)
            room = PhoneNotes(store)
            for i, (function, dots) in enumerate(ballots):
                given = {str(t): n for t, n in dots.items()}
                ballot = {"key": f"b{i}", "function": function, "dots": given}
                assert room.take_ballot(ballot).status == 201
            store.close_phone_vote()
        else:
            for tid in (pipeline, referee):
                for f in ("sales", "marketing", "other"):
                    store.set_votes(tid, f, sum(d.get(tid, 0) for g, d in ballots if g == f))
    return path


@pytest.mark.parametrize("phones", [True, False], ids=["phones", "typed in"])
def test_word_minutes_give_the_rooms_totals_and_order_without_counts_by_function(
    tmp_path: Path, clock, phones: bool
) -> None:
    path = ola_decides(tmp_path / "q4.roundtable", clock, phones=phones)
    document = docx.Document(str(export(path, tmp_path / "q4.docx")))
    text = [p.text for p in document.paragraphs]
    # Every dot counted, Referee first as in the room.
    assert "4 votes · 1 note" in text and "3 votes · 2 notes" in text
    assert text.index("4 votes · 1 note") < text.index("3 votes · 2 notes")
    top = [t for t in text if t.startswith(("Referee: ", "Pipeline: "))]
    assert top == [
        "Referee: 4 votes, round 2, What works",
        "Pipeline: 3 votes, round 2, What works",
    ]
    # No count by function anywhere, and no comparison: one line says why.
    assert not any(f in t for t in text if "vote" in t for f in ("sales", "marketing", "other"))
    assert len(document.tables) == 0 and len(document.inline_shapes) == 0
    assert not any("compared" in t for t in text)
    assert [t for t in text if "not counted by function" in t] == [WITHHELD if phones else WALL]
    assert not any("left out" in t for t in text)


@pytest.mark.parametrize("phones", [True, False], ids=["phones", "typed in"])
def test_markdown_minutes_give_the_rooms_totals_and_order_without_counts_by_function(
    tmp_path: Path, clock, phones: bool
) -> None:
    path = ola_decides(tmp_path / "q4.roundtable", clock, phones=phones)
    text = export(path, tmp_path / "q4.md").read_text(encoding="utf-8")
    assert text.index("**4 votes** · 1 note") < text.index("**3 votes** · 2 notes")
    assert (
        "1. **Referee**: 4 votes, round 2, What works\n"
        "2. **Pipeline**: 3 votes, round 2, What works"
    ) in text
    assert "votes** (" not in text and "votes (" not in text
    assert "| Theme |" not in text and "compared" not in text
    assert text.count("not counted by function") == 1
    assert (WITHHELD if phones else WALL) in text
    assert "left out" not in text


@pytest.mark.parametrize(
    ("language", "said", "votes"),
    [
        ("de", "Die Stimmen dieser Runde werden nicht nach Funktion gezählt: Sie", "4 Stimmen"),
        ("fr", "Les votes de ce tour ne sont pas comptés par fonction\u00a0: ils", "4 votes"),
        ("es", "Los votos de esta ronda no se cuentan por función: se dieron", "4 votos"),
    ],
)
def test_the_line_for_a_lone_other_is_in_the_minutes_language(
    tmp_path: Path, clock, language, said, votes
) -> None:
    path = ola_decides(tmp_path / "q4.roundtable", clock)
    document = docx.Document(str(export(path, tmp_path / "q4.docx", language)))
    text = [p.text for p in document.paragraphs]
    assert any(t.startswith(said) for t in text)
    assert any(t.startswith(votes) for t in text)  # Referee's true total, first
    assert len(document.tables) == 0 and len(document.inline_shapes) == 0
    markdown = export(path, tmp_path / "q4.md", language).read_text(encoding="utf-8")
    assert said in markdown and f"**{votes}**" in markdown
