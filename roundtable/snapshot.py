"""A whole session as plain, immutable data, for work that runs off the UI thread.

The store's connection belongs to the thread that opened it, so exporters and the theme
engine never get the store: they get a `SessionSnapshot`, taken on the store's thread in
one read transaction, which they can read from any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from roundtable.model import (
    FUNCTIONS,
    Action,
    Function,
    Note,
    Participant,
    Round,
    SessionInfo,
    Theme,
    Vote,
)


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything in a session file that a reader of the minutes could see.

    Deleted notes, themes and actions are left out. Notes are in order of entry.
    """

    path: Path
    session: SessionInfo
    participants: tuple[Participant, ...]
    rounds: tuple[Round, ...]
    notes: tuple[Note, ...]
    themes: tuple[Theme, ...]
    votes: tuple[Vote, ...]
    actions: tuple[Action, ...]
    # Rounds whose dots include a closed vote from phones (dots given privately: in an
    # anonymous session a side of one person must not be counted apart in them).
    phone_voted_rounds: frozenset[int] = frozenset()
    _participants_by_id: dict[int, Participant] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        self._participants_by_id.update({p.id: p for p in self.participants})

    def participant(self, participant_id: int | None) -> Participant | None:
        return self._participants_by_id.get(participant_id) if participant_id else None

    def notes_of_round(self, round_id: int) -> list[Note]:
        return [n for n in self.notes if n.round_id == round_id]

    def themes_of_round(self, round_id: int) -> list[Theme]:
        return [t for t in self.themes if t.round_id == round_id]

    def notes_of_theme(self, theme_id: int) -> list[Note]:
        return [n for n in self.notes if n.theme_id == theme_id]

    def theme_votes(self, theme_id: int) -> dict[Function, int]:
        counts: dict[Function, int] = dict.fromkeys(FUNCTIONS, 0)
        for v in self.votes:
            if v.theme_id == theme_id:
                counts[v.function] += v.count
        return counts

    def total_votes(self, theme_id: int) -> int:
        return sum(self.theme_votes(theme_id).values())

    def themes_by_votes(self, round_id: int | None = None) -> list[Theme]:
        """Themes with the most votes first; ties keep board order."""
        themes: Sequence[Theme] = (
            self.themes if round_id is None else self.themes_of_round(round_id)
        )
        return sorted(themes, key=lambda t: -self.total_votes(t.id))
