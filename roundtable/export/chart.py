"""The sales-versus-marketing comparison chart of a round, drawn as a PNG.

matplotlib's Agg backend draws without a display or Qt and is safe in a worker thread when
the pyplot state machine is avoided, so figures are built from `Figure` directly. The
chart is a horizontal grouped bar chart (one row per theme, a bar per function, each the
function's share of its dots or notes, as in the app), sized for
a portrait page and drawn at print resolution so Word and LibreOffice show it crisply. Its
legend and axis are in the minutes' language (the comparison's `words`).
"""

from __future__ import annotations

import contextlib
import functools
import io
import unicodedata
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from roundtable.export.comparison import Comparison
from roundtable.model import Function, whole_points

# The app's colours for the functions: ui/sensemaking/comparison.py uses the same ones (as
# QColor) in its comparison chart, so people who saw it on the projector read the minutes'
# chart the same way. Change both together; tests/core/test_export_details.py compares them.
# Amber is also clearly lighter than the blue, so the bars stay apart in greyscale print.
SALES_COLOUR = "#d99a00"
MARKETING_COLOUR = "#2b7fd0"
OTHER_COLOUR = "#8c8c8c"  # the minutes' chart compares sales and marketing only
FUNCTION_COLOURS: dict[Function, str] = {
    "sales": SALES_COLOUR,
    "marketing": MARKETING_COLOUR,
    "other": OTHER_COLOUR,
}
WIDTH_IN = 6.0
# A chart is this tall for its legend and axis, and this much more for each theme; to fit
# under its table on a page it may be drawn with less room a theme, down to the least that
# still holds a name of two lines.
BASE_IN = 0.9
PITCH_IN = 0.42
MIN_PITCH_IN = 0.3


def chart_height_in(themes: int, pitch_in: float = PITCH_IN) -> float:
    """How tall the chart of `themes` themes is, in inches at `WIDTH_IN` wide."""
    return BASE_IN + pitch_in * max(1, themes)


# Fonts for theme names in other scripts, by the names and files systems ship them under;
# matplotlib's own DejaVu Sans has no Japanese, Chinese or Arabic, and a name in those
# came out as empty boxes.
_FALLBACK_FONTS = {
    "Noto Sans CJK JP": "NotoSansCJK",
    "Droid Sans Fallback": "DroidSansFallback",
    "WenQuanYi Zen Hei": "wqy-zenhei",
    "Noto Sans Arabic": "NotoSansArabic",
    "Noto Naskh Arabic": "NotoNaskhArabic",
}


@functools.cache
def label_fonts() -> list[str]:
    """DejaVu Sans, then the fallback fonts this machine has (looked up once)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    if not names & set(_FALLBACK_FONTS):
        for path in font_manager.findSystemFonts():
            if any(stem in Path(path).name for stem in _FALLBACK_FONTS.values()):
                with contextlib.suppress(Exception):  # an unreadable font is skipped
                    font_manager.fontManager.addfont(path)
        names = {f.name for f in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in _FALLBACK_FONTS if name in names)]


# Theme names wrap onto at most this many lines of this many narrow characters (a Chinese
# or Japanese one counts two) in the left third of the chart; a longer name ends in "…".
# (Shortened to 38 characters on one line, a name of about 35 was still wider than the
# margin and lost its first letters.)
LABEL_LINES = 2
LABEL_WIDTH = 26


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(word: str, room: int) -> tuple[str, str]:
    """The longest start of `word` that fits in `room`, and the rest."""
    taken = ""
    for ch in word:
        if _width(taken + ch) > room:
            break
        taken += ch
    return taken, word[len(taken) :]


@functools.cache
def drawable() -> frozenset[int]:
    """The characters the label fonts have (looked up once)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    codes: set[int] = set()
    for name in label_fonts():
        with contextlib.suppress(Exception):  # a font that cannot be read draws nothing
            prop = font_manager.FontProperties(family=name)
            path = font_manager.findfont(prop, fallback_to_default=False)
            codes.update(FT2Font(path).get_charmap())
    return frozenset(codes)


def _drawn(label: str) -> str:
    """The name without what no label font can draw: an emoji ("🎯 Lead focus") came out as
    an empty box in the chart, and `roundtable export` printed a matplotlib warning for each.
    A name of nothing else is kept as it is."""
    have = drawable()
    kept = " ".join("".join(ch for ch in label if ord(ch) in have or ch.isspace()).split())
    return kept or label


