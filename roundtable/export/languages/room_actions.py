"""The wall's words while it lists the session's commitments (ui/windows/wall_actions.py),
in English, German, French and Spanish ("room." keys). Kept apart from room.py, which is
full; joined into the same catalogues. The owner and date line reuses the minutes' own
words ("due_on", "no_owner"), so the wall reads as the minutes do.
"""

# ruff: noqa: RUF001  (French and Spanish punctuation)

EN: dict[str, str] = {
    "room.commitments": "Commitments",
    "room.no_commitments": "No commitments yet",
}

DE: dict[str, str] = {
    "room.commitments": "Zusagen",
    "room.no_commitments": "Noch keine Zusagen",
}

FR: dict[str, str] = {
    "room.commitments": "Engagements",
    "room.no_commitments": "Aucun engagement pour l’instant",
}

ES: dict[str, str] = {
    "room.commitments": "Compromisos",
    "room.no_commitments": "Todavía no hay compromisos",
}
