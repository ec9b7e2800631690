"""Settings every test shares: Qt runs offscreen, and no test touches the user's folders."""

import os

# Without a display Qt aborts the whole run; offscreen works everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
