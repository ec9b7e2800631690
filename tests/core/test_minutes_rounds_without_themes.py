"""A round nobody grouped (the welcome, the closing commitments) lists its notes under its
question. They stood under "Notes in no theme", which reads as if the round's themes were
missing from the minutes; a round with themes keeps that heading for the notes left out."""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.demo import write_demo
from roundtable.export import export_minutes
from roundtable.store import Store


def _minutes(tmp_path: Path, fmt: str) -> Path:
    with Store.open(write_demo(tmp_path / "demo.roundtable"), read_only=True) as store:
        snap = store.snapshot()
    return export_minutes(snap, fmt, tmp_path / f"minutes.{fmt}")


def _sections(lines: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(style, text) lines cut at each round's heading, keyed by it."""
    found: dict[str, list[tuple[str, str]]] = {}
    current = None
    for style, text in lines:
        if text.startswith("Round ") and style == "Heading 1":
            current = found.setdefault(text, [])
        elif text.startswith("Appendix") or text == "Action items":
            current = None
        elif current is not None:
            current.append((style, text))
    return found


def test_word_minutes_list_an_ungrouped_rounds_notes_under_its_question(tmp_path):
    doc = docx.Document(str(_minutes(tmp_path, "docx")))
    rounds = _sections([(p.style.name, p.text) for p in doc.paragraphs])
    welcome = rounds["Round 1: Welcome"]
    assert welcome[0][1].startswith("Question:")
    assert ("List Bullet", "Learn what sales really needs from content") in welcome
    assert all(style != "Heading 2" for style, _ in welcome)
    closing = rounds["Round 5: Commitments"]
    assert all(style != "Heading 2" for style, _ in closing)
    assert ("List Bullet", "Start measuring speed to first call for inbound leads") in closing
    # Where the round has themes, the notes left out of them are still said to be.
    assert ("Heading 2", "Notes in no theme") in rounds["Round 3: Why it's broken"]


def test_markdown_minutes_do_the_same(tmp_path):
    text = _minutes(tmp_path, "md").read_text(encoding="utf-8-sig")
    welcome = text.split("## Round 1: Welcome", 1)[1].split("## Round 2", 1)[0]
    assert "###" not in welcome and "- Learn what sales really needs from content" in welcome
    closing = text.split("## Round 5: Commitments", 1)[1].split("## ", 1)[0]
    assert "###" not in closing
    broken = text.split("## Round 3: Why it's broken", 1)[1].split("## Round 4", 1)[0]
    assert "### Notes in no theme" in broken