def chart_label(label: str) -> str:
    """A theme's name as the chart shows it: wrapped, and shortened with "…" if need be."""
    label = _drawn(label)
    lines: list[str] = []
    line = ""
    words = label.split()
    while words:
        word = words.pop(0)
        joined = f"{line} {word}" if line else word
        if _width(joined) <= LABEL_WIDTH:
            line = joined
        elif line:
            lines.append(line)
            line = ""
            words.insert(0, word)
        else:  # one word wider than a line
            head, rest = _fit(word, LABEL_WIDTH)
            lines.append(head)
            words.insert(0, rest)
        if len(lines) == LABEL_LINES:
            break
    if line:
        lines.append(line)
    if words:  # what did not fit
        lines[-1] = _fit(lines[-1], LABEL_WIDTH - 1)[0].rstrip() + "…"
    return "\n".join(lines)


def comparison_figure(comparison: Comparison, max_height_in: float | None = None) -> Figure:
    """The chart of a round's comparison: per theme, each function's share of its dots (or
    notes), as the Leans column compares them; drawn shorter a theme to be `max_height_in`
    tall at most (but never shorter than `MIN_PITCH_IN` a theme)."""
    rows = comparison.rows[::-1]  # barh draws bottom-up; the leading theme belongs on top
    pitch = PITCH_IN
    if max_height_in is not None:
        room = (max_height_in - BASE_IN) / max(1, len(rows))
        pitch = max(MIN_PITCH_IN, min(PITCH_IN, room))
    height = chart_height_in(len(rows), pitch)
    fig = Figure(figsize=(WIDTH_IN, height))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    bar = 0.38
    ys = range(len(rows))
    sales = [r.sales_share for r in rows]
    marketing = [r.marketing_share for r in rows]
    w = comparison.words
    ax.barh([y + bar / 2 for y in ys], sales, bar, label=w("chart_sales"), color=SALES_COLOUR)
    ax.barh(
        [y - bar / 2 for y in ys],
        marketing,
        bar,
        label=w("chart_marketing"),
        color=MARKETING_COLOUR,
    )
    for y, s, m in zip(ys, sales, marketing, strict=True):
        ax.text(s, y + bar / 2, f" {whole_points(s)}%", va="center", fontsize=7, color="#333333")
        ax.text(m, y - bar / 2, f" {whole_points(m)}%", va="center", fontsize=7, color="#333333")
    ax.set_yticks(list(ys))
    ax.set_yticklabels(
        [chart_label(r.theme.label) for r in rows], fontsize=8, fontfamily=label_fonts()
    )
    lacking = f" ({comparison.basis.missing_in(w)})" if comparison.basis.missing else ""
    axis = "chart_axis_dots" if comparison.metric == "votes" else "chart_axis_notes"
    ax.set_xlabel(w(axis, missing=lacking), fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    ax.set_xlim(0, min(100.0, max([*sales, *marketing, 1.0])) * 1.15 + 2)
    # Whole steps (1, 2, 5 or 10 points): at 2.5-point steps the whole-number labels read
    # "0% 2% 5% 8% 10% 12% 15%", and a bar ending at 7.5% looked like 8%.
    ax.xaxis.set_major_locator(MaxNLocator(steps=[1, 2, 5, 10], integer=True))
    ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(
        fontsize=7,
        frameon=False,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=2,
    )
    # Fixed margins instead of tight_layout, which draws the whole figure a second time:
    # labels are wrapped to fit the left third, and the legend needs half an inch on top.
    fig.subplots_adjust(left=0.36, right=0.97, bottom=0.45 / height, top=1 - 0.4 / height)
    return fig


def comparison_png(
    comparison: Comparison, *, dpi: int = 160, max_height_in: float | None = None
) -> tuple[bytes, float]:
    """The round's chart as PNG bytes, and its height in inches at `WIDTH_IN` wide."""
    fig = comparison_figure(comparison, max_height_in)
    out = io.BytesIO()
    # Compression level 3 of 6: 1% larger files, a tenth of a second less for five charts.
    fig.savefig(out, format="png", dpi=dpi, pil_kwargs={"compress_level": 3})
    return out.getvalue(), float(fig.get_figheight())


@functools.cache
def warm_up() -> None:
    """Draw a tiny chart once: the first drawing loads fonts and caches that later ones reuse."""
    fig = Figure(figsize=(1.0, 1.0))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.barh([0], [1.0], color=SALES_COLOUR)
    ax.set_yticks([0])
    ax.set_yticklabels(["Theme"], fontsize=8, fontfamily=label_fonts())
    ax.text(1.0, 0, " 1%", fontsize=7)
    ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    fig.savefig(io.BytesIO(), format="png", dpi=40)
    drawable()  # the label fonts' characters, read once
