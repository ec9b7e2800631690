"""The addresses a phone in the room can reach this laptop at.

A phone on the same Wi-Fi (the venue's, or the laptop's own hotspot) reaches the laptop by
its address on that network, never by "localhost". The usual way to learn it without a
lookup service: open a UDP socket towards an outside address (nothing is sent) and read
which local address the system picked, then add the host name's own addresses.
"""

from __future__ import annotations

import ipaddress
import socket

# Not contacted: connecting a UDP socket only picks the route (RFC 5737 documentation range).
_PROBE = ("192.0.2.1", 9)


def _routed() -> list[str]:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            return [probe.getsockname()[0]]
    except OSError:  # no network at all: no route
        return []


def _by_host_name() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [str(info[4][0]) for info in infos]


def join_addresses() -> list[str]:
    """IPv4 addresses of this machine that another device could reach, most likely first;
    empty when the laptop is on no network (then phones cannot join)."""
    found: list[str] = []
    for address in _routed() + _by_host_name():
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            continue
        if ip.is_loopback or ip.is_unspecified or ip.is_link_local or address in found:
            continue
        found.append(address)
    return found
