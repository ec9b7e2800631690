"""Session files: the store and the errors opening one can raise.

`Store` is the only code that reads or writes SQL; see store.py.
"""

from roundtable.store.notes import NewNote
from roundtable.store.session_file import (
    BusyError,
    DamagedSessionError,
    ForeignLogError,
    InUseByAnotherProgramError,
    NotASessionError,
    NotWritableError,
    ReadOnlyError,
    SessionFileError,
    SessionLockedError,
    writer_lock_held,
)
from roundtable.store.store import Store

SUFFIX = ".roundtable"

__all__ = [
    "SUFFIX",
    "BusyError",
    "DamagedSessionError",
    "ForeignLogError",
    "InUseByAnotherProgramError",
    "NewNote",
    "NotASessionError",
    "NotWritableError",
    "ReadOnlyError",
    "SessionFileError",
    "SessionLockedError",
    "Store",
    "writer_lock_held",
]
