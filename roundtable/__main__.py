"""`python -m roundtable`: the `roundtable` command, for a checkout or venv without its script."""

import sys

from roundtable.cli import main

sys.exit(main())
