"""Minutes show dates and times as the room saw them, wherever they are exported."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.templates import get_template

# 09:30 on 5 December 2026 in Tokyo (UTC+9): 19:30 the day before in New York.
TOKYO_MORNING = datetime(2026, 12, 5, 0, 30, tzinfo=UTC).timestamp()


@pytest.fixture
def time_zone() -> Iterator[Callable[[str], None]]:
    """Set the process's time zone (TZ and tzset), put back as it was afterwards."""
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def tokyo_session(path: Path, set_zone: Callable[[str], None]) -> None:
    set_zone("Asia/Tokyo")
    now = [TOKYO_MORNING]
    template = get_template("sales-marketing-roundtable")
    with Store.create(path, title="APAC", template=template, clock=lambda: now[0]) as store:
        rnd = store.round_at(2)
        store.start_round(rnd.id)
        now[0] += 15 * 60
        store.add_note(rnd.id, "Shared dashboard every Monday", function="sales")
        now[0] += 30 * 60
        store.finish_round(rnd.id)


def test_minutes_keep_the_rooms_time_when_exported_elsewhere(
    tmp_path: Path, time_zone: Callable[[str], None]
) -> None:
    path = tmp_path / "apac.roundtable"
    tokyo_session(path, time_zone)
    time_zone("America/New_York")
    with Store.open(path, read_only=True) as store:
        snap = store.snapshot()

    doc = docx.Document(str(export_minutes(snap, "docx", tmp_path / "m.docx")))
    lines = [p.text for p in doc.paragraphs]
    assert "Date: 5 December 2026" in lines
    assert "Duration: 09:30–10:15 (45 min)" in lines
    assert any(line.startswith("09:45  R2\tShared dashboard") for line in lines)

    md = export_minutes(snap, "md", tmp_path / "m.md").read_text("utf-8")
    assert "- **Date:** 5 December 2026" in md and "09:30–10:15" in md
    assert "- 09:45 · R2 · Shared dashboard every Monday" in md.splitlines()

    raw = export_minutes(snap, "csv", tmp_path / "m.csv").read_text("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(raw))
    # The room's local time, as a spreadsheet reads a date and time (the ISO "T" and offset
    # stayed text in Excel).
    assert row["created"] == "2026-12-05 09:45:00"


def test_files_without_a_recorded_offset_use_this_computers_zone(
    tmp_path: Path, time_zone: Callable[[str], None]
) -> None:
    path = tmp_path / "old.roundtable"
    tokyo_session(path, time_zone)
    with Store.open(path) as store:  # as a file made before the offset was recorded
        store.db.execute("UPDATE events SET payload_json = '{}' WHERE kind = 'session_created'")
    time_zone("America/New_York")
    with Store.open(path, read_only=True) as store:
        snap = store.snapshot()
    doc = docx.Document(str(export_minutes(snap, "docx", tmp_path / "m.docx")))
    lines = [p.text for p in doc.paragraphs]
    assert "Date: 4 December 2026" in lines
    assert "Duration: 19:30–20:15 (45 min)" in lines
