"""Roundtable's Qt-free core: session files, templates, clustering, export and the CLI.

Nothing in this package imports Qt or `ui`; the desktop app adapts it.
"""

__version__ = "0.1.0"
