"""`python -m ui [FILE]` starts the app."""

import sys

from ui.app import main

sys.exit(main())
