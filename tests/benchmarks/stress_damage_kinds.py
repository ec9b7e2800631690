"""Damage as it really happens to a session file, kind by kind, and what the app does with it.

Usage: python tests/benchmarks/stress_damage_kinds.py [--all]
stress_damage.py changes random bytes. This script makes the damage people meet: a copy or
download cut short, a bad sector (one 4 KB block zeroed), the write-ahead log (-wal) left
behind by a crash or left out of a copy, or one from another session, line endings converted,
the file re-encoded as text, another file renamed to .roundtable, the file on a read-only
disk, a note whose text bytes are no longer UTF-8. Each file is opened for writing as a
double-click does (and read-only where that is refused as write-protected), read whole
(minutes exported), and, when refused as damaged, rescued into a copy.

Prints a line a file: how it ended (opens and works, with how many notes of the session's
are there; refused, with the words; rescued, notes of total; UNEXPLAINED, with the
traceback), then the cost of the check at opening on a session of 2,000 notes. A session
opening with fewer notes than it had, and nothing said, is marked SILENT LOSS. --all prints
every case of a group whose outcomes are the same (by default one line a group and outcome).
Never fails on the numbers. The read-only disk needs root (a read-only bind mount); without
it that case is skipped.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_export import build
from stress_damage import NOTES, session

from roundtable.export import export_minutes
from roundtable.store import DamagedSessionError, NotWritableError, SessionFileError, Store
from roundtable.store.contents import first_unreadable
from roundtable.store.rescue import rescue

CRASH_NOTES = 5  # notes typed after the last checkpoint, in the -wal only


@dataclass
class Case:
    group: str
    name: str
    path: Path
    notes: int  # notes the session had (what a person expects to find)
    writable: bool = True


@dataclass
class Outcome:
    kind: str  # "opens and works" / "refused" / "rescued" / "UNEXPLAINED"
    words: str = ""
    notes: int | None = None  # notes seen when it opened, or rescued


def opened(path: Path, writable: bool, folder: Path) -> tuple[int, str]:
    with Store.open(path, read_only=not writable) as store:
        export_minutes(store.snapshot(), "md", folder / "minutes.md")
        store.phone_vote(), store.phone_ballots(), store.events()
        seen = len(store.notes())
        said = store.read_only_reason or ""
        news = [said] + [getattr(store, k, "") or "" for k in ("left_open_text", "unreadable_text")]
        said = " ".join(x for x in news if x)
        if not store.read_only:
            store.add_note(store.rounds()[1].id, "Written after", function="other")
    return seen, said


def outcome(case: Case, folder: Path) -> Outcome:
    try:
        try:
            seen, said = opened(case.path, case.writable, folder)
        except NotWritableError as exc:
            seen, said = opened(case.path, False, folder)
            said = f"{exc} -> read-only: {said}"
        kind = "opens and works"
        if seen < case.notes and not said:
            kind = "SILENT LOSS: opens and works"
        return Outcome(kind, said, seen)
    except DamagedSessionError as exc:
        words = str(exc)
    except SessionFileError as exc:
        return Outcome(f"refused ({type(exc).__name__})", str(exc))
    except Exception:
        return Outcome("UNEXPLAINED at opening", traceback.format_exc(limit=3))
    copy = case.path.with_name(case.path.stem + "-rescued.roundtable")
    try:
        result = rescue(case.path, copy)
        with Store.open(copy) as kept:
            n = len(kept.notes())
            export_minutes(kept.snapshot(), "md", folder / "minutes.md")
        return Outcome("refused, rescued", f"{words} || {result.summary()}", n)
    except SessionFileError as exc:
        return Outcome("refused, rescue refused", f"{words} || {exc}")
    except Exception:
        return Outcome("refused, UNEXPLAINED in rescue", words + traceback.format_exc(limit=3))


# ----- the kinds of damage ---------------------------------------------------------------


def cut_short(good: Path, folder: Path) -> list[Case]:
    raw = good.read_bytes()
    n = len(raw)
    lengths = [0, 16, 100, 1000, 4096, 4096 + 1000, 3 * 4096, n // 2, n // 2 + 700]
    lengths += [n - 4096, n - 1000, n - 1]
    cases = []
    for length in lengths:
        path = folder / f"cut-{length}.roundtable"
        path.write_bytes(raw[:length])
        cases.append(Case("cut short", f"{length:,} of {n:,} bytes", path, NOTES))
    return cases


def bad_sector(good: Path, folder: Path) -> list[Case]:
    raw = good.read_bytes()
    cases = []
    for block in range(len(raw) // 4096):
        data = bytearray(raw)
        data[block * 4096 : (block + 1) * 4096] = bytes(4096)
        path = folder / f"zero-{block}.roundtable"
        path.write_bytes(bytes(data))
        cases.append(Case("4 KB zeroed", f"block {block}", path, NOTES, writable=block % 2 == 0))
    return cases


def crashed(folder: Path, name: str, extra: str) -> Path:
    """A session whose app stopped (a crash) with CRASH_NOTES notes in its -wal only: the
    files as the crash left them, copied while the store was open."""
    live = folder / "live" / name
    live.parent.mkdir(exist_ok=True)
    session(live)
    store = Store.open(live)
    for i in range(CRASH_NOTES):
        text = f"{extra} typed before the crash {i}"
        store.add_note(store.rounds()[1].id, text, function="sales")
    image = folder / "crash" / name
    image.parent.mkdir(exist_ok=True)
    for end in ("", "-wal", "-shm"):
        shutil.copyfile(live.with_name(live.name + end), image.with_name(image.name + end))
    store.close()
    return image


def log_kinds(folder: Path) -> list[Case]:
    image = crashed(folder, "crash.roundtable", "A")
    cases = []
    both = folder / "crash-both.roundtable"
    for end in ("", "-wal", "-shm"):
        shutil.copyfile(image.with_name(image.name + end), both.with_name(both.name + end))
    cases.append(Case("-wal", "left by a crash, beside the file", both, NOTES + CRASH_NOTES))
    alone = folder / "crash-mailed.roundtable"
    shutil.copyfile(image, alone)
    cases.append(Case("-wal", "main file copied without it", alone, NOTES + CRASH_NOTES))
    other = crashed(folder, "other.roundtable", "B")
    foreign = folder / "foreign-log.roundtable"
    shutil.copyfile(folder / "crash-mailed.roundtable", foreign)
    shutil.copyfile(other.with_name(other.name + "-wal"), foreign.with_name(foreign.name + "-wal"))
    cases.append(Case("-wal", "another session's -wal beside it", foreign, NOTES))
    foreign_ro = folder / "foreign-log-ro.roundtable"
    shutil.copyfile(foreign, foreign_ro)
    shutil.copyfile(
        other.with_name(other.name + "-wal"), foreign_ro.with_name(foreign_ro.name + "-wal")
    )
    cases.append(
        Case("-wal", "another session's -wal, read-only", foreign_ro, NOTES, writable=False)
    )
    return cases


def as_text(good: Path, folder: Path) -> list[Case]:
    raw = good.read_bytes()
    made = {
        "\\n to \\r\\n": raw.replace(b"\n", b"\r\n"),
        "\\r\\n back to \\n": raw.replace(b"\r\n", b"\n"),
        "latin-1 read, UTF-8 written": raw.decode("latin-1").encode("utf-8"),
        "UTF-8 read with \ufffd, written": raw.decode("utf-8", "replace").encode("utf-8"),
        "NUL bytes dropped": raw.replace(b"\x00", b""),
    }
    cases = []
    for i, (name, data) in enumerate(made.items()):
        path = folder / f"text-{i}.roundtable"
        path.write_bytes(data)
        cases.append(Case("as text", name, path, NOTES))
    return cases


def other_files(folder: Path) -> list[Case]:
    cases = []
    docx = folder / "minutes-docx.roundtable"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    cases.append(Case("other file", "a .docx renamed", docx, 0))
    csv = folder / "notes-csv.roundtable"
    csv.write_text("text,function\nLeads go cold,sales\n", encoding="utf-8")
    cases.append(Case("other file", "a CSV renamed", csv, 0))
    empty = folder / "empty-db.roundtable"
    conn = sqlite3.connect(empty)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    cases.append(Case("other file", "an empty SQLite database", empty, 0))
    app = folder / "other-app.roundtable"
    conn = sqlite3.connect(app)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('groceries')")
    conn.commit()
    conn.close()
    cases.append(Case("other file", "another app's SQLite (a notes table)", app, 0))
    walapp = folder / "other-app-wal.roundtable"
    conn = sqlite3.connect(walapp)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    cases.append(Case("other file", "another app's SQLite in WAL mode", walapp, 0))
    return cases


def read_only_disk(good: Path, folder: Path) -> tuple[list[Case], Callable[[], None]]:
    src, mnt = folder / "stick-src", folder / "stick"
    src.mkdir()
    mnt.mkdir()
    shutil.copyfile(good, src / "on-stick.roundtable")
    shutil.copyfile(good, src / "on-stick-ro.roundtable")
    crash = folder / "crash"  # a crash image: file and -wal on the stick
    for end in ("", "-wal", "-shm"):
        shutil.copyfile(crash / f"crash.roundtable{end}", src / f"crashed-on-stick.roundtable{end}")
    for end in ("", "-wal"):  # copied to the stick without its -shm
        shutil.copyfile(crash / f"crash.roundtable{end}", src / f"no-shm-on-stick.roundtable{end}")
    ok = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True).returncode
    if ok != 0:
        print("(read-only disk skipped: cannot mount)")
        return [], lambda: None
    subprocess.run(["mount", "-o", "remount,ro,bind", str(mnt)], check=True)
    cases = [
        Case("read-only disk", "opened for writing", mnt / "on-stick.roundtable", NOTES),
        Case("read-only disk", "opened read-only", mnt / "on-stick-ro.roundtable", NOTES, False),
        Case(
            "read-only disk",
            "with a crash's -wal, for writing",
            mnt / "crashed-on-stick.roundtable",
            NOTES + CRASH_NOTES,
        ),
        Case(
            "read-only disk",
            "with a crash's -wal, no -shm, read-only",
            mnt / "no-shm-on-stick.roundtable",
            NOTES + CRASH_NOTES,
            False,
        ),
    ]
    return cases, lambda: subprocess.run(["umount", str(mnt)], check=False)


def bad_text(good: Path, folder: Path) -> list[Case]:
    """Notes whose text bytes are no longer UTF-8 (two bytes of their "é" changed on disk),
    in the notes table only: the journal keeps the text as typed."""
    cases = []
    for name, ids in (("one note", [7]), ("three notes", [3, 20, 33])):
        path = folder / f"bad-text-{len(ids)}.roundtable"
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path, isolation_level=None)
        for i in ids:
            text = f"Note {i}: pipeline reviews with both teams ".encode() + b"\xff\xfe"
            conn.execute(
                "UPDATE notes SET text = CAST(? AS TEXT) WHERE text LIKE ?",
                [text, f"Note {i}: %"],
            )
        conn.close()
        cases.append(Case("not UTF-8", name, path, NOTES))
    return cases


def main() -> None:
    every = "--all" in sys.argv
    folder = Path(tempfile.mkdtemp())
    good = folder / "good.roundtable"
    session(good)
    cases = cut_short(good, folder) + bad_sector(good, folder) + log_kinds(folder)
    cases += as_text(good, folder) + other_files(folder) + bad_text(good, folder)
    ro, unmount = read_only_disk(good, folder)
    cases += ro
    try:
        last = None
        for case in cases:
            out = outcome(case, folder)
            plain = out.words.replace(str(case.path.parent), "…")
            key = (case.group, out.kind, plain.replace(case.path.stem, "FILE")[:300])
            notes = "" if out.notes is None else f" [{out.notes} of {case.notes} notes]"
            if every or key != last or "UNEXPLAINED" in out.kind or "SILENT" in out.kind:
                words = out.words.replace("\n", " | ").replace(str(folder), "…")
                print(f"{case.group} | {case.name} | {out.kind}{notes} | {words[:600]}")
            else:
                print(f"{case.group} | {case.name} | (as above){notes}")
            last = key
    finally:
        unmount()

    big = folder / "big.roundtable"
    build(big)
    with Store.open(big, read_only=True) as store:
        for named, garbled in (("rows only", None), ("and unreadable characters", [])):
            times = []
            for _ in range(7):
                t0 = time.perf_counter()
                assert first_unreadable(store.db.conn, garbled) is None
                times.append(time.perf_counter() - t0)
            print(f"row check at opening ({named}), 2,000 notes: best {min(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
