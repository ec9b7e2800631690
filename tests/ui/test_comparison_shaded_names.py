"""On the projector chart a shaded theme keeps its whole name, on two lines if need be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.sensemaking.comparison import ComparisonChart


def on_the_projector(qtbot, window) -> tuple[QWidget, ComparisonChart]:
    """Ctrl+Shift+C: the comparison window at a projector's 1280x720, and its chart."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    projector = window.findChild(QWidget, "comparisonWindow")
    qtbot.waitUntil(lambda: projector is not None and projector.isVisible())
    projector.resize(1280, 720)
    chart = projector.findChild(ComparisonChart, "comparisonChartLarge")
    qtbot.waitUntil(lambda: chart.width() > 1000)
    return projector, chart


def voted_themes(store, rid: int, themes: dict[str, tuple[int, int]]) -> None:
    """Each theme (name: its sales and marketing dots) with a note from each side, and two
    people a side on the roster (with one, the room's chart of an anonymous session counts
    no side: `anonymity.dots_withheld`)."""
    store.add_participant("Cleo Park", "sales")
    store.add_participant("Dev Rao", "marketing")
    for label, (sales, marketing) in themes.items():
        ids = [store.add_note(rid, f"{label} {f}", function=f).id for f in ("sales", "marketing")]
        theme = store.add_theme(rid, label, note_ids=ids)
        store.set_votes(theme.id, "sales", sales)
        store.set_votes(theme.id, "marketing", marketing)


def test_a_shaded_theme_with_a_long_name_shows_it_whole_on_the_projector(qtbot, window):
    # Eight themes on a 1280x720 projector: "Planning campaigns together", shaded as the
    # theme where marketing voted far more, read "Planning campaigns tog…" above its tag
    # "Marketing +21 points", while unshaded names as long wrapped onto a second line.
    store, rid = window.store, window.shown_round_id()
    themes = {
        "Content built with sales": (4, 1),
        "Joint pipeline meetings": (3, 1),
        "One lead definition, one dashboard": (5, 5),
        "Planning campaigns together": (0, 3),
        "Events and customer meetings": (1, 1),
        "Customer stories and references": (1, 2),
        "Fast feedback": (2, 0),
        "Win-loss reviews": (0, 1),
    }
    voted_themes(store, rid, themes)
    projector, chart = on_the_projector(qtbot, window)
    chart.grab()  # paints it
    shaded = [b.label for b in chart.bars if b.highlighted]
    assert "Planning campaigns together" in shaded
    names = {
        b.label: " ".join(lines) for b, lines in zip(chart.bars, chart.drawn_names, strict=True)
    }
    assert names == {label: label for label in themes}
    projector.close()


def test_a_name_that_just_fits_its_line_is_not_cut_on_the_projector(qtbot, demo_window):
    # The example's "Game changers" at 1280x720: "Walk in each other's shoes" measured as
    # fitting its one line, but Qt's eliding read it a little wider and drew "…sho…".
    window = demo_window
    # With names: the example is anonymous with one RevOps lead, so the room's chart of an
    # anonymous session would count no side of its dots (`anonymity.dots_withheld`).
    window.store.update_session(anonymous=False)
    window.agenda.setCurrentRow(3)
    projector, chart = on_the_projector(qtbot, window)
    chart.grab()
    names = {
        b.label: " ".join(lines) for b, lines in zip(chart.bars, chart.drawn_names, strict=True)
    }
    assert names["Walk in each other's shoes"] == "Walk in each other's shoes"
    assert not any("…" in name for name in names.values())
    projector.close()


def test_a_name_of_three_lines_is_shown_whole_where_the_projector_has_room(qtbot, window):
    # A German room's "Übergabe von Leads zwischen Marketing und Vertrieb" was cut to
    # "Übergabe von Leads / zwischen Marketing und…" with half the window empty below.
    store, rid = window.store, window.shown_round_id()
    themes = {
        "Handover of leads between marketing and sales in every region": (7, 1),
        "Approvals": (1, 6),
    }
    voted_themes(store, rid, themes)
    projector, chart = on_the_projector(qtbot, window)
    chart.grab()
    names = dict(zip((b.label for b in chart.bars), chart.drawn_names, strict=True))
    long = "Handover of leads between marketing and sales in every region"
    assert len(names[long]) == 3
    assert " ".join(names[long]) == long
    projector.close()
