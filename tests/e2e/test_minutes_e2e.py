"""A whole session through the store, out as Word minutes, opened as a reader would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from roundtable.cli import main
from roundtable.export import default_output
from roundtable.store import Store
from roundtable.templates import get_template


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


def test_session_to_word_minutes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path / "templates"))
    path = tmp_path / "q4.roundtable"
    clock = Clock()
    with Store.create(
        path,
        title="Q4 roundtable: Sales ❤ Marketing",
        template=get_template("sales-marketing-roundtable"),
        anonymous=True,
        facilitator="Zoë Ångström",
        clock=clock,
    ) as store:
        people = {
            "s": store.add_participant("Priya Raman", "sales"),
            "m": store.add_participant("Jonas Weber", "marketing"),
        }
        # Two a side: with one, an anonymous session's minutes count no side's votes.
        store.add_participant("Lena Fischer", "sales")
        store.add_participant("Tom Okoye", "marketing")
        broken = store.round_at(3)
        store.start_round(broken.id)
        ids: dict[str, list[int]] = {"lead": [], "pay": []}
        for key, fn, text in [
            ("lead", "s", "MQLs never turn into meetings"),
            ("pay", "m", "Paid on volume vs paid on revenue"),
            ("lead", "m", "Leads rejected with no reason"),
            ("pay", "s", "Separate bonus targets"),
        ]:
            clock.now += 60
            p = people[fn]
            note = store.add_note(broken.id, text, function=p.function, participant_id=p.id)
            ids[key].append(note.id)
        clock.now += 60
        typo = store.add_note(broken.id, "A note typed twice", function="sales")
        store.delete_note(typo.id)
        store.finish_round(broken.id)
        lead = store.add_theme(broken.id, "Qualified lead", note_ids=ids["lead"])
        pay = store.add_theme(broken.id, "Compensation", note_ids=ids["pay"])
        store.set_votes(lead.id, "sales", 4)
        store.set_votes(lead.id, "marketing", 2)
        store.set_votes(pay.id, "sales", 3)
        store.set_votes(pay.id, "marketing", 7)
        store.add_action(
            "Agree one SQL definition",
            owner="Priya Raman",
            owner_function="sales",
            due=date(2030, 3, 1),
            theme_id=lead.id,
        )

    # The organizer exports with the command, as she would that afternoon.
    assert main(["export", str(path)]) == 0
    doc = docx.Document(str(default_output(path, "docx")))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paragraphs[0] == ("Title", "Q4 roundtable: Sales ❤ Marketing")
    assert ("Normal", "Facilitator: Zoë Ångström") in paragraphs
    h2 = [t for s, t in paragraphs if s == "Heading 2"]
    assert h2.index("Compensation") < h2.index("Qualified lead")  # 10 votes before 6
    # Anonymous: the note is not marked; the split is in the votes and the comparison.
    assert ("List Bullet", "MQLs never turn into meetings") in paragraphs
    everything = " ".join(t for _, t in paragraphs)
    assert "typed twice" not in everything
    assert "Jonas" not in everything
    comparison = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    # 3/7 vs 7/9
    assert comparison[1] == ["Compensation", "3", "7", "0", "10", "Marketing +35 points"]
    actions = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert actions[1] == [
        "Agree one SQL definition\nFrom “Qualified lead”",  # the theme it came from
        "Priya Raman",
        "sales",
        "1 Mar 2030",
        "open",
    ]
    assert len(doc.inline_shapes) == 1
