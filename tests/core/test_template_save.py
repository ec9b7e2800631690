"""A session's agenda saved as the facilitator's own template: a new session from it has the
edited rounds, the theme hints its questions had, and the question bank; a bad title, a
title already saved or a folder that cannot be written are refused with a clear message and
leave no file behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.round_themes import round_hints
from roundtable.store import Store
from roundtable.template_save import TemplateExists, save_agenda, template_name
from roundtable.templates import TemplateError, get_template, list_templates


def _edit_agenda(store: Store) -> None:
    broken = store.round_at(3)
    store.update_round(broken.id, title="Blockers", timebox_s=30 * 60)
    store.update_round(store.round_at(2).id, guidance="Ask each table for one example.")
    spare = next(q for q in get_template("sales-marketing-roundtable").questions if q.hints)
    store.add_round(spare.title, spare.prompt, 15 * 60, position=5)
    store.remove_round(store.round_at(1).id)


def test_a_new_session_from_the_saved_template_has_the_edited_agenda_and_its_hints(
    store: Store, tmp_path: Path
):
    _edit_agenda(store)
    saved = save_agenda(store.session(), store.rounds(), title="Q1 Vertriebs-Runde München")
    assert saved.template.path.name == "q1-vertriebs-runde-munchen.toml"
    assert not saved.replaced
    assert "Q1 Vertriebs-Runde München" in [t.title for t in list_templates()]
    template = get_template("q1-vertriebs-runde-munchen")
    ours = store.rounds()
    assert [(r.title, r.prompt, r.timebox_s) for r in template.rounds] == [
        (r.title, r.prompt, r.timebox_s) for r in ours
    ]
    assert template.rounds[1].title == "Blockers" and template.rounds[1].timebox_s == 1800
    assert template.rounds[0].guidance == "Ask each table for one example."
    assert [r.protect for r in template.rounds] == [r.protected for r in ours]
    assert any(r.protect for r in template.rounds)  # "Game changers" stays protected
    # Each round keeps the hints its question had in the session's template.
    for r, kept in zip(ours, template.rounds, strict=True):
        had = round_hints(store.session().template, r, len(ours))
        assert [h.label for h in kept.hints] == [h.label for h in had]
        assert [h.phrases for h in kept.hints] == [h.phrases for h in had]
        assert [h.labels for h in kept.hints] == [h.labels for h in had]
    assert sum(len(r.hints) for r in template.rounds) > 20
    # The question bank comes along, less the question now in the agenda.
    bank = [q.prompt for q in template.questions]
    assert ours[3].prompt not in bank and len(bank) >= 8

    new = Store.create(tmp_path / "next.roundtable", title="Next", template=template)
    with new:
        assert [(r.title, r.prompt) for r in new.rounds()] == [(r.title, r.prompt) for r in ours]
        assert new.session().template == "q1-vertriebs-runde-munchen"
        # Suggestions in the new session use the same hints as in the old one.
        before = [[h.label for h in round_hints(store.session().template, r, 5)] for r in ours]
        after = [
            [h.label for h in round_hints("q1-vertriebs-runde-munchen", r, 5)] for r in new.rounds()
        ]
        assert after == before and sum(map(len, after)) > 20


def test_a_title_saved_before_is_replaced_only_when_asked(store: Store):
    first = save_agenda(store.session(), store.rounds(), title="Monthly series")
    store.update_round(store.round_at(2).id, timebox_s=25 * 60)
    with pytest.raises(TemplateExists, match="already saved"):
        save_agenda(store.session(), store.rounds(), title="Monthly  series ")
    assert get_template("monthly-series").rounds[1].timebox_s == 20 * 60
    again = save_agenda(store.session(), store.rounds(), title="Monthly series", replace=True)
    assert again.replaced and again.template.path == first.template.path
    assert get_template("monthly-series").rounds[1].timebox_s == 25 * 60


def test_a_shipped_templates_name_is_not_hidden(store: Store):
    saved = save_agenda(store.session(), store.rounds(), title="Sales marketing roundtable")
    assert saved.template.path.stem == "sales-marketing-roundtable-2"
    assert get_template("sales-marketing-roundtable").path.parent.name == "sessions"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Ventes & Marketing — Lyon", "ventes-marketing-lyon"),
        ("  Ráðstefna 2027 ", "rastefna-2027"),
        ("営業とマーケティング", "my-template"),
        ("🚀🚀", "my-template"),
    ],
)
def test_template_names_are_plain_file_names(title: str, name: str):
    assert template_name(title) == name


def test_an_empty_or_huge_title_is_refused_and_nothing_is_written(store: Store):
    folder = Path(os.environ["ROUNDTABLE_TEMPLATE_DIR"])
    with pytest.raises(TemplateError, match="Give the template a title"):
        save_agenda(store.session(), store.rounds(), title="   ")
    with pytest.raises(TemplateError, match="the most is 120"):
        save_agenda(store.session(), store.rounds(), title="x" * 121)
    assert not folder.exists() or not list(folder.iterdir())


def test_a_folder_that_cannot_be_written_is_said_and_leaves_no_file(store: Store, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would go")
    with pytest.raises(TemplateError, match="Could not save the template in"):
        save_agenda(store.session(), store.rounds(), title="Mine", folder=blocked / "templates")
    if os.geteuid() != 0:  # root writes anywhere
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        try:
            with pytest.raises(TemplateError, match="Could not save the template"):
                save_agenda(store.session(), store.rounds(), title="Mine", folder=folder)
            assert list(folder.iterdir()) == []
        finally:
            folder.chmod(0o755)


def test_the_command_line_saves_and_refuses_a_second_save_without_replace(
    store: Store, session_path: Path
):
    store.close()
    env = dict(os.environ)
    run = [sys.executable, "-m", "roundtable", "save-template", str(session_path)]
    done = subprocess.run([*run, "--title", "Our agenda"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "Saved the template “Our agenda” (5 rounds, 90 min)" in done.stdout
    assert "roundtable new FILE --template our-agenda" in done.stdout
    again = subprocess.run([*run, "--title", "Our agenda"], capture_output=True, text=True, env=env)
    assert again.returncode == 2 and "--replace" in again.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "roundtable", "templates"], capture_output=True, text=True, env=env
    )
    mine = [line for line in listed.stdout.splitlines() if line.startswith("our-agenda")]
    assert mine and mine[0].endswith(
        "your own: " + str(Path(env["ROUNDTABLE_TEMPLATE_DIR"]) / "our-agenda.toml")
    )
    shipped = [line for line in listed.stdout.splitlines() if "sales-marketing" in line]
    assert shipped and "your own" not in shipped[0]


def test_a_german_agenda_saved_keeps_the_question_bank_in_every_language(tmp_path: Path):
    german = get_template("sales-marketing-roundtable").in_language("de")
    with Store.create(tmp_path / "de.roundtable", title="Runde", template=german) as store:
        spare = next(q for q in german.questions if q.hints)
        store.add_round(spare.title, spare.prompt, 15 * 60)  # asked in German
        saved = save_agenda(store.session(), store.rounds(), title="Unsere Runde")
    bank = saved.template.in_language("de").questions
    english = get_template("sales-marketing-roundtable").questions
    assert len(bank) == len(english) - 1  # the one asked is not offered again
    assert spare.prompt not in [q.prompt for q in bank]
    shipped_de = {q.prompt for q in german.questions}
    assert {q.prompt for q in bank} <= shipped_de  # offered in German, as shipped
    # Offered in English or French from the same template, as the shipped one is.
    english_prompts = {q.prompt for q in english}
    assert {q.prompt for q in saved.template.in_language("en").questions} <= english_prompts
    french = {
        q.prompt for q in get_template("sales-marketing-roundtable").in_language("fr").questions
    }
    assert {q.prompt for q in saved.template.in_language("fr").questions} <= french


def test_a_german_agenda_saved_is_a_german_template(tmp_path: Path):
    """Its rounds are German, so it says it is: the start screen offered it under "Agenda
    language: English", and its spare questions came in English when nobody chose Deutsch."""
    german = get_template("sales-marketing-roundtable").in_language("de")
    with Store.create(tmp_path / "de.roundtable", title="Runde", template=german) as store:
        store.update_round(store.round_at(2).id, guidance="Fragt jeden Tisch nach einem Beispiel.")
        saved = save_agenda(store.session(), store.rounds(), title="Unsere Runde")
    assert 'language = "de"' in saved.template.path.read_text("utf-8")
    template = get_template(saved.template.name)
    assert template.language == "de"
    assert [r.title for r in template.rounds] == [r.title for r in german.rounds]
    shipped_de = {q.prompt for q in german.questions}
    assert {q.prompt for q in template.questions} <= shipped_de  # as it is: German
    with Store.create(tmp_path / "next.roundtable", title="Nächste", template=template) as new:
        assert new.round_at(2).title == german.rounds[1].title


