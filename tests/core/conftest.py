"""Fixtures for core tests: fresh session files in tmp_path, and private user folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roundtable.store import Store
from roundtable.templates import get_template


@pytest.fixture(params=["semantic", "lexical"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with the sentence model and again with the TF-IDF fallback (the core's
    CI environment has no model: a test that only ran with it passed here and failed there)."""
    from roundtable.clustering import embed

    if request.param == "semantic":
        if not embed.semantic_available():
            pytest.skip("sentence model files not installed")
    else:
        monkeypatch.setattr(embed, "semantic_available", lambda: False)
        monkeypatch.setattr(embed, "load_model", lambda: None)
    return str(request.param)


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(home / "templates"))


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "session.roundtable"


@pytest.fixture
def store(session_path: Path, clock) -> Iterator[Store]:
    """A fresh session from the default template, closed after the test."""
    s = Store.create(
        session_path,
        title="Q4 sales and marketing roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    )
    yield s
    s.close()
