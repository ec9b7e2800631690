"""Over a table of dots, the line naming where the notes differ says its numbers are notes.

The demo's round 4 read "notes: most apart on “Plan key accounts together” (Marketing +26
points)" right above a Leans cell "Marketing +3 points" for the same theme (in dots): a
director read one number contradicting the other. The notes' gap is now said by the
theme's shares of each side's notes, in every language of the minutes, Word and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from roundtable.demo import write_demo
from roundtable.export import export_minutes
from roundtable.store import Store

THEME = "Plan key accounts together"
# The theme has 1 of the round's 7 sales notes and 2 of its 5 marketing notes.
SAID = {
    "en": "(14% of the round's sales notes, 40% of its marketing notes)",
    "de": "(14\u00a0% der Notizen des Vertriebs in der Runde,"
    " 40\u00a0% der Notizen des Marketings)",
    "fr": "(14\u00a0% des notes des ventes du tour, 40\u00a0% de celles du marketing)",
    "es": "(14\u00a0% de las notas de ventas de la ronda, 40\u00a0% de las de marketing)",
}
LEANS = "Marketing +"  # how the Leans column says the theme leans (all four languages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The example session with names: anonymous, with its one RevOps lead on the roster,
    its rounds show each theme's total votes only and have no table of dots."""
    path = write_demo(tmp_path_factory.mktemp("demo") / "demo.roundtable")
    with Store.open(path) as store:
        store.update_session(anonymous=False)
    return path


def minutes(demo: Path, fmt: str, language: str, out: Path) -> Path:
    with Store.open(demo, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out / f"m.{fmt}", language=language)


@pytest.mark.parametrize("language", sorted(SAID))
def test_the_markdown_line_over_round_4_says_its_numbers_are_notes(demo, tmp_path, language):
    lines = minutes(demo, "md", language, tmp_path).read_text(encoding="utf-8").splitlines()
    said = [line for line in lines if THEME in line and "%" in line]
    assert len(said) == 1, said
    assert said[0].endswith(SAID[language])
    # No "Marketing +26 points" that reads like the table's Leans column for the theme.
    assert LEANS not in said[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_word_line_over_round_4_says_its_numbers_are_notes(demo, tmp_path, language):
    doc = docx.Document(str(minutes(demo, "docx", language, tmp_path)))
    said = [p.text for p in doc.paragraphs if THEME in p.text and "%" in p.text]
    assert len(said) == 1, said
    assert said[0].endswith(SAID[language])
    assert LEANS not in said[0]
    # The table under it still gives the theme's lean in dots.
    round_4 = next(t for t in doc.tables if any(r.cells[0].text == THEME for r in t.rows))
    row = next(r for r in round_4.rows if r.cells[0].text == THEME)
    assert row.cells[-1].text.startswith(LEANS)
