"""A session's agenda in German, French or Spanish: the templates' translated rounds, what
falls back to English, what a broken translation says, `roundtable new --language`, a
follow-up in its room's language, and theme hints for translated rounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.demo import write_demo
from roundtable.follow_up import create_follow_up
from roundtable.round_themes import round_hints
from roundtable.store import Store
from roundtable.templates import DEFAULT_TEMPLATE, TemplateError, get_template, load_template
from tests.core.test_minutes_languages import german_session

TRANSLATED = (DEFAULT_TEMPLATE, "follow-up-review", "campaign-preview")


@pytest.mark.parametrize("name", TRANSLATED)
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_shipped_round_and_spare_question_is_given_in_the_language(name, language) -> None:
    english = get_template(name)
    translated = english.in_language(language)
    assert translated.title != english.title and translated.description != english.description
    for ours, theirs in zip(
        (*translated.rounds, *translated.questions),
        (*english.rounds, *english.questions),
        strict=True,
    ):
        for field in ("title", "prompt", "guidance"):
            assert getattr(ours, field) != getattr(theirs, field), (language, theirs.title, field)
        # The rest of the round is the template's: its time, its hints, its flags.
        assert (ours.timebox_s, ours.hints, ours.protect, ours.review_commitments) == (
            theirs.timebox_s,
            theirs.hints,
            theirs.protect,
            theirs.review_commitments,
        )
    assert english.in_language("en") is english


def test_the_classic_roundtable_in_german() -> None:
    german = get_template(DEFAULT_TEMPLATE).in_language("de")
    assert german.title == "Roundtable Vertrieb und Marketing"
    assert [r.title for r in german.rounds] == [
        "Willkommen",
        "Was gut läuft",
        "Warum es hakt",
        "Was den Unterschied macht",
        "Zusagen",
    ]
    assert german.rounds[2].prompt.startswith("Was steht zwischen Vertrieb und Marketing")
    # A German copy asked for French or English gives those, not German where one is silent.
    again = german.in_language("fr").in_language("en")
    assert [(r.title, r.guidance) for r in again.rounds] == [
        (r.title, r.guidance) for r in get_template(DEFAULT_TEMPLATE).rounds
    ]
    assert german.in_language("fr").title == "Table ronde ventes et marketing"
    # The English template is unchanged (the theme engine's numbers depend on its texts).
    assert get_template(DEFAULT_TEMPLATE).rounds[2].title == "Why it's broken"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


ROUNDS = """
title = "Mine"
[fr]
title = "La mienne"

[[rounds]]
title = "What works"
prompt = "Where do we work well?"
minutes = 10
guidance = "Ask for examples."

[rounds.de]
title = "Was gut läuft"

[[rounds]]
title = "Next steps"
prompt = "What next?"
minutes = 5

[[questions]]
title = "Spare"
prompt = "A spare question?"
minutes = 5