def test_an_english_agenda_saved_stays_an_english_template(store: Store):
    _edit_agenda(store)
    saved = save_agenda(store.session(), store.rounds(), title="Our roundtable")
    assert saved.template.language == "en"
    assert "language" not in saved.template.path.read_text("utf-8").split("[")[0]


def test_a_template_in_an_unknown_language_is_refused_with_the_choices(tmp_path: Path):
    from roundtable.templates import load_template

    path = tmp_path / "it.toml"
    path.write_text(
        'language = "it"\ntitle = "Tavola rotonda"\n\n[[rounds]]\ntitle = "Che cosa funziona"\n'
        'prompt = "Dove lavorate bene insieme?"\nminutes = 20\n',
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match="'language' is 'it'.*en, de, fr, es"):
        load_template(path)


def test_the_command_line_lists_and_makes_a_german_template_in_german(tmp_path: Path, capsys):
    from roundtable.cli import main

    german = get_template("sales-marketing-roundtable").in_language("de")
    with Store.create(tmp_path / "de.roundtable", title="Runde", template=german) as store:
        save_agenda(store.session(), store.rounds(), title="Unsere Runde")
    capsys.readouterr()
    assert main(["templates"]) == 0
    mine = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("unsere-runde"))
    assert "(5 rounds, 90 min, Deutsch)" in mine
    assert main(["new", str(tmp_path / "next.roundtable"), "--template", "unsere-runde"]) == 0
    with Store.open(tmp_path / "next.roundtable", read_only=True) as new:
        assert [r.title for r in new.rounds()] == [r.title for r in german.rounds]
    made = get_template("unsere-runde").in_language("de")
    assert made.questions == get_template("unsere-runde").questions  # German, as saved
