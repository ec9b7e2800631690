"""Notes from participants' phones over the local network (no app to install, no cloud)."""

from roundtable.server.addresses import join_addresses
from roundtable.server.participation import PhoneNotes, Served

__all__ = ["PhoneNotes", "Served", "join_addresses"]
