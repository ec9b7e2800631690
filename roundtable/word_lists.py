"""A list said in a sentence: "A", "A and B", "A, B and C", or, past `shown` items, "A, B and
3 more". The roster's messages, the line under the roster box and the paste messages say
their lists so."""

from __future__ import annotations

from collections.abc import Sequence


def listed(items: Sequence[str], shown: int | None = None) -> str:
    """`items` in words, the first `shown` of them named (all when None)."""
    named = list(items if shown is None else items[:shown])
    rest = len(items) - len(named)
    if rest:
        return f"{', '.join(named)} and {rest} more"
    if len(named) <= 1:
        return "".join(named)
    return f"{', '.join(named[:-1])} and {named[-1]}"
