"""bench_export.py with "" as its folder (to give the repeats: `bench_export.py "" 5`)
wrote its session and three sets of minutes into the folder it was run from: Path("") is
the current folder. An empty folder argument now means a new temporary folder, as no
argument does, and the benchmark says where it writes."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_export.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_export_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_empty_folder_argument_writes_to_a_temporary_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = _bench().output_folder("")
    assert folder.resolve() != tmp_path.resolve()
    assert folder.is_dir() and not any(folder.iterdir())
    assert folder.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert f"Writing to {folder}" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_a_folder_given_is_used(tmp_path, capsys):
    assert _bench().output_folder(str(tmp_path)) == tmp_path
    assert f"Writing to {tmp_path}" in capsys.readouterr().out
