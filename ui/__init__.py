"""Roundtable's PySide6 front end. It imports `roundtable`; the core never imports it."""
