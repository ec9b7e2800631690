"""The projector wall's search for the largest type that fits (presenter.largest): the same
answer as trying every size from the largest down, with far fewer tries."""

from __future__ import annotations

from ui.windows.wall_fit import largest

SIZES = list(range(20, 9, -1))  # 20 pt down to 10 pt


def test_the_largest_fitting_size_is_found_with_few_tries():
    for limit in range(8, 23):
        tried: list[int] = []

        def fits(points: int, limit: int = limit, tried: list[int] = tried) -> bool:
            tried.append(points)
            return points <= limit

        linear = next((p for p in SIZES if p <= limit), None)
        assert largest(SIZES, fits) == linear
        # Trying every size was up to 11 plans of the whole round after each note typed.
        assert len(tried) <= 6
        if limit >= SIZES[0]:
            assert tried == [SIZES[0]]  # a round that fits at full size: one plan
        if limit < SIZES[-1]:
            assert len(tried) == 2  # too big at any size: two


def test_nothing_fits_and_no_sizes_give_none():
    assert largest(SIZES, lambda p: False) is None
    assert largest([], lambda p: True) is None
