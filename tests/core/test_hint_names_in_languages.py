"""A theme suggested from a template hint is named in the language most of its notes are
written in: the template's `labels` give each hint's German, French and Spanish names."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.clustering.suggest import suggest_themes
from roundtable.templates import SHIPPED_DIR, TemplateError, get_template, load_template

GERMAN_PIPELINE = [
    "Marketing sitzt jeden Montag bei unserem Forecast-Call mit drin",
    "Wir gehen jede Woche gemeinsam mit dem Marketing die Pipeline durch",
    "Gemeinsames Pipeline-Review mit Vertrieb und Marketing am Freitag",
    "Im Quartalsmeeting schauen beide Teams auf denselben Funnel",
]
ENGLISH_PIPELINE = [
    "Weekly pipeline call with marketing every monday",
    "Marketing sits in our friday forecast meeting",
    "We go through the funnel together once a month",
    "Shared deal review with demand gen and the AEs",
]


def _what_works_hints():
    return get_template("sales-marketing-roundtable").rounds[1].hints


def _pipeline_theme(notes: list[str]):
    themes = suggest_themes(list(enumerate(notes)), hints=_what_works_hints())
    found = [t for t in themes if t.hint == "Joint pipeline meetings"]
    assert found, [(t.label, t.note_ids, t.hint) for t in themes]
    return found[0]


def test_a_german_round_gets_the_german_name(path: str) -> None:
    theme = _pipeline_theme(GERMAN_PIPELINE)
    assert theme.label == "Gemeinsame Pipeline-Runden"
    assert len(theme.note_ids) >= 3
    # The reason still names the template theme as the template does.
    assert "“Joint pipeline meetings”" in theme.reason


def test_a_mixed_round_with_an_english_majority_keeps_the_english_name(path: str) -> None:
    theme = _pipeline_theme(ENGLISH_PIPELINE + GERMAN_PIPELINE[:2])
    german = sum(i >= len(ENGLISH_PIPELINE) for i in theme.note_ids)
    assert german * 2 <= len(theme.note_ids), theme
    assert theme.label == "Joint pipeline meetings"


def test_half_the_notes_in_german_is_no_majority() -> None:
    from roundtable.clustering.hints import hint_name, majority_language

    hint = _what_works_hints()[0]
    assert majority_language(GERMAN_PIPELINE[:2] + ENGLISH_PIPELINE[:2]) == "en"
    assert hint_name(hint, GERMAN_PIPELINE[:2] + ENGLISH_PIPELINE[:2]) == hint.label
    assert hint_name(hint, GERMAN_PIPELINE[:3] + ENGLISH_PIPELINE[:2]) == hint.label_in("de")
    french = ["le marketing assiste à notre point forecast", "revue de pipe avec les commerciaux"]
    assert hint_name(hint, french) == "Revues de pipe communes"


def test_a_theme_with_the_german_name_is_the_hints_theme(path: str) -> None:
    # Accepted as suggested, "Gemeinsame Pipeline-Runden" is the hint's theme: new German
    # notes on pipeline meetings join it, as they join one named "Joint pipeline meetings",
    # instead of making a second pipeline theme beside it.
    for name in ("Joint pipeline meetings", "Gemeinsame Pipeline-Runden"):
        themes = suggest_themes(
            list(enumerate(GERMAN_PIPELINE)), hints=_what_works_hints(), pinned={7: (name, [])}
        )
        pipeline = [t for t in themes if set(t.note_ids) & {1, 2}]
        assert [(t.label, t.existing_theme_id) for t in pipeline] == [(name, 7)], themes


def _write(tmp_path: Path, labels: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(
        'title = "Mine"\n[[rounds]]\ntitle = "What works"\nprompt = "Where?"\nminutes = 10\n'
        '[[rounds.hints]]\nlabel = "Joint pipeline meetings"\n'
        f"{labels}\n"
        'description = "A regular meeting"\nphrases = ["pipeline review"]\n',
        encoding="utf-8",
    )
    return path


def test_a_template_with_an_unknown_language_code_says_which_hint(tmp_path: Path) -> None:
    path = _write(tmp_path, 'labels = { de = "Pipeline-Runden", it = "Riunioni di pipeline" }')
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    message = str(caught.value)
    assert "round 1, hint 1 (“Joint pipeline meetings”)" in message
    assert "'it'" in message and "de, fr, es" in message


def test_a_template_with_an_empty_name_says_which_hint_and_language(tmp_path: Path) -> None:
    path = _write(tmp_path, 'labels = { de = "Pipeline-Runden", fr = "  " }')
    with pytest.raises(TemplateError, match="“Joint pipeline meetings”.*French name.*empty"):
        load_template(path)


def test_a_hint_without_names_still_loads_and_keeps_its_label(tmp_path: Path) -> None:
    hint = load_template(_write(tmp_path, "")).rounds[0].hints[0]
    assert hint.labels == ()
    assert hint.label_in("de") == "Joint pipeline meetings"


@pytest.mark.parametrize("template", sorted(SHIPPED_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_hint_has_a_german_french_and_spanish_name(template: Path) -> None:
    loaded = load_template(template)
    hints = [h for r in (*loaded.rounds, *loaded.questions) for h in r.hints]
    assert hints
    for hint in hints:
        names = dict(hint.labels)
        assert sorted(names) == ["de", "es", "fr"], hint.label
        assert all(0 < len(n.split()) <= 5 for n in names.values()), hint.label
        assert hint.label not in names.values(), hint.label


SPANISH_BROKEN = [
    "los leads llegan tarde al CRM",
    "ventas no nos da feedback sobre los leads",
    "las presentaciones son demasiado largas",
    "no sabemos qué contenido usan los comerciales",
    "el CRM está lleno de duplicados",
    "contactos duplicados en el CRM",
    "las ferias no traen buenos contactos",
    "los comerciales no vienen a nuestros eventos",
    "no hay una definición común de lead cualificado",
    "los objetivos cambian cada trimestre",
    "comisiones solo por clientes nuevos",
    "recortan el presupuesto a mitad de año",
    "los casos de éxito están anticuados",
    "nadie lee las battlecards",
    "nos enteramos tarde de los lanzamientos",
    "no tenemos un panel común",
    "el lead scoring no sirve",
    "el traspaso de leads tarda demasiado",
    "marketing promete demasiado en la publicidad",
    "falta formación sobre el nuevo posicionamiento",
    "demasiadas herramientas",
    "demasiadas reuniones sin resultado",
    "¿quién se encarga de los leads de partners?",
    "nadie explica por qué se pierden los deals",
    "la web manda leads sin teléfono",
]


def test_a_note_french_could_also_be_read_as_counts_in_the_rounds_language() -> None:
    # "marketing promete demasiado en la publicidad" has only "en" and "la" for small
    # words, French ones as much as Spanish: read as French, a Spanish room's theme of it
    # and one other note got the English name "Time and resources" among Spanish ones.
    from roundtable.clustering.hints import hint_name

    hints = get_template("sales-marketing-roundtable").rounds[2].hints
    (time,) = [h for h in hints if h.label == "Time and resources"]
    pair = ["recortan el presupuesto a mitad de año", SPANISH_BROKEN[18]]
    assert hint_name(time, pair, "es") == time.label_in("es") != time.label
    # Where the round is French, the same words stay French.
    assert hint_name(time, ["marketing promete demasiado en la publicidad"], "fr") == (
        time.label_in("fr")
    )


def test_every_template_theme_of_a_spanish_round_has_its_spanish_name(path: str) -> None:
    hints = get_template("sales-marketing-roundtable").rounds[2].hints
    themes = suggest_themes(list(enumerate(SPANISH_BROKEN)), hints=hints)
    named = [(t.label, t.hint) for t in themes if t.hint]
    assert len(named) >= 2, themes
    by_label = {h.label: h for h in hints}
    assert [label for label, hint in named if label != by_label[hint].label_in("es")] == [], named
