"""`python -m roundtable COMMAND ...` runs the `roundtable` command (for when the script
that installing puts on PATH is not there, as in a venv that is not activated)."""

import sys

from roundtable.cli import main

sys.exit(main())
