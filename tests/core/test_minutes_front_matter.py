"""What a reader sees of the Word minutes before the rounds: the file's description in
Word's File > Info (and a file browser's), and the summary's last lines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.templates import get_template

DECEMBER_5 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC).timestamp()


def session(path: Path, clock, actions: int = 1) -> Store:
    clock.now = DECEMBER_5
    store = Store.create(
        path,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    )
    store.start_round(store.round_at(1).id)
    for i in range(actions):
        store.add_action(f"Follow-up task {i + 1:02}", owner="Hannah Berg")
    return store


def test_the_files_description_gives_the_day_in_the_minutes_language(tmp_path: Path, clock) -> None:
    # It said "2026-12-05" in minutes that say "5. Dezember 2026" everywhere else.
    with session(tmp_path / "q4.roundtable", clock) as store:
        for language, said in [
            ("en", "Minutes of Q4 roundtable, 5 December 2026, made with Roundtable."),
            ("de", "Protokoll von Q4 roundtable, 5. Dezember 2026, erstellt mit Roundtable."),
        ]:
            out = export_minutes(
                store.snapshot(), "docx", tmp_path / f"{language}.docx", language=language
            )
            assert docx.Document(str(out)).core_properties.comments == said


def test_the_summarys_more_line_stays_with_its_list(tmp_path: Path, clock) -> None:
    # "…and 2 more: all 12 are under “Action items” below." went alone to the top of page
    # two, under nothing, when the list filled page one.
    with session(tmp_path / "q4.roundtable", clock, actions=12) as store:
        out = export_minutes(store.snapshot(), "docx", tmp_path / "q4.docx")
    paragraphs = docx.Document(str(out)).paragraphs
    [at] = [i for i, p in enumerate(paragraphs) if p.text.startswith("…and 2 more")]
    assert paragraphs[at - 1].text.startswith("Follow-up task")
    assert paragraphs[at - 1].paragraph_format.keep_with_next
