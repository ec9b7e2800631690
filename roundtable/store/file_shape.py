"""What was done to a session file that SQLite cannot read, told from its bytes alone.

SQLite says "database disk image is malformed" or "file is not a database" of every kind of
damage, and the app passed that on. Real damage is mostly of a few kinds, each with its own
way out: a copy or download that stopped part way (the file is shorter than its first page
says), a blank start (a bad block, or a copy that never wrote its first block), a file that
went through something that treated it as text (every line ending converted, or re-encoded),
an empty file. `what_happened` names the kind in words; `undone` gives back the bytes of a
file whose text conversion can be undone exactly, which the rescue then reads.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.store.session_file import (
    DamagedSessionError,
    NotASessionError,
    SessionFileError,
    unreadable_words,
)

HEADER = b"SQLite format 3\x00"
TEXT_DAMAGE = (
    "was changed on its way by something that treated it as text ({how}, as some mail, chat"
    " and file transfer programs do); send it again as an attachment or a file, not as text"
)


def expected_size(data: bytes) -> tuple[int, int] | None:
    """The page size and the length the header of a SQLite file gives it, or None."""
    if len(data) < 100 or not data.startswith(HEADER):
        return None
    page = int.from_bytes(data[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(data[28:32], "big")
    counted = data[24:28] == data[92:96]  # SQLite trusts the count only then
    if page < 512 or page & (page - 1) or not pages or not counted:
        return None
    return page, page * pages


def undone(data: bytes) -> tuple[bytes, str] | None:
    """The file as it was before a text conversion that can be undone exactly, and what the
    conversion was; None when it was not one of those (or the bytes do not fit)."""
    shape = expected_size(data)
    if shape is None:
        return None
    page, size = shape
    if len(data) == size:
        return None
    back = data.replace(b"\r\n", b"\n")
    if len(back) == size and len(back) % page == 0:
        return back, "every line ending was converted"
    try:
        latin = data.decode("utf-8").encode("latin-1")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    if len(latin) == size:
        return latin, "it was read as Latin-1 and written as UTF-8"
    return None


def what_happened(path: Path, damaged: bool = True) -> tuple[str, bool] | None:
    """What was done to the file, in words that follow its name ("is cut short: …"), and
    whether the rescue can still read some of it; None when its bytes do not tell. A blank
    block is named only in a file SQLite found `damaged` (a healthy one may have one free)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data:
        return (
            "is empty (0 bytes): its copy or download did not finish, or something saved an"
            " empty file over it; copy it again from where it came from",
            False,
        )
    if not data[:100].strip(b"\x00") and len(data) >= 512:
        return (
            "starts with a blank block (all zeros), where it says what is where in the file:"
            " a failing disk or a copy that did not finish leaves a file like this, and what is"
            " after it cannot be found without it",
            False,
        )
    if data.startswith(b"PK\x03\x04"):
        return "is not a Roundtable session file: it is a Word document or another ZIP file", False
    if b"\x00" not in data[:4096] and _reads_as_text(data[:4096]):
        return (
            "is not a Roundtable session file: it is a text file (to add the notes of a CSV file,"
            " open a session and choose File > Import notes from CSV…, Ctrl+I)",
            False,
        )
    if data.startswith(HEADER[:-1]) and not data.startswith(HEADER):
        return TEXT_DAMAGE.format(how="its zero bytes were taken out"), False
    if (back := undone(data)) is not None:
        return TEXT_DAMAGE.format(how=back[1]) + "; the rescue can undo this", True
    if data.startswith(HEADER) and len(data) < 100:
        return f"is cut short: only its first {len(data)} bytes are there", False
    shape = expected_size(data)
    if shape is None:
        return None
    page, size = shape
    if len(data) < size:
        return (
            f"is cut short: only {len(data):,} of its {size:,} bytes are there, as when a copy"
            " or a download stops part way; copy it again from where it came from if you can",
            len(data) >= 2 * page,  # the list of tables and a page more, or nothing to read
        )
    if len(data) % page and b"\xef\xbf\xbd" in data:
        return TEXT_DAMAGE.format(how="it was read and written again as text"), False
    blank = damaged and next(
        (
            n
            for n in range(1, len(data) // page)
            if not data[n * page : (n + 1) * page].strip(b"\0")
        ),
        None,
    )
    if blank:
        return (
            f"is damaged: a block of it ({page:,} bytes from byte {blank * page:,}) is blank"
            " (all zeros), as a failing disk or a copy that did not finish leaves it",
            True,
        )
    return None


def _reads_as_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # a character cut off at the end of what was read
    return True


def in_words(path: Path, damaged: bool) -> SessionFileError | None:
    """The error to show for a file SQLite refused, saying what was done to it, or None
    when its bytes do not tell. Damaged (the rescue is offered) where some of it can still
    be read; else not a session, with the way out there is."""
    shape = what_happened(path, damaged)
    if shape is None:
        return None
    said, readable = shape
    if readable:
        return DamagedSessionError(path, unreadable_words(path, said))
    return NotASessionError(
        path, f"{path} {said}. Nothing was changed; open a copy you mailed or saved earlier."
    )
