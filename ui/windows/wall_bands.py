"""How a themed round's columns (wall.py) are shared out across the wall's width, band by band.

Each theme first takes as many columns as it needs to stand within the wall's height, and
short neighbours share a column (`stack_short`). The themes then go into bands, in order, and the
columns a band has left over widen its tallest themes. Before, a band took themes until the
next did not fit and left the rest of its width empty: at 1024x768, six themes of fifteen
notes each took three of the wall's five columns, one theme a band, two columns empty beside
every theme, and the wall scrolled through six bands of five cards. Now `bands` picks, of the
ways to cut the themes into bands, the one with the least height in all, each band's spare
columns given to its tallest theme while that makes the band shorter.
"""

from __future__ import annotations

from collections.abc import Callable

# A theme on the wall: its header's row, its columns of card rows, its header's height.
Shape = tuple[int, list[list[int]], int]
# Themes standing one under the other in one column, or a theme alone in its columns.
Stack = list[Shape]


def slots(stack: Stack) -> int:
    """How many columns a stack of themes takes: a theme's own, or one for themes stacked."""
    return max(1, len(stack[0][1])) if len(stack) == 1 else 1


def stack_short(
    shapes: list[Shape], columns: int, height: int, tall: Callable[[Shape], int]
) -> list[Stack]:
    """The themes in order, neighbours of one column each put one under the other (the
    two shortest together first) until they take no more than `columns` columns, as long
    as a stack stays within `height` (`tall` measures a theme)."""
    stacks = [[shape] for shape in shapes]
    while sum(slots(s) for s in stacks) > columns:
        pairs = [
            (sum(tall(shape) for shape in stacks[i] + stacks[i + 1]), i)
            for i in range(len(stacks) - 1)
            if all(len(shape[1]) <= 1 for shape in stacks[i] + stacks[i + 1])
        ]
        fitting = [pair for pair in pairs if pair[0] <= height]
        if not fitting:
            break  # a band more below
        _height, i = min(fitting)
        stacks[i : i + 2] = [stacks[i] + stacks[i + 1]]
    return stacks


def split(rows: list[int], heights: list[int], k: int) -> list[list[int]]:
    """Rows in order into at most k columns of about equal height (a column is never
    empty; fewer columns when there are fewer rows)."""
    if not rows:
        return [[]]
    k = max(1, min(k, len(rows)))
    target = sum(heights) / k
    columns: list[list[int]] = [[]]
    filled = 0
    for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
        left = len(rows) - i  # rows not placed yet, this one included
        open_columns = k - len(columns)
        if columns[-1] and open_columns > 0 and (filled + h / 2 > target or left <= open_columns):
            columns.append([])
            filled = 0
        columns[-1].append(row)
        filled += h
    return columns


class Measure:
    """What `bands` needs of the plan (wall.py): a theme in `k` columns (`widen`, None when it
    cannot take `k`), and the height of a column of cards (`column`)."""

    def __init__(
        self,
        widen: Callable[[Shape, int], Shape | None],
        column: Callable[[list[int]], int],
    ) -> None:
        self._widen = widen
        self.column = column
        # Each stack's body and each theme's wider shapes, by its headers' rows and columns:
        # a band is measured again for every way of cutting the themes that holds it.
        self._bodies: dict[tuple, int] = {}
        self._wider: dict[tuple[int, int], Shape | None] = {}

    def widen(self, shape: Shape, k: int) -> Shape | None:
        key = (shape[0], k)
        if key not in self._wider:
            self._wider[key] = self._widen(shape, k)
        return self._wider[key]

    def body(self, s: Stack) -> int:
        """A stack's height under its first header: its tallest column, then each theme
        stacked under it, header and cards."""
        key = tuple((head, len(cols)) for head, cols, _top in s)
        known = self._bodies.get(key)
        if known is None:
            first = max((self.column(c) for c in s[0][1]), default=0)
            rest = sum(
                top + max((self.column(c) for c in cols), default=0) for _h, cols, top in s[1:]
            )
            known = self._bodies[key] = first + rest
        return known

    def band_height(self, band: list[Stack]) -> int:
        """The band's height as wall.py places it: its headers end on one line."""
        return max(s[0][2] for s in band) + max(self.body(s) for s in band)


def bands(stacks: list[Stack], per_band: int, measure: Measure) -> list[list[Stack]]:
    """The stacks in order, cut into bands of at most `per_band` columns with the least
    height in all (fewer bands on a tie), each band's spare columns given out (`_fill`)."""
    n = len(stacks)
    # best[i]: (height, bands, the bands) of stacks[i:] at their best
    best: list[tuple[int, int, list[list[Stack]]]] = [(0, 0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        choice: tuple[int, int, list[list[Stack]]] | None = None
        used = 0
        for j in range(i, n):
            used += slots(stacks[j])
            if used > per_band and j > i:
                break
            band, height = _fill(stacks[i : j + 1], per_band - used, measure)
            after = best[j + 1]
            got = (height + after[0], 1 + after[1], [band, *after[2]])
            if choice is None or got[:2] < choice[:2]:
                choice = got
        assert choice is not None
        best[i] = choice
    return best[0][2]


def _fill(band: list[Stack], spare: int, measure: Measure) -> tuple[list[Stack], int]:
    """The band with its `spare` columns given, one at a time, to its tallest theme while
    it stands alone and has more cards than columns; kept as far as it made the band
    shortest (a column that shortens nothing stays free). Returns the band and its height."""
    band = list(band)
    height = measure.band_height(band)
    kept = (list(band), height)
    for _ in range(max(0, spare)):
        tallest = max(range(len(band)), key=lambda k: measure.body(band[k]))
        s = band[tallest]
        wider = measure.widen(s[0], len(s[0][1]) + 1) if len(s) == 1 else None
        if wider is None:
            break
        band[tallest] = [wider]
        height = measure.band_height(band)
        if height < kept[1]:
            kept = (list(band), height)
    return kept
