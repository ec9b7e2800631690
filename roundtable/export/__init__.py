"""Minutes of a session as Word, Markdown or CSV, written safely from a snapshot.

`export_minutes(snapshot, fmt, out_path, language=...)` works from a `SessionSnapshot` (never the
store), so the app can run it in a worker thread. It writes to a temporary file in the
target folder and renames it into place only when the file is complete, so a full disk, a
crash or a cancel never leaves a half-written file behind. Problems a user can cause (a
folder that is not writable, a full disk, a file open in Word) raise `ExportError` with a
message that says what to do.

Word and Markdown minutes are written in English, German, French or Spanish (their fixed
words: headings, dates, counts; never the notes): the language asked for, else the one most
of the notes are written in (roundtable/export/languages). CSV keeps its English column
names, which are for programs, not readers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import zipfile
from pathlib import Path
from typing import Literal

from roundtable.jobs import Job
from roundtable.part_files import flush_to_disk, new_part_file
from roundtable.snapshot import SessionSnapshot

Format = Literal["docx", "md", "csv"]
FORMATS: dict[str, str] = {"docx": "Word", "md": "Markdown", "csv": "CSV"}


class ExportError(Exception):
    """An export that could not be written; the message says why and what to do."""


def default_output(session_path: Path, fmt: str) -> Path:
    """Where minutes go by default: next to the session, `name-minutes.<fmt>`."""
    return session_path.with_name(f"{session_path.stem}-minutes.{fmt}")


def export_minutes(
    snapshot: SessionSnapshot,
    fmt: str,
    out_path: str | Path,
    *,
    docx_template: str | Path | None = None,
    job: Job | None = None,
    language: str | None = None,
) -> Path:
    """Write the minutes of `snapshot` as `fmt` ("docx", "md" or "csv") to `out_path`, in
    `language` ("en", "de", "fr", "es"; by default the language of the notes)."""
    from roundtable.export.content import build_minutes
    from roundtable.export.languages import UnknownLanguage, words

    if fmt not in FORMATS:
        raise ExportError(f"Unknown format {fmt!r}: use docx, md or csv.")
    try:
        words(language or "en")
    except UnknownLanguage as exc:
        raise ExportError(str(exc)) from exc
    out = Path(out_path)
    template = Path(docx_template) if docx_template else None
    if template is not None:
        _check_template(template)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose another place.")
    if out.is_dir():
        raise ExportError(f"{out} is a folder; choose a file name.")
    _check_not_an_input(out, template)

    def progress(done: int, total: int) -> None:
        if job is not None:
            job.progress(done, total)

    # A CSV has no words of its own to put in a language (its column names stay English).
    minutes = build_minutes(snapshot, "en" if fmt == "csv" else language)
    progress(0, 1)
    try:
        tmp = new_part_file(folder, out.name)
    except OSError as exc:
        raise ExportError(_explain(exc, out)) from exc
    try:
        if fmt == "docx":
            from roundtable.export.docx_minutes import write_docx

            write_docx(minutes, tmp, template=template, progress=progress)
        elif fmt == "md":
            from roundtable.export.markdown import write_markdown

            write_markdown(minutes, tmp)
        else:
            from roundtable.export.csv_export import write_csv

            write_csv(minutes, tmp)
        flush_to_disk(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, out)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress(1, 1)
    return out


def prepare_word_export() -> None:
    """Load what the first Word export needs (python-docx, matplotlib, the chart's fonts and
    the test of the notes' language),
    so that the export the organizer waits for does not pay for it: about half a second of
    a 2,000-note session's 2.3 s. The app calls it in a worker thread once its window shows;
    calling it again does nothing new."""
    import roundtable.export.docx_minutes  # noqa: F401  (python-docx, the lines, the chart)
    import roundtable.stopwords  # noqa: F401  (to tell the notes' language)
    from roundtable.export.chart import warm_up

    warm_up()


def _check_not_an_input(out: Path, template: Path | None) -> None:
    """Refuse to write the minutes over a session file or over the Word template in use.

    `roundtable export q4.roundtable -o q4.roundtable` (a name completed one key too far)
    replaced the session with its Word minutes and said it had written them: every note
    was gone. A session file is known by its name or by its first bytes (SQLite's).
    """
    if template is not None and out.exists() and out.samefile(template):
        raise ExportError(
            f"{out.name} is the Word template the minutes use; choose another name for them."
        )
    session = out.suffix.lower() == ".roundtable"
    if not session and out.is_file():
        with contextlib.suppress(OSError), out.open("rb") as fh:
            session = fh.read(16) == b"SQLite format 3\x00"
    if session:
        raise ExportError(
            f"{out.name} is a session file, not minutes: writing there would replace the"
            " session. Choose a name ending in .docx, .md or .csv; nothing was written."
        )


def _check_template(template: Path) -> None:
    if not template.is_file():
        raise ExportError(f"The Word template {template} does not exist.")
    if template.suffix.lower() == ".dotx":
        raise ExportError(
            f"{template.name} is a .dotx template; save it as a .docx document and use that."
        )
    if not zipfile.is_zipfile(template):
        raise ExportError(f"{template.name} is not a Word .docx file; choose a .docx template.")


def _explain(exc: OSError, out: Path) -> str:
    """A user's explanation of why `out` could not be written."""
    out = out.absolute()  # "minutes.docx" written in the current folder: not ". is ..."
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The disk is full; {out.name} was not written. "
            "Free some space or choose another place."
        )
    if exc.errno == errno.EROFS:
        return f"{out.parent} is on a read-only disk; choose another place."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY):
        if out.exists():
            return (
                f"{out.name} could not be replaced: it may be open in another program "
                "(close it there) or you may not have permission to change it."
            )
        return f"You cannot write to the folder {out.parent}; choose another place."
    return f"{out.name} was not written: {exc.strerror or exc}."
