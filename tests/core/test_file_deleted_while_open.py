"""A session whose file is deleted or replaced while it is open loses nothing."""

from __future__ import annotations

import os
from pathlib import Path

from roundtable.store import Store
from roundtable.templates import get_template


def _notes(path: Path) -> list[str]:
    with Store.open(path) as reopened:
        return [n.text for r in reopened.rounds() for n in reopened.notes(r.id)]


def test_a_deleted_session_file_is_written_back_with_every_later_note(
    store: Store, session_path: Path
) -> None:
    rid = store.rounds()[0].id
    store.add_note(rid, "Joint pipeline review on Mondays")
    assert store.keep_on_disk() is None  # the file is where it was: nothing to say
    session_path.unlink()
    store.add_note(rid, "Shared lead definition signed by both VPs")
    said = store.keep_on_disk()
    assert said is not None and "deleted while open" in said and str(session_path) in said
    assert session_path.exists()
    store.add_note(rid, "Marketing joins the Friday deal desk")
    assert store.keep_on_disk() is None  # said once; the copy is kept up to date quietly
    store.close()
    assert _notes(session_path) == [
        "Joint pipeline review on Mondays",
        "Shared lead definition signed by both VPs",
        "Marketing joins the Friday deal desk",
    ]


def test_a_replaced_session_file_is_kept_and_the_open_session_goes_beside_it(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    rid = store.rounds()[0].id
    store.add_note(rid, "Win/loss calls with both teams")
    other = tmp_path / "other.roundtable"
    template = get_template("sales-marketing-roundtable")
    with Store.create(other, title="Someone else's session", template=template) as elsewhere:
        elsewhere.add_note(elsewhere.rounds()[0].id, "Not ours")
    os.replace(other, session_path)  # a sync tool put another version in its place
    said = store.keep_on_disk()
    copy = tmp_path / "session (open copy).roundtable"
    assert said is not None and str(copy) in said and "another file now has its name" in said
    store.close()
    assert _notes(copy) == ["Win/loss calls with both teams"]
    assert _notes(session_path) == ["Not ours"]  # the file put there is left as it is


def test_a_session_file_renamed_while_open_is_named_and_both_files_keep_every_note(
    store: Store, session_path: Path
) -> None:
    # It said the file "was deleted while open" to someone who had only renamed it.
    rid = store.rounds()[0].id
    store.add_note(rid, "Joint pipeline review on Mondays")
    renamed = session_path.with_name("Q4 roundtable.roundtable")
    os.rename(session_path, renamed)
    store.add_note(rid, "Shared lead definition signed by both VPs")
    said = store.keep_on_disk()
    assert said is not None and "deleted" not in said
    assert f"renamed to {renamed.name} while open" in said and str(session_path) in said
    assert session_path.exists()
    store.add_note(rid, "Marketing joins the Friday deal desk")
    store.close()
    every = [
        "Joint pipeline review on Mondays",
        "Shared lead definition signed by both VPs",
        "Marketing joins the Friday deal desk",
    ]
    assert _notes(session_path) == every
    assert _notes(renamed) == every  # as the message says
