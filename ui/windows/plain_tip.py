"""A tooltip that shows a note's words as written.

Qt shows a tooltip that looks like HTML as HTML: a note from a phone reading "<h1>Price</h1>"
showed a headline in its card's tooltip, "&lt;" showed as "<", and an <img> tag drew a
picture from the laptop's disk. Notes are plain text everywhere (CONTRIBUTING.md), so text
Qt would take for HTML is escaped, in a paragraph that keeps its line breaks; other text is
left as it is, and shows as before.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """`text` for setToolTip or ToolTipRole, shown as written."""
    if not Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'
