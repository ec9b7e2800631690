"""Note vectors: the sentence vectors theme suggestion computes, kept with their notes.

Mixed into `Store`. They are not journaled and not announced: they can be computed again,
so a read-only file or a full disk simply keeps none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import sqlite_utils


class VectorsMixin:
    """Note vector methods of `Store`."""

    db: sqlite_utils.Database
    read_only_reason: str | None

    # ----- note vectors (for theme suggestion) ----------------------------------------------

    def set_note_vectors(self, model: str, vectors: dict[int, bytes]) -> bool:
        """Keep embedding vectors with their notes; not journaled (they can be recomputed).

        Returns whether they were kept. A full or locked disk keeps nothing and raises
        nothing: they are a head start for suggestions, not data (the background save was
        the first thing to hit a full disk, and its traceback took the keys being typed).
        """
        if self.read_only_reason is not None:
            return False  # a read-only file simply recomputes them next time
        try:
            with self.db.atomic():
                for nid, blob in vectors.items():
                    self.db.execute(
                        "INSERT OR REPLACE INTO note_vectors (note_id, model, vector)"
                        " VALUES (?, ?, ?)",
                        [nid, model, blob],
                    )
        except sqlite3.OperationalError:
            return False
        return True

    def note_vectors(self, model: str, note_ids: Iterable[int] | None = None) -> dict[int, bytes]:
        found = {
            nid: blob
            for nid, blob in self.db.execute(
                "SELECT note_id, vector FROM note_vectors WHERE model = ?", [model]
            )
        }
        if note_ids is None:
            return found
        return {n: found[n] for n in note_ids if n in found}
