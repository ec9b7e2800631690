"""Save agenda as template from an older file with a round title longer than today's limit:
the template was written to a temporary file, read back and refused naming that file
(".mine-469m46xm.part, round 2: 'title' has 399 characters ...") and no next step."""

from __future__ import annotations

import pytest

from roundtable.store import Store
from roundtable.template_save import save_agenda
from roundtable.templates import TemplateError, get_template


def test_a_round_title_too_long_for_a_template_is_said_with_what_to_do(tmp_path):
    with Store.create(
        tmp_path / "old.roundtable", title="Old", template=get_template("campaign-preview")
    ) as store:
        rid = store.rounds()[1].id
        store.db.execute("UPDATE rounds SET title = ? WHERE id = ?", ["Old " * 99 + "Old", rid])
        with pytest.raises(TemplateError) as err:
            save_agenda(store.session(), store.rounds(), title="Mine", folder=tmp_path / "t")
    assert str(err.value) == (
        "Round 2's title has 399 characters, and a template's rounds have at most 200"
        " (it is kept from an older version): shorten it with Session > Edit round…, then"
        " save again."
    )
    assert not (tmp_path / "t").exists() or not any((tmp_path / "t").iterdir())
