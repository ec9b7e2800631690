"""A round's title has the limit a session's has (MAX_TITLE_CHARS), wherever it comes from:
a template, the round dialog, the command line. One of 700 characters filled the agenda,
the line under it and the window's top."""

from __future__ import annotations

import pytest

from roundtable.model import MAX_TITLE_CHARS, InvalidInput
from roundtable.store import Store
from roundtable.templates import get_template


def test_a_round_title_over_the_limit_is_refused_and_one_at_it_is_kept(tmp_path):
    with Store.create(tmp_path / "s.roundtable", title="Limits") as store:
        with pytest.raises(InvalidInput) as err:
            store.add_round("T" * (MAX_TITLE_CHARS + 1), "What?", 600)
        assert str(err.value) == (
            f"A round's title can be at most {MAX_TITLE_CHARS} characters; this one has"
            f" {MAX_TITLE_CHARS + 1}."
        )
        assert store.rounds() == []
        kept = store.add_round("T" * MAX_TITLE_CHARS, "What?", 600)
        with pytest.raises(InvalidInput, match="at most 200 characters; this one has 230"):
            store.update_round(kept.id, title="U" * 230)
        assert store.round(kept.id).title == "T" * MAX_TITLE_CHARS


def test_a_long_title_kept_from_before_the_limit_stands_in_no_ones_way(tmp_path):
    # A file from an older version may hold a longer round title: its question can still be
    # changed, and an undo (restoring) or a removed round put back keeps it as it was.
    path = tmp_path / "old.roundtable"
    with Store.create(path, title="Old", template=get_template("campaign-preview")) as store:
        rid = store.rounds()[0].id
        store.db.execute("UPDATE rounds SET title = ? WHERE id = ?", ["Old " * 99 + "Old", rid])
        long_title = store.round(rid).title
        store.update_round(rid, prompt="A new question?", title=long_title)
        store.update_round(rid, title="Short")
        store.update_round(rid, title=long_title, restoring=True)
        assert store.round(rid).title == long_title
        old = store.round(rid)
        store.remove_round(rid)
        back = store.add_round(old.title, old.prompt, old.timebox_s, round_id=old.id)
        assert back.title == long_title
