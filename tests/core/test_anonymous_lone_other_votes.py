"""Sales and marketing are still compared where the one person of a function is neither.

In an anonymous session with one RevOps lead on the roster, a round voted on from phones
had no comparison at all in the minutes: "Votes are not counted by function in this
round". What the room came for, sales against marketing, gives nobody away there; only
the other functions' count does. The minutes now compare sales and marketing and leave the
other functions' dots out of the round's counts, with one line saying why. The totals
leave them out too: "2 votes" beside "1 sales, 0 marketing" said the other was hers.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.core.test_anonymous_phone_vote_sides import export, voted_session

LEFT_OUT = (
    "Votes from other functions are left out of this round's counts: only one person here"
    " is from neither sales nor marketing, so their count would say how they voted."
)


def word_text(path: Path) -> tuple[list[str], list[list[str]], int]:
    document = docx.Document(str(path))
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    return [p.text for p in document.paragraphs], rows, len(document.inline_shapes)


@pytest.mark.parametrize("phones", [True, False], ids=["phones", "typed in"])
def test_word_minutes_compare_sales_and_marketing_without_the_lone_other(
    tmp_path: Path, clock, phones: bool
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, lone="other", phones=phones)
    text, rows, charts = word_text(export(path, tmp_path / "q4.docx"))
    # Ola's one dot (on Referee) is in no count: not as "other", not in a total.
    assert "3 votes (1 sales, 2 marketing) · 2 notes" in text
    assert "1 vote (1 sales, 0 marketing) · 1 note" in text
    assert any(t.startswith("Pipeline: 3 votes (1 sales, 2 marketing),") for t in text)
    assert any(t.startswith("Referee: 1 vote (1 sales, 0 marketing),") for t in text)
    assert not any(" other)" in t or "other," in t for t in text if "vote" in t)
    # Compared: a chart and a table without an Other column, and the one line.
    assert "Round 2, What works: sales and marketing compared" in text
    assert charts == 1
    assert rows == [
        ["Theme", "Sales", "Marketing", "Votes", "Leans"],
        ["Pipeline", "1", "2", "3", "Marketing +50 points"],
        ["Referee", "1", "0", "1", "Sales +50 points"],
    ]
    assert [t for t in text if "left out" in t] == [LEFT_OUT]
    assert not any("not counted by function" in t for t in text)


def test_markdown_minutes_compare_sales_and_marketing_without_the_lone_other(
    tmp_path: Path, clock
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, lone="other")
    text = export(path, tmp_path / "q4.md").read_text(encoding="utf-8")
    assert "**3 votes** (1 sales, 2 marketing) · 2 notes" in text
    assert "**1 vote** (1 sales, 0 marketing) · 1 note" in text
    assert "### Round 2, What works: sales and marketing compared" in text
    assert "| Theme | Sales | Marketing | Votes | Leans |\n|---|---:|---:|---:|---|" in text
    assert "| **Pipeline** | 1 | 2 | 3 | **Marketing +50 points** |" in text
    assert "| **Referee** | 1 | 0 | 1 | **Sales +50 points** |" in text
    assert text.count(LEFT_OUT) == 1 and "Other" not in text
    assert "not counted by function" not in text


@pytest.mark.parametrize(
    ("language", "header", "said"),
    [
        (
            "de",
            ["Thema", "Vertrieb", "Marketing", "Stimmen", "Tendenz"],
            "Die Stimmen sonstiger Funktionen sind in den Zahlen dieser Runde nicht enthalten:"
            " Nur eine Person hier gehört weder zum Vertrieb noch zum Marketing, und diese"
            " Zahl würde verraten, wie sie abgestimmt hat.",
        ),
        (
            "fr",
            ["Thème", "Ventes", "Marketing", "Votes", "Tendance"],
            "Les votes des autres fonctions ne sont pas comptés dans ce tour\u00a0: une seule"
            " personne ici ne travaille ni dans les ventes ni dans le marketing, et ce compte"
            " dirait comment elle a voté.",
        ),
        (
            "es",
            ["Tema", "Ventas", "Marketing", "Votos", "Tendencia"],
            "Los votos de otras funciones no se cuentan en esta ronda: aquí solo una persona"
            " no es ni de ventas ni de marketing, así que esa cuenta diría cómo votó.",
        ),
    ],
)
def test_the_left_out_line_is_in_the_minutes_language(
    tmp_path: Path, clock, language, header, said
) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, lone="other")
    text, rows, charts = word_text(export(path, tmp_path / "q4.docx", language))
    assert said in text and charts == 1
    assert rows[0] == header
    markdown = export(path, tmp_path / "q4.md", language).read_text(encoding="utf-8")
    assert said in markdown


def test_a_lone_marketer_still_withholds_the_whole_comparison(tmp_path: Path, clock) -> None:
    path = voted_session(tmp_path / "q4.roundtable", clock, lone="marketing")
    text, rows, charts = word_text(export(path, tmp_path / "q4.docx"))
    assert rows == [] and charts == 0
    assert "3 votes · 2 notes" in text
    assert not any("left out" in t for t in text)
