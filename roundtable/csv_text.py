"""Reading a CSV file of notes as text: its encoding (UTF-8, Excel's UTF-16 "Unicode Text",
or Western Windows-1252 as a guess), and a refusal in words for what is no CSV at all (a
workbook renamed .csv, a binary file, a file far too big for one session). The rows are
read by `roundtable.csv_import`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from roundtable.model import not_a_file_words


class CsvImportError(ValueError):
    """The CSV cannot be imported; the message lists the problems with line numbers."""


# Western text saved by Excel as plain "CSV" on Windows; any other 8-bit encoding is refused.
FALLBACK = "cp1252"
_FOREIGN_WORD = re.compile(r"[^\x00-\x7f]{3,}")
# 10,000 notes of the longest kind (500 characters) in any script. A bigger file is not one
# session's notes: a 50 MB one was read for two minutes (the app frozen) into 571,067 notes.
MAX_CSV_BYTES = 10_000_000
# How a zipped workbook (.xlsx, .ods) and an older Excel one (.xls) begin.
_WORKBOOK = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_RESAVE = "save it from your spreadsheet as 'CSV UTF-8' and import it again."


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and how it was read: UTF-8, or else Windows-1252 (what Excel's plain
    "CSV" writes on Western Windows) when that reads as Western text."""
    try:
        size = path.stat().st_size
        if said := not_a_file_words(path):
            raise CsvImportError(f"{said} Nothing was imported.")
        if size > MAX_CSV_BYTES:
            raise CsvImportError(
                f"{path} is {size / 1_000_000:.1f} MB, far more than the notes of one session"
                f" (at most {MAX_CSV_BYTES // 1_000_000} MB). Nothing was imported; check it is"
                " the right file, or split it into smaller ones."
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise CsvImportError(f"{path} does not exist.") from exc
    except OSError as exc:
        raise CsvImportError(f"{path} cannot be read ({exc.strerror}).") from exc
    # Excel's "Unicode Text" is UTF-16 with a byte order mark. Read as UTF-8 or Windows-1252
    # its header "round<tab>text" had a zero byte between letters: "missing column round".
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass  # a marker, then not UTF-16: refused below like any other binary file
    if raw.startswith(_WORKBOOK):  # a workbook renamed .csv: "zero bytes" told them nothing
        raise CsvImportError(
            f"{path} is a spreadsheet workbook (as Excel's .xlsx or .xls saves), not a CSV,"
            f" though its name ends in {path.suffix or 'nothing'}. Nothing was imported; open it"
            " in your spreadsheet, save it as 'CSV UTF-8' and import that file."
        )
    if b"\x00" in raw:  # UTF-16 without its marker, or not text at all
        raise CsvImportError(
            f"{path} is not a text CSV (it holds zero bytes, as a binary file or UTF-16 text"
            f" without a byte order mark does). Nothing was imported; {_RESAVE}"
        )
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = raw.decode(FALLBACK)
    except UnicodeDecodeError:
        text = ""
    # Accented letters stand between plain ones ("Café", "Müller"); three or more in a row
    # are another alphabet read wrongly (Cyrillic saved as Windows-1251 reads "Ïðèâåò").
    if text and not _FOREIGN_WORD.search(text):
        return text, "Windows-1252"
    raise CsvImportError(
        f"{path} is not UTF-8 text (byte {bad + 1} is not valid). Nothing was imported; {_RESAVE}"
    )
