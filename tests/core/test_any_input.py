"""Any text a person can type, paste or send from a phone: kept word for word, or refused
with a reason; never an unexplained error, never a changed note.

Generated inputs (hypothesis). The normal run is derandomised (the same examples on every
machine); `HYPOTHESIS_PROFILE=explore` tries many more, new ones each run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from roundtable.clustering import cluster_texts, sort_into_themes
from roundtable.csv_import import CsvImportError, import_csv, parse_rows
from roundtable.export import export_minutes
from roundtable.export.content import xml_safe
from roundtable.model import InvalidInput, clean_text, validate_note_text
from roundtable.store import Store
from roundtable.templates import get_template

TEMPLATE = get_template("sales-marketing-roundtable")

# Whatever a keyboard, a paste or a phone's JSON can carry: every code point but none of
# the lone surrogates only a phone can send (they are tested apart, below).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
# What people write on notes, with the characters spreadsheets treat as formulas in front.
note_like = st.text(
    st.sampled_from(list("abcXYZ äéß中文🙂 '\"=+-@,;\t\n0123456789")), min_size=1, max_size=30
)
functions = st.sampled_from(["sales", "marketing", "other"])


def _session(folder: Path, name: str = "s") -> Store:
    return Store.create(folder / f"{name}.roundtable", title="Any input", template=TEMPLATE)


@given(text=st.one_of(any_text, st.text(max_size=20)))  # the second: lone surrogates too
def test_a_note_is_kept_as_typed_after_a_restart_or_refused_with_a_reason(text: str) -> None:
    try:
        expected = validate_note_text(text)
    except InvalidInput as exc:
        assert str(exc)  # the reason the user reads
        return
    assert expected == clean_text(expected)  # cleaning twice changes nothing
    with tempfile.TemporaryDirectory() as folder:
        with _session(Path(folder)) as store:
            store.add_note(store.rounds()[1].id, text, function="sales")
        with Store.open(Path(folder) / "s.roundtable", read_only=True) as store:
            assert [n.text for n in store.notes()] == [expected]


@given(notes=st.lists(st.tuples(note_like, functions), min_size=1, max_size=6))
@example(notes=[("- pricing too high", "sales"), ("'quoted'", "other")])  # came back "'- …"
def test_csv_minutes_import_into_another_session_word_for_word(
    notes: list[tuple[str, str]],
) -> None:
    kept = [(clean_text(t), f) for t, f in notes if clean_text(t)]
    if not kept:
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with _session(folder, "a") as store:
            rnd = store.rounds()[2]
            for text, function in kept:
                store.add_note(rnd.id, text, function=function)  # type: ignore[arg-type]
            export_minutes(store.snapshot(), "csv", folder / "minutes.csv")
        with _session(folder, "b") as store:
            import_csv(store, folder / "minutes.csv")
            got = [(n.text, n.function) for n in store.notes()]
            assert got == kept
            assert {n.round_id for n in store.notes()} == {store.rounds()[2].id}


@given(text=any_text)
@example(text="¹,a superscript one is a digit to isdigit() but not to int()")
def test_any_csv_is_imported_or_refused_with_what_to_fix(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder, _session(Path(folder)) as store:
        rounds, people = store.rounds(), store.participants()
    try:
        notes = parse_rows("round,text\n" + text, rounds, people).notes
    except CsvImportError as exc:
        assert "line" in str(exc) or "no notes" in str(exc)
        return
    assert notes and all(n.text == clean_text(n.text) and n.text for n in notes)


@settings(max_examples=15)
@given(notes=st.lists(any_text, min_size=1, max_size=5))
def test_the_word_minutes_hold_every_note(notes: list[str]) -> None:
    kept = [t for t in map(clean_text, notes) if t and xml_safe(t).strip()]
    if not kept:
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with _session(folder) as store:
            for text in kept:
                store.add_note(store.rounds()[1].id, text, function="marketing")
            out = export_minutes(store.snapshot(), "docx", folder / "minutes.docx")
        document = docx.Document(str(out))
        words = "\n".join(p.text for p in document.paragraphs)
        words += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        for text in kept:
            assert xml_safe(text) in words


@pytest.mark.usefixtures("path")  # once with the sentence model, once with TF-IDF alone
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.one_of(any_text, note_like), max_size=12))
def test_grouping_takes_any_notes_and_gives_the_same_answer_twice(texts: list[str]) -> None:
    groups = cluster_texts(texts)
    assert len(groups) == len(texts) and all(isinstance(g, int) for g in groups)
    assert groups == cluster_texts(list(texts))
    themes = {"Pricing": ["discounts too deep", "price list changes"], "Empty": []}
    placed = sort_into_themes(texts, themes)
    assert len(placed) == len(texts) and set(placed) <= {"Pricing", "Empty", None}