[questions.de]
prompt = "Eine Ersatzfrage?"
guidance = "Kurz halten."
"""


def test_what_a_language_leaves_out_is_english(tmp_path: Path) -> None:
    template = load_template(_write(tmp_path, ROUNDS))
    german = template.in_language("de")
    assert german.title == "Mine"  # no [de] table for the template itself
    assert [(r.title, r.prompt, r.guidance) for r in german.rounds] == [
        ("Was gut läuft", "Where do we work well?", "Ask for examples."),
        ("Next steps", "What next?", ""),
    ]
    assert [(q.title, q.prompt, q.guidance) for q in german.questions] == [
        ("Spare", "Eine Ersatzfrage?", "Kurz halten.")
    ]
    french = template.in_language("fr")
    assert french.title == "La mienne"
    assert [r.title for r in french.rounds] == ["What works", "Next steps"]


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ('[rounds.it]\ntitle = "Cosa funziona"', "round 1: has a table 'it', which is not a"),
        ('[rounds.de]\nquestion = "Wo?"', "round 1, German (de): 'question' cannot be translated"),
        ("[rounds.de]\ntitle = 3", "round 1, German (de): 'title' must be text, not int"),
        ('[rounds.de]\ntitle = " "', ""),  # an empty title is as none: English
    ],
)
def test_a_broken_translation_names_the_file_and_the_round(tmp_path, table, said) -> None:
    text = '[[rounds]]\ntitle = "A"\nprompt = "B?"\nminutes = 5\n\n' + table
    path = _write(tmp_path, 'title = "T"\n' + text)
    if not said:
        assert load_template(path).in_language("de").rounds[0].title == "A"
        return
    with pytest.raises(TemplateError) as err:
        load_template(path)
    assert str(err.value).startswith(f"{path}, {said}")


def test_a_language_there_is_no_agenda_in_lists_the_ones_there_are() -> None:
    with pytest.raises(TemplateError, match="choose one of en .English., de .Deutsch., fr"):
        get_template(DEFAULT_TEMPLATE).in_language("it")


def _rounds(path: Path) -> list[tuple[str, str]]:
    with Store.open(path, read_only=True) as store:
        return [(r.title, r.prompt) for r in store.rounds()]


def test_new_with_language_makes_the_agenda_in_it(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    assert main(["new", str(path), "--language", "es"]) == 0
    assert "'Mesa redonda de ventas y marketing', 5 rounds" in capsys.readouterr().out
    assert _rounds(path)[2] == (
        "Dónde se rompe",
        "¿Qué se interpone entre ventas y marketing? ¿Dónde se pierde un buen lead o una buena"
        " idea?",
    )


def test_new_with_an_unknown_language_lists_the_choices(capsys, tmp_path: Path, clock) -> None:
    path = tmp_path / "q4.roundtable"
    assert main(["new", str(path), "--language", "it"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("roundtable: error: The agenda cannot be written in 'it'")
    assert "en (English), de (Deutsch), fr (Français), es (Español)" in err
    assert not path.exists()
    earlier = german_session(tmp_path / "maerz.roundtable", clock)
    later = tmp_path / "april.roundtable"
    assert main(["new", str(later), "--follow-up", str(earlier), "--language", "xx"]) == 2
    assert "'xx'" in capsys.readouterr().err and not later.exists()


def test_a_german_rooms_follow_up_has_its_agenda_in_german(tmp_path, clock, capsys) -> None:
    earlier = german_session(tmp_path / "maerz.roundtable", clock)
    later = tmp_path / "april.roundtable"
    assert main(["new", str(later), "--follow-up", str(earlier)]) == 0
    assert "to review in round 2 (Rückblick auf die Zusagen)" in capsys.readouterr().out
    titles = [title for title, _ in _rounds(later)]
    assert titles == [
        "Ankommen",
        "Rückblick auf die Zusagen",
        "Was wir gelernt haben",
        "Aufhören, anfangen, weitermachen",
        "Nächste Zusagen",
    ]
    with Store.open(later, read_only=True) as store:
        review = store.round_at(2)
        assert review.prompt.startswith("Für jede Zusage vom letzten Mal")
        assert review.guidance.startswith("Die übernommenen Aufgaben")
        assert [n.text.split(":")[0] for n in store.notes(review.id)] == ["Zusage"]
    # Asked for in another language, the follow-up is in that one, agenda and words alike.
    french = create_follow_up(earlier, tmp_path / "avril.roundtable", language="fr")
    assert _rounds(french)[1][0] == "Bilan des engagements"
    with Store.open(french, read_only=True) as store:
        assert store.session().title.startswith("Suivi\u00a0: ")


def test_an_english_rooms_follow_up_stays_in_english(tmp_path) -> None:
    earlier = write_demo(tmp_path / "demo.roundtable")
    later = create_follow_up(earlier, tmp_path / "next.roundtable")
    assert [t for t, _ in _rounds(later)][:2] == ["Check-in", "Commitments review"]


def _session(path: Path, language: str, *, drop: str | None = None) -> Store:
    template = get_template(DEFAULT_TEMPLATE).in_language(language)
    store = Store.create(path, title="T", template=template)
    if drop:  # an agenda of another shape: no round is found by its place any more
        store.remove_round(next(r for r in store.rounds() if r.title == drop).id)
    return store


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_a_translated_round_gets_the_hints_of_the_english_one(tmp_path, language) -> None:
    english = get_template(DEFAULT_TEMPLATE)
    welcome = english.in_language(language).rounds[0].title
    with _session(tmp_path / f"{language}.roundtable", language, drop=welcome) as store:
        rounds = store.rounds()
        got = {r.title: round_hints(DEFAULT_TEMPLATE, r, len(rounds)) for r in rounds}
        # A spare question swapped in, by its translated question alone.
        spare = english.in_language(language).questions[2]
        store.update_round(rounds[0].id, title="Something else", prompt=spare.prompt)
        swapped = round_hints(DEFAULT_TEMPLATE, store.round(rounds[0].id), len(rounds))
    broken = english.in_language(language).rounds[2].title
    assert got[broken] == english.rounds[2].hints and got[broken]
    assert list(got.values()) == [r.hints for r in english.rounds[1:]]
    assert swapped == english.questions[2].hints and swapped
