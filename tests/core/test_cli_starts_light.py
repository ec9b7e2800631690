"""`roundtable info` and the other commands start without the clustering engine's libraries:
numpy's and scipy's imports made every command take about 0.8 s more on a 2-core laptop
(`roundtable info` on a 5,000-note session: 2.1 s, 1.2 s of it the CPU's)."""

from __future__ import annotations

import subprocess
import sys


def test_the_command_line_loads_no_clustering_until_a_command_needs_it():
    code = (
        "import sys, roundtable.cli\n"
        "print(sorted(m for m in ('scipy', 'sklearn', 'roundtable.clustering')"
        " if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
