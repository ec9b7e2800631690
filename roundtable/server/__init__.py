"""Notes from participants' phones over the local network (no app to install, no cloud).

`PhoneNotes` and `Served` load the web server's library (aiohttp, 0.2 s) on first use, not
with the package: the app looks up its addresses without paying for it."""

from typing import Any

from roundtable.server.addresses import join_addresses

__all__ = ["PhoneNotes", "Served", "join_addresses"]


def __getattr__(name: str) -> Any:
    if name in ("PhoneNotes", "Served"):
        from roundtable.server import participation

        return getattr(participation, name)
    raise AttributeError(f"module 'roundtable.server' has no attribute {name!r}")
