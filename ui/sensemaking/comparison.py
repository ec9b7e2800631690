"""The sales-vs-marketing comparison chart for one round, painted with QPainter.

Per theme, sales bars grow to the left of a centre line and marketing bars to the right:
a solid bar for the share of the function's dots the theme got, a light one for the share
of its notes. Shares (not raw counts) make a room of eight sales people and four marketers
comparable. The themes where the two functions differ most are highlighted and tagged
with the gap in percentage points. Notes and dots from other functions, when the round has
any, are counted in grey under a theme's bars: they are not what the chart compares, and as
a share of their own few notes ("other 100%" for one note) they drew the longest bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from roundtable.export.languages import Words
from roundtable.model import FUNCTIONS, whole_points
from roundtable.sides import EN, SIDES, leans_text
from ui.sensemaking.comparison_bars import ThemeBars, comparison_bars, notes_apart, round_basis
from ui.sensemaking.comparison_words import (
    CHART_NAME,
    bars_in_words,
    gap_tag,
    gaps_legend,
    header_texts,
    other_in_words,
    wrap_lines,
)
from ui.sensemaking.vote_model import ThemeRow

SALES_COLOUR = QColor("#d99a00")
MARKETING_COLOUR = QColor("#2b7fd0")
OTHER_COLOUR = QColor("#8c8c8c")  # neutral: reads on light and dark backgrounds
MIN_ROW, MAX_ROW = 40, 84
# Narrower than this (a docked panel in a 1024-pixel window), a theme's name goes on its
# own line above its bars: side by side, names, labels and percentages ran into each other.
STACK_WIDTH = 400
ELIDE = Qt.TextElideMode.ElideRight
# The most lines the title and the legends wrap to: whole at any panel's width.
WHOLE = 12


class ComparisonChart(QWidget):
    """Mirrored bars per theme: sales to the left of the centre line, marketing to the right,
    other functions (if any) counted in grey beneath."""

    def __init__(self, object_name: str = "comparisonChart", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: list[ThemeBars] = []
        self.basis = round_basis([])
        self.has_votes = False
        self.has_other = False
        self.other_by_votes = False
        # Its fixed words: English; the projector's chart says them in the room's language.
        self.words: Words = EN
        self.empty_text = "No round shown."
        self.title = "Sales vs marketing, theme by theme"  # the large one names its round
        self._row_rects: list[QRectF] = []
        self.drawn_names: list[list[str]] = []  # each theme's name as painted (tests)
        self.drawn_others: list[str] = []  # and the grey counts under its bars
        self._fitted = (0, 0)  # the header and row heights the minimum height was fitted to
        # The names' type in points when set (the chart on its own fits it to its window),
        # else the widget's font's, at least 11.
        self.points: float | None = None
        self.setAccessibleName(CHART_NAME)

    def show_rows(self, rows: list[ThemeRow] | None) -> None:
        """Draw these theme rows (None: no round is shown)."""
        rows = rows or []
        self.bars = comparison_bars(rows)
        self.basis = round_basis(rows)
        self.has_votes = any(r.votes[f] for r in rows for f in SIDES)
        self.other_by_votes = any(r.votes["other"] for r in rows)
        self.has_other = self.other_by_votes or any(r.notes["other"] for r in rows)
        self.empty_text = "" if rows else self.words("room.chart_empty")
        leans = [gap_tag(b) if b.highlighted else "" for b in self.bars]
        words = bars_in_words(self.bars, self.has_other, leans)
        self.setAccessibleDescription(words or self.empty_text.replace("\n", " "))
        self._fit_height()
        self.update()

    def show_withheld(self, from_phones: bool = True) -> None:
        """Draw no bars for the round shown, and say why: in an anonymous session where one
        person holds a function, its share would say how they voted (the minutes withhold
        it too), whether the dots came from phones or were typed in from the wall."""
        self.show_rows(None)
        self.empty_text = self.words(
            "room.chart_withheld" if from_phones else "room.chart_withheld_dots"
        )
        self.setAccessibleDescription(self.empty_text.replace("\n", " "))
        self.update()

    def show_notes_withheld(self) -> None:
        """Draw no bars for the round shown, and say why: compared by its notes in an
        anonymous session where one person holds a function, its counts by function would
        say whose some notes are (the minutes do not compare it either)."""
        self.show_rows(None)
        self.empty_text = self.words("room.chart_withheld_notes")
        self.setAccessibleDescription(self.empty_text.replace("\n", " "))
        self.update()

    def _stacked(self) -> bool:
        return self.width() < STACK_WIDTH

    def _label_block(self) -> int:
        """The height a stacked row gives its theme's name (and gap tag) above the bars."""
        if not self._stacked():
            return 0
        base, small, _title = self._fonts()
        tag = QFontMetrics(small).height() if any(b.highlighted for b in self.bars) else 0
        return QFontMetrics(base).height() * self._name_lines() + tag + 4

    def _name_lines(self) -> int:
        """The lines the longest theme name wraps to over its bars, up to three (at 800
        pixels they were cut to one: "What counts as a qu…", "CRM data nobody tr…")."""
        fm, width = QFontMetrics(self._fonts()[0]), int(self.label_width())
        return max((len(wrap_lines(fm, b.label, width, 3)) for b in self.bars), default=1)

    def needed_height(self) -> int:
        """The least height that shows every row at the chart's width and type."""
        return self._header_height() + self._row_limits()[0] * max(1, len(self.bars)) + 12

    def _fit_height(self) -> None:
        self._fitted = (self._header_height(), self._row_limits()[0])
        self.setMinimumHeight(self.needed_height())
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        header = self._header_height()
        if (event.oldSize().width() < STACK_WIDTH) != self._stacked() or (
            (header, self._row_limits()[0]) != self._fitted  # a name wraps at the new width
        ):
            self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self._header_height() + 56 * max(2, len(self.bars)) + 12)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Label, small and title fonts, large enough to read on a projector."""
        base = QFont(self.font())  # may be set in pixels: ask what it resolves to
        size = self.points or max(QFontInfo(self.font()).pointSizeF(), 11.0)
        base.setPointSizeF(size)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.15)
        return base, small, title

    def _row_limits(self) -> tuple[int, int]:
        """Smallest and largest row height: two bars of small text, up to two label lines
        and a gap tag; they grow with the font (the projector window uses a large one)."""
        base, small, _title = self._fonts()
        fm, sm = QFontMetrics(base), QFontMetrics(small)
        low = max(MIN_ROW, (3 if self.has_other else 2) * sm.height() + 8)
        if self._stacked():
            low += self._label_block()
            return low, max(low, MAX_ROW + self._label_block())
        # Room for a shaded theme's name on two lines above its tag: it was cut to one.
        if any(
            b.highlighted and fm.horizontalAdvance(b.label) > self.label_width() for b in self.bars
        ):
            low = max(low, 2 * fm.height() + sm.height() + 8)
        # As tall as the longest name needs, up to three lines, where the window has room:
        # "Übergabe von Leads zwischen Marketing und Vertrieb" was cut after two lines on
        # a projector with half its height free.
        width = int(self.label_width())
        lines = max((len(wrap_lines(fm, b.label, width, 3)) for b in self.bars), default=1)
        return low, max(MAX_ROW, max(2, lines) * fm.height() + sm.height() + 12, low)

    def label_width(self) -> float:
        """The width of the themes' names (and their gap notes): the whole width when
        stacked, else a column on the left."""
        width = self.width() - 24
        if self._stacked():
            return float(width)
        # Wide enough for the longest gap note, "Marketing +100 points", on one line.
        widest = leans_text(-100.0, w=self.words)
        note = QFontMetrics(self._fonts()[1]).horizontalAdvance(widest) + 2
        return max(110.0, min(float(note), width * 0.45), min(width * 0.34, 320.0))

    def _number_width(self) -> int:
        return QFontMetrics(self._fonts()[1]).horizontalAdvance("100%") + 4

    def _header_lines(self) -> tuple[list[str], list[str], list[str]]:
        """The title, the explanation and the grey legend, each wrapped to as many lines as it
        takes (the chart scrolls): in an 800-pixel window's panel, held to two or three
        lines, they read "Sales vs marketing, the…", "… lower…"."""
        _base, small, title = self._fonts()
        width = max(60, self.width() - 24)
        sm = QFontMetrics(small)
        explain, legend = header_texts(self.basis, self.has_votes, self.other_by_votes, self.words)
        return (
            wrap_lines(QFontMetrics(title), self.title, width, WHOLE),
            wrap_lines(sm, explain, width, WHOLE),
            wrap_lines(sm, legend, width, WHOLE) if self.has_other else [],
        )

    def _gaps_text(self) -> str:
        shaded = any(b.highlighted for b in self.bars)
        apart = notes_apart(self.bars, self.basis)
        return gaps_legend(shaded, self.basis, apart, self.words)

    def _gaps_lines(self) -> list[str]:
        """The gaps legend on lines of its own above "◀ Sales", or [] when it fits the names'
        column beside it. Stacked, there is no room beside it (it was not shown at all)."""
        text, sm = self._gaps_text(), QFontMetrics(self._fonts()[1])
        if not self._stacked() and sm.horizontalAdvance(text) <= self.label_width():
            return []
        return wrap_lines(sm, text, max(60, self.width() - 24), WHOLE)

    def _header_height(self) -> int:
        _base, small, title = self._fonts()
        heading, explain, legend = self._header_lines()
        fmh, smh = QFontMetrics(title).height(), QFontMetrics(small).height()
        height = 12 + fmh * len(heading) + (smh * len(explain) + 2) + smh + 6
        height += smh * len(self._gaps_lines())  # the gaps legend on lines of its own
        return height + (smh * len(legend) + 2 if legend else 0)

    # ----- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        base, small, title = self._fonts()
        if not self.bars:
            p.setFont(title)
            p.setPen(text)
            p.drawText(
                QRectF(self.rect()).adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            return
        width = self.width() - 24
        label_w = self.label_width()
        if self._stacked():  # names above the bars, the bars across the whole width
            left = 12.0
            half = width / 2
        else:
            left = 12 + label_w + 8
            half = (width - label_w - 8) / 2
        centre = left + half
        y = self._draw_header(p, title, small, text, left, half)
        rows_h = self.height() - y - 8
        low, high = self._row_limits()
        row_h = max(low, min(high, rows_h / len(self.bars)))
        # Sales and marketing only: other functions' shares drew no bar, and their 100%
        # shrank every bar that did.
        top_share = max([b.votes[f] for b in self.bars for f in SIDES] + [1.0])
        top_share = max(top_share, max(b.notes[f] for b in self.bars for f in SIDES))
        scale = (half - self._number_width() - 8) / top_share
        self._row_rects = []
        self.drawn_names, self.drawn_others = [], []
        for bars in self.bars:
            rect = QRectF(6, y, self.width() - 12, row_h)
            self._row_rects.append(rect)
            self._draw_row(p, bars, rect, label_w, centre, scale, (base, small), pal)
            y += row_h
        p.setPen(text)
        block = self._label_block()
        if block:  # stacked: the line runs through the bars only, not the names above them
            for rect in self._row_rects:
                p.drawLine(QPointF(centre, rect.top() + block), QPointF(centre, rect.bottom()))
        else:
            p.drawLine(QPointF(centre, self._header_height() - 4), QPointF(centre, y))

    def _draw_header(self, p, title, small, text, left, half) -> float:
        heading, explain, legend = self._header_lines()
        p.setFont(title)
        p.setPen(text)
        fm = QFontMetrics(title)
        y = 8.0
        for line in heading:
            p.drawText(QPointF(12, y + fm.ascent()), line)
            y += fm.height()
        y += 4
        p.setFont(small)
        sm = QFontMetrics(small)
        for line in explain:
            p.drawText(QPointF(12, y + sm.ascent()), line)
            y += sm.height()
        y += 2
        if legend:
            p.setPen(self._other_text())
            for line in legend:
                p.drawText(QPointF(12, y + sm.ascent()), line)
                y += sm.height()
            y += 2
        p.setPen(text)
        own_lines = self._gaps_lines()
        for line in own_lines or [self._gaps_text()]:  # else beside "◀ Sales", in the column
            p.drawText(QPointF(12, y + sm.ascent()), line)
            y += sm.height() if own_lines else 0
        for colour, name, x, align in (
            (SALES_COLOUR, f"◀ {self.words('chart_sales')}", left, Qt.AlignmentFlag.AlignLeft),
            (
                MARKETING_COLOUR,
                f"{self.words('chart_marketing')} ▶",
                left + half,
                Qt.AlignmentFlag.AlignRight,
            ),
        ):
            box = QRectF(x, y, half, sm.height())
            p.setPen(colour.darker(115) if self._light() else colour.lighter(125))
            p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, name)
        return y + sm.height() + 6

    def _light(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() > 128

    def _other_text(self) -> QColor:
        return OTHER_COLOUR.darker(140) if self._light() else OTHER_COLOUR.lighter(140)

    def _draw_row(self, p, bars: ThemeBars, rect: QRectF, label_w, centre, scale, fonts, pal):
        base, small = fonts
        text = pal.color(QPalette.ColorRole.Text)
        if bars.highlighted:
            shade = QColor(pal.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(45)
            p.fillRect(rect.adjusted(0, 2, 0, -2), shade)
        fm, sm = QFontMetrics(base), QFontMetrics(small)
        stacked = self._label_block()
        room = int((rect.height() - 6 - (sm.height() if bars.highlighted else 0)) / fm.height())
        most = self._name_lines() if stacked else max(1, min(3, room))
        lines = wrap_lines(fm, bars.label, int(label_w), most)
        block = fm.height() * len(lines) + (sm.height() if bars.highlighted else 0)
        y = rect.top() + 2 if stacked else rect.top() + (rect.height() - block) / 2
        p.setFont(base)
        p.setPen(text)
        for line in lines:
            p.drawText(QPointF(12, y + fm.ascent()), line)
            y += fm.height()
        self.drawn_names.append(lines)
        if bars.highlighted:
            p.setFont(small)
            tag = gap_tag(bars, self.basis, self.words)
            tag = sm.elidedText(tag, Qt.TextElideMode.ElideRight, int(label_w))
            p.drawText(QPointF(12, y + sm.ascent()), tag)
        other_h = sm.height() if self.has_other else 0
        bar_h = (rect.height() - stacked - 10 - other_h) / (2 if self.has_votes else 1)
        y = rect.top() + stacked + 5
        series = [(bars.votes, 255), (bars.notes, 90)] if self.has_votes else [(bars.notes, 200)]
        p.setFont(small)
        for shares, alpha in series:
            for f, colour in (("sales", SALES_COLOUR), ("marketing", MARKETING_COLOUR)):
                length = shares[f] * scale
                fill = QColor(colour)
                fill.setAlpha(alpha)
                sign = -1 if f == "sales" else 1
                box = QRectF(centre, y + 1, sign * length, bar_h - 2).normalized()
                p.fillRect(box, fill)
                p.setPen(text)
                tx = centre + sign * (length + 4)
                wide = self._number_width()
                num = QRectF(tx - (wide if sign < 0 else 0), y, wide, bar_h)
                align = Qt.AlignmentFlag.AlignRight if sign < 0 else Qt.AlignmentFlag.AlignLeft
                p.drawText(
                    num, align | Qt.AlignmentFlag.AlignVCenter, f"{whole_points(shares[f])}%"
                )
            y += bar_h
        if self.has_other:
            # Stacked, the grey counts take the row's width ("other: 2 dot…" beside the line).
            left = 12 if stacked else centre + 4
            strip = QRectF(left, y, rect.right() - left - 8, other_h)
            self._draw_other(p, bars, strip)

    def _draw_other(self, p, bars: ThemeBars, strip: QRectF) -> None:
        """Other functions' dots and notes on this theme, counted in grey text (nothing when
        it has none): a count, not a share, and no bar to set beside sales and marketing."""
        said = other_in_words(bars, self.words)
        if not said:
            return
        p.setPen(self._other_text())
        text = QFontMetrics(p.font()).elidedText(said, ELIDE, int(strip.width()))
        self.drawn_others.append(text)
        p.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # ----- tooltips ------------------------------------------------------------------------

    def event(self, event) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == event.Type.ToolTip:
            for rect, bars in zip(self._row_rects, self.bars, strict=False):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), self.describe(bars), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    @staticmethod
    def describe(bars: ThemeBars) -> str:
        """The numbers behind one row, in words."""
        parts = [bars.label]
        whose = {"sales": "sales's", "marketing": "marketing's", "other": "other functions'"}
        for f in FUNCTIONS:
            parts.append(
                f"{f.capitalize()}: {bars.note_counts[f]} notes ({whole_points(bars.notes[f])}% of "
                f"{whose[f]}), {bars.vote_counts[f]} dots ({whole_points(bars.votes[f])}%)"
            )
        return "\n".join(parts)
